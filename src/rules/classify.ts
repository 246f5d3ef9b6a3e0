// classify(download, ruleset) → Verdict: the rules' answer for one download. Pure and
// synchronous; never throws (an internal failure holds the download as `suspicious`).
import { addHostSignals, addLinkingPageLures, addressLures, nameSaysWhatItIs, sideOf, type Side } from './download-sides.ts';
import { baseName, fileFacts, nameFromUrlRest, type FileFacts } from './files/file-name.ts';
import { Findings } from './findings.ts';
import { boundedText, MAX_FILE_NAME } from './text/bounded-text.ts';
import { findLuresFolded, mayHoldLure, NO_LURES } from './files/lure-terms.ts';
import { addNameSignals } from './files/name-signals.ts';
import { isSourceSnapshot, isToolsOwnPackage } from './files/source-snapshot.ts';
import { namesImageArchive } from './files/image-archive.ts';
import { addProgramSiteSignals } from './program-sites.ts';
import { foldText, foldWords } from './text/normalize-text.ts';
import { hasSpacedLetters } from './text/spaced-letters.ts';
import { reason } from './reason-codes.ts';
import type { Ruleset } from './ruleset/ruleset.ts';
import type { DownloadInput, Verdict } from './types.ts';

const IGNORED: Verdict = { verdict: 'ignored', reasons: [] };

