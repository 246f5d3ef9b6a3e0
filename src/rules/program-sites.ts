// Programs whose name alone does not settle what they are: the site that serves them does.
// Microsoft's own apps (Copilot, Teams, Edge, Microsoft 365 …) named as a setup come from
// Microsoft's hosts, its app store or its own projects on code hosts, never from a site of
// their own; a "Windows ISO downloader" is a real tool from its maker's site or a real download
// portal, and a fake one from a site imitating a portal or named for Windows ISOs.
import type { Side } from './download-sides.ts';
import type { Findings } from './findings.ts';
import type { FileFacts } from './files/file-name.ts';
import { mayMatch } from './files/claim-anchors.ts';
import { isPrivateUseName } from './hosts/special-addresses.ts';
import { toolNamedInFile, typoOfTool } from './hosts/lookalike-domains.ts';
import { foldWords } from './text/normalize-text.ts';
import { readWords } from './text/read-words.ts';
import type { Ruleset } from './ruleset/ruleset.ts';

export interface DownloadSides {
  serving: Side | null;
  origin: Side | null;
  page: Side | null;
  referrer: Side | null;
}

export function addProgramSiteSignals(file: FileFacts, nameWords: string | null, foldedName: string, sides: DownloadSides, ruleset: Ruleset, findings: Findings): void {
  if (file.kind !== 'executable' && file.kind !== 'archive') return;
  const named = ruleset.rules.lures.named;
  // Software makers ship updates from sites named for themselves (update.mozilla.org is
  // mozilla.org's); a site whose own name is an update or repair service ("chrome-update-center",
  // "intel-driver-update", "bios-fix") offering a program is an imitation of the update.
  const updateSite = named.get('updateServiceSite');
  if (updateSite && [sides.serving, sides.origin].some((side) => siteNames(side, updateSite, ruleset)) && offMicrosoft(sides)) {
    findings.add('update-site-untrusted', true);
  }
  // A tool's own program from a site one typing slip from the tool's name (rvfus.ie serving
  // rufus-4.7.exe) copies the tool's site. The name alone is too weak a sign: refus.fr is a word.
  const namedTool = toolNamedInFile(foldedName, ruleset.rules.lookalike);
  if (namedTool && [sides.serving, sides.origin].some((side) => side?.facts?.isIp === false && side.facts.domain !== null && typoOfTool(side.facts.domain, namedTool))) {
    findings.add('tool-site-impostor', true);
  }
  // Makers ship their programs from their own sites, stores and code hosts; a program or archive
  // naming a Windows release (its repair, its drivers, a tool for it) from a site where anyone shares
  // files comes from whoever uploaded it. A third party's app "for Windows" only says where it runs.
  if (nameWords !== null && [sides.serving, sides.origin].some((side) => side?.facts?.fileSharing === true)) {
    const names = ruleset.rules.names;
    if (names.modernWindowsClaim?.test(nameWords) && !named.get('appForWindows')?.test(nameWords)) findings.add('windows-program-file-host', true);
  }
  const app = named.get('microsoftApp');
  const tool = named.get('windowsIsoTool');
  // Most program names hold no literal of either pattern: they are not read into words again.
  const mayName = (app !== undefined && mayMatch(foldedName, app)) || (tool !== undefined && mayMatch(foldedName, tool));
  if (!mayName) return;
  const words = nameWords ?? readWords(foldWords(file.name, foldedName), ruleset.rules.lures.vocabulary);
  if (app?.test(words) && offMicrosoft(sides)) {
    // A setup of Microsoft's app, or any program of it from a site named for it (copilot-desktop.app,
    // windows-defender-alert.live). A third party's tool for the app ("OneDrive backup") names
    // the app too, but comes from a site named for its own product, not for Microsoft's.
    const siteNamesApp = [sides.serving, sides.origin].some((side) => app.test(hostWords(side, ruleset)));
    const setup = !named.get('thirdPartyForApp')?.test(words) && named.get('appInstaller')?.test(words);
    if (siteNamesApp || setup) findings.add('microsoft-app-unofficial-host', true);
  }
  if (file.kind === 'executable' && tool?.test(words)) {
    const portal = named.get('downloadPortal');
    const isoSite = named.get('windowsIsoSite');
    const fake = [sides.serving, sides.origin, sides.page, sides.referrer].some((side) => {
      const hostText = hostWords(side, ruleset);
      // A real portal is a shared host (judged by its files); a host using its name is not it.
      const imitatesPortal = side?.facts?.shared !== true && (portal?.test(hostText) ?? false);
      return imitatesPortal || (isoSite?.test(hostText) ?? false);
    });
    if (fake) findings.add('windows-iso-tool-untrusted-site', true);
  }
}

/** Served from none of Microsoft's sites or projects, and from a public site (not an intranet share). */
function offMicrosoft({ serving, origin }: DownloadSides): boolean {
  const facts = serving?.facts;
  if (!serving || !facts) return false;
  if (facts.isIp ? !facts.isPublicIp : facts.domain === null || isPrivateUseName(facts.host)) return false;
  return ![serving, origin].some((side) => side !== null && microsoftOwn(side));
}

/** Microsoft's hosts, or Microsoft's own organisation on a code host (github.com/microsoft/PowerToys). */
function microsoftOwn(side: Side): boolean {
  const facts = side.facts;
  if (!facts) return false;
  if (facts.official || facts.officialPage || facts.list === 'allow') return true;
  return facts.shared && /^\/microsoft\//i.test(side.parts.rest);
}

/** A host name read as words, glued labels split ("winiso-maker" → "win iso maker"). */
function hostWords(side: Side | null, ruleset: Ruleset): string {
  const host = side?.facts?.isIp === false ? side.facts.host : '';
  return host === '' ? '' : readWords(foldWords(host), ruleset.rules.hostLures.vocabulary);
}

/** Whether the site's own name (its registrable domain) read as words matches `pattern`: a
 * maker's update host (update.code.example.org) names the maker's site, not an update service.
 * Most names hold no literal of the pattern: they are not read into words. */
function siteNames(side: Side | null, pattern: RegExp, ruleset: Ruleset): boolean {
  const domain = side?.facts?.isIp === false ? side.facts.domain : null;
  return domain !== null && mayMatch(domain, pattern) && pattern.test(readWords(foldWords(domain), ruleset.rules.hostLures.vocabulary));
}
