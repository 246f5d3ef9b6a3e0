// What the WIM's metadata says about the Windows inside: the release its builds belong to, and
// marks that the image was captured again by someone else (renamed editions, custom
// descriptions, timestamps far from the build's release, rebuilding tools named in it). These
// are what was seen, never a claim of malware.
import { isServerEdition, releaseOf } from '../data/windows-releases.ts';
import type { Finding, WindowsFacts } from '../types.ts';
import type { WimImage } from '../wim/wim-xml.ts';
import { isMicrosoftName, microsoftEditionName } from './edition-names.ts';
import { claimedWindows } from './rules-knowledge.ts';

const DAY = 86_400_000;
/** Microsoft captures an image shortly before release and refreshes media for a few years. */
const EARLIEST = 365 * DAY;
const LATEST = 4 * 365 * DAY;
const REBUILD_TOOLS = /\b(NTLite|nLite|MSMG(?: ?Toolkit)?|tiny ?1[01](?: builder)?|Dism\+\+|WinReducer|WinToolkit|AIO ?Tools)/i;

export function windowsFacts(images: WimImage[]): WindowsFacts {
  const releases = [...new Set(images.flatMap((i) => (i.build === null ? [] : [releaseOf(i.build, isServerEdition(i.edition))?.release ?? null])).filter((r): r is string => r !== null))];
  return {
    release: releases.length > 0 ? releases.join(', ') : null,
    images: images.map(({ index, name, edition, build, spBuild, arch, languages }) => ({ index, name, edition, build, spBuild, arch, languages })),
  };
}

export function recapturedFindings(images: WimImage[], xml: string, wimPath: string | undefined, paths: string[]): Finding[] {
  const findings: Finding[] = [];
  const at = wimPath ? { path: wimPath } : {};
  for (const image of images) {
    const expected = microsoftEditionName(image.edition, image.build);
    const n = String(image.index);
    if (expected && image.name && !isMicrosoftName(image.name, expected)) {
      findings.push({ code: 'recaptured-image', ...at, detail: `Edition ${n} is named "${image.name}"; Microsoft names this edition "${expected}".`, args: ['renamed-edition', n, image.name, expected] });
    }
    if (!isServerEdition(image.edition) && image.description && image.description !== image.name) {
      findings.push({ code: 'recaptured-image', ...at, detail: `Edition ${n} carries its own description, "${image.description}"; Microsoft's images repeat the edition's name.`, args: ['custom-description', n, image.description] });
    }
    if (!isServerEdition(image.edition) && image.displayName && image.displayName !== image.name) {
      findings.push({ code: 'recaptured-image', ...at, detail: `Edition ${n} shows itself as "${image.displayName}", not by its name.`, args: ['custom-display-name', n, image.displayName] });
    }
    const release = image.build === null ? null : releaseOf(image.build, isServerEdition(image.edition));
    const stamp = image.modified ?? image.created;
    if (release && stamp !== null) {
      const released = Date.parse(release.released);
      if (stamp < released - EARLIEST || stamp > released + LATEST) {
        const date = new Date(stamp).toISOString().slice(0, 10);
        findings.push({ code: 'recaptured-image', ...at, detail: `Edition ${n} was captured on ${date}, far from ${release.release}'s release (${release.released}).`, args: ['timestamp', n, date, release.release] });
      }
    }
  }
  const tool = REBUILD_TOOLS.exec(xml) ?? paths.map((p) => REBUILD_TOOLS.exec(p)).find(Boolean);
  if (tool) findings.push({ code: 'recaptured-image', ...at, detail: `The image bears the name of ${tool[1]}, a tool used to rebuild Windows images.`, args: ['rebuild-tool', tool[1]!] });
  return findings;
}

/** `claims-windows-12` when the file name or label claims a Windows that does not exist. */
export function claimFindings(file: string, label: string | null, facts: WindowsFacts | null): Finding[] {
  const findings: Finding[] = [];
  const builds = [...new Set(facts?.images.map((i) => i.build).filter((b): b is number => b !== null) ?? [])];
  const holds = facts ? `the image holds ${facts.release ?? 'Windows'}${builds.length ? ` (build ${builds.join(', ')})` : ''}` : 'the image holds no Windows setup at all';
  for (const [where, text] of [['name', file], ['label', label]] as const) {
    const claimed = text ? claimedWindows(text) : null;
    if (!claimed) continue;
    findings.push({
      code: 'claims-windows-12',
      detail: `The ${where === 'name' ? 'file name' : 'volume label'} claims ${claimed}, which does not exist; ${holds}.`,
      args: [claimed, where, facts?.release ?? '', builds.join(', ')],
    });
  }
  return findings;
}