export function classify(download: DownloadInput, ruleset: Ruleset): Verdict {
  try {
    return judge(download, ruleset);
  } catch {
    return { verdict: 'suspicious', reasons: [reason('rules-error')] };
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function judge(download: DownloadInput, ruleset: Ruleset): Verdict {
  const types = ruleset.rules.fileTypes;
  const givenName = boundedText(baseName(boundedText(text(download.filename), 4 * MAX_FILE_NAME, '')), MAX_FILE_NAME, ' ');
  // Plain files (PDFs, pictures …) are settled before any URL is read, unless bidi controls
  // disguise the name: that is a deception whatever the file's type.
  let file = givenName ? fileFacts(givenName, text(download.mime), types) : null;
  if (file?.kind === 'other' && !file.flags.bidi) return IGNORED;
  const url = text(download.url);
  const finalUrl = text(download.finalUrl) || url;
  const serving = sideOf(finalUrl, ruleset);
  file ??= fileFacts(serving ? boundedText(nameFromUrlRest(serving.parts.rest), MAX_FILE_NAME, ' ') : '', text(download.mime), types, true);
  if (file.kind === 'other' && !file.flags.bidi) return IGNORED;
  const origin = finalUrl !== url ? sideOf(url, ruleset) : null;
  const servedBy = serving?.facts ?? null;
  if (servedBy?.official && serving?.parts.scheme === 'https') {
    return { verdict: 'official', reasons: [reason('official-source')] };
  }

  const findings = new Findings();
  if (file.flags.bidi) findings.add('bidi-control', true);
  if (file.doubleExtension) findings.add('double-extension', true);
  if (file.flags.invisible) findings.add('invisible-characters', false);

  const page = sideOf(download.pageUrl, ruleset);
  const referrer = download.referrer !== download.pageUrl ? sideOf(download.referrer, ruleset) : null;
  // Four named sides, not an array of them: this runs for every download.
  if (serving) addHostSignals(serving, findings, true, ruleset);
  if (origin) addHostSignals(origin, findings, true, ruleset);
  if (page) addHostSignals(page, findings, true, ruleset);
  if (referrer) addHostSignals(referrer, findings, false, ruleset);
  addServingSignals(serving, findings, /^\s*blob:/i.test(finalUrl));

  const lures = ruleset.rules.lures;
  const foldedName = foldText(file.name);
  // A prebuilt VM or a live medium in an archive ("kali-…-vmware-amd64.7z") is judged as its image.
  if (file.kind === 'archive' && namesImageArchive(file.name, foldedName, ruleset.rules)) file = { ...file, kind: 'disk-image' };
  // Each text is read only when its cheap anchor scan finds a hint of a lure: most hold none.
  const nameLures = mayHoldLure(file.name, lures) || hasSpacedLetters(foldedName) ? findLuresFolded(foldWords(file.name, foldedName), lures) : NO_LURES;
  // What the file is decides what its name can claim. A code host's snapshot of a repository
  // under the image bar is a project's source, named for the project ("Win11Debloat-main.zip",
  // "win12-main.zip", a web demo): its words about a Windows release or a modified build
  // describe the project, not install media. What it runs still counts: activator words stay.
  // So is a small package or disc from a Windows media or repair tool's own site (UUP dump's
  // conversion packs, NeoSmart's `EasyRE-Home-Windows-10.iso`), named for the Windows it works on.
  const underImageBar = !(Number(download.totalBytes) >= ruleset.rules.names.minWindowsImageBytes);
  const projectSource =
    underImageBar &&
    ((file.kind === 'archive' && [serving, origin].some(isSourceSnapshot)) ||
      ((file.kind === 'archive' || file.kind === 'disk-image') && [serving, origin].some((side) => isToolsOwnPackage(side, ruleset.rules.lookalike))));
  // Only an archive can be locked with a password: in a program's name (`ePass2003-Setup.exe`) it is not one.
  const skip = projectSource ? PROJECT_NAME_LURES : file.kind === 'archive' ? NO_SKIP : NOT_ARCHIVE_LURES;
  for (const lure of nameLures) if (!skip.has(lure.code)) findings.addAny(lure.code, lure.severity, true);
  addLures(serving, ruleset, findings, skip);
  addLures(origin, ruleset, findings, skip);
  addLinkingPageLures([page, referrer], serving, foldedName, ruleset, findings);
  const nameWords = projectSource ? null : addNameSignals(file, foldedName, nameLures, download.totalBytes, servedBy?.official === true, ruleset.rules, findings);
  addProgramSiteSignals(file, nameWords, foldedName, { serving, origin, page, referrer }, ruleset, findings);
  // A bare IP address is no site's name: it makes a claim (a Windows image, a lure) worse, and
  // leaves a name that says nothing unexplained; a named Linux image on a mirror's IP is only that.
  if (servedBy?.isPublicIp && (findings.size > 0 || !nameSaysWhatItIs(foldedName))) findings.add('ip-host', false);
  return decide(file, findings, servedBy?.list === 'user-allow');
}

/** The lures a project's name carries about the Windows it works on, not about what it is. */
const PROJECT_NAME_LURES: ReadonlySet<string> = new Set(['lure-modified-build', 'lure-windows-12', 'lure-codename']);
const NO_SKIP: ReadonlySet<string> = new Set();
const NOT_ARCHIVE_LURES: ReadonlySet<string> = new Set(['lure-password-archive']);

function addLures(side: Side | null, ruleset: Ruleset, findings: Findings, skip: ReadonlySet<string>): void {
  if (!side) return;
  for (const lure of addressLures(side, ruleset)) if (!skip.has(lure.code)) findings.addAny(lure.code, lure.severity, true);
}

function addServingSignals(serving: Side | null, findings: Findings, pageMade: boolean): void {
  if (!serving) return;
  // Microsoft never serves media from blob: (an official page's blob: was settled above), so a
  // disk image a site's page assembled itself is HTML smuggling's shape; file-sharing hosts
  // (MEGA decrypts in the page) are judged by the file, as always.
  if (serving.parts.scheme === 'data' || (pageMade && serving.facts?.shared !== true)) {
    findings.add('data-url', false);
  }
  const facts = serving.facts;
  if (facts?.official && serving.parts.scheme !== 'https') findings.add('insecure-official', false);
}

// Disk images are always judged; other files only when a signal strong enough to matter
// (a lure, a look-alike or listed host, a disguised name) was found.
function decide(file: FileFacts, findings: Findings, userTrusted: boolean): Verdict {
  if (file.kind !== 'disk-image' && !findings.trigger) return IGNORED;
  if (userTrusted) {
    // Trusting a site covers what the site is; a name disguised to deceive still warns.
    const dropped = findings.keepOnly(['bidi-control', 'double-extension']);
    if (findings.size === 0 && !dropped && file.kind !== 'disk-image') return IGNORED;
    findings.add('user-allowlisted', false);
    return findings.verdict('unknown');
  }
  if (findings.size === 0) return { verdict: 'unknown', reasons: [] };
  return findings.verdict('unknown');
}
