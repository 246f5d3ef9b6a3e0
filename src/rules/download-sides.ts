// The addresses of one download (its URL, final URL, page and referrer), each split and with
// the facts about its host, and the signals they carry.
import type { Findings } from './findings.ts';
import { hostFacts, type HostFacts } from './hosts/host-facts.ts';
import { findLures, type Lure } from './files/lure-terms.ts';
import { tokenize } from './text/normalize-text.ts';
import { userinfoShownHost } from './hosts/userinfo.ts';
import type { Ruleset } from './ruleset/ruleset.ts';
import { boundedText, MAX_ADDRESS_REST, MAX_WORDS_TEXT } from './text/bounded-text.ts';
import { splitUrl, wordsPartOf, type UrlParts } from './hosts/url-parts.ts';

export interface Side {
  parts: UrlParts;
  facts: HostFacts | null;
}

export function sideOf(url: unknown, ruleset: Ruleset): Side | null {
  if (typeof url !== 'string' || url === '') return null;
  const parts = splitUrl(url);
  if (!parts) return null;
  // A padded address (browsers allow 2 MB) is read by its head and tail: the cost stays bounded.
  parts.rest = boundedText(parts.rest, MAX_ADDRESS_REST, '/');
  if (parts.host === '') return { parts, facts: null };
  const facts = hostFacts(parts.host, ruleset.hosts, ruleset.hostCache);
  // dev.azure.com/<org>: the organisation is read as if it were a name before the host.
  const org = facts.customerInPath ? /^\/([a-z0-9][a-z0-9._-]{0,62})(?=[/?#]|$)/i.exec(parts.rest)?.[1] : undefined;
  return { parts, facts: org ? hostFacts(`${org.toLowerCase()}.${parts.host}`, ruleset.hosts, ruleset.hostCache) : facts };
}

/** Blocklists, look-alike names and `user@host` tricks of one address. */
export function addHostSignals(side: Side, findings: Findings, withUserinfo: boolean, ruleset: Ruleset): void {
  const facts = side.facts;
  if (withUserinfo && userinfoIsTrick(side, ruleset)) findings.add('userinfo-trick', true);
  if (!facts) return;
  if (facts.list === 'block') findings.add('known-bad-domain', true);
  if (facts.list === 'user-block') findings.add('user-blocklisted', true);
  if (facts.lookalike) findings.add(facts.lookalike, facts.lookalike !== 'mixed-script-domain');
}

/**
 * A user name is a trick when the host it shows matters: Microsoft's or an imitation of it, a
 * listed site, lure words (windows12-download.top), or any name before a bare public address,
 * where the reader sees a name and there is none. A service account shaped like an unrelated
 * domain (deploy.bot@gitlab.example) shows nothing anyone would trust.
 */
function userinfoIsTrick(side: Side, ruleset: Ruleset): boolean {
  const shown = userinfoShownHost(side.parts.userinfo);
  if (typeof shown === 'boolean') return shown;
  const named = hostFacts(shown, ruleset.hosts, ruleset.hostCache);
  if (named.official || named.officialPage || named.list !== null || named.lookalike !== null) return true;
  return named.lures.length > 0 || side.facts?.isPublicIp === true;
}

/** The part of an address read for lure words besides its host: path and short query. */
export function pathText(side: Side): string {
  const facts = side.facts;
  if (side.parts.scheme === 'data' || facts?.official || facts?.officialPage) return '';
  return boundedText(wordsPartOf(side.parts.rest), MAX_WORDS_TEXT, '/');
}

/** Lure words in a host name (windows12-download.example): evidence about the site itself. */
export function addHostLures(side: Side, findings: Findings): void {
  // A site named for a fake Windows (tiny11.org, win11-lite.com) is a fake site, whatever the lure.
  for (const lure of side.facts?.lures ?? []) findings.addAny(lure.code, 'dangerous', true);
}

/**
 * The page that linked a download and its referrer. Their host names are evidence wherever they
 * appear; words in their path or query are only what a page talks about (a news article on
 * "Windows 12" may link a Linux ISO). So those words count only for a file whose own name says
 * nothing else (a Windows claim, or generic words: `setup.exe`, `download.iso`, a hash), and
 * from an unrelated site lift it to `suspicious` at most.
 */
export function addLinkingPageLures(pages: readonly (Side | null)[], serving: Side | null, foldedName: string, ruleset: Ruleset, findings: Findings): void {
  const nameIsPlain = !nameSaysWhatItIs(foldedName);
  for (const page of pages) {
    if (!page) continue;
    addHostLures(page, findings);
    if (!nameIsPlain) continue;
    const sameSite = page.facts?.domain != null && page.facts.domain === serving?.facts?.domain;
    for (const lure of findLures(pathText(page), ruleset.rules.lures)) {
      findings.addAny(lure.code, sameSite ? lure.severity : 'suspicious', true);
    }
  }
}

/** Words that say nothing of what a file is: a name made only of them (and of numbers) is plain. */
const GENERIC_NAME_WORDS = new Set([
  'download', 'downloads', 'file', 'files', 'image', 'images', 'disk', 'disc', 'iso', 'img', 'vhd', 'vhdx', 'wim', 'esd',
  'setup', 'install', 'installer', 'latest', 'final', 'full', 'version', 'release', 'amd', 'arm', 'bit', 'dvd', 'usb',
  'boot', 'bootable', 'new', 'free', 'pro', 'win', 'windows', 'microsoft', 'official', 'get', 'copy', 'the', 'and', 'for',
  'exe', 'msi', 'zip', 'rar', 'part', 'crdownload', 'tmp', 'untitled', 'unknown', 'media', 'update', 'upgrade', 'x64', 'x86',
]);

/** True when a folded file name holds a word of three letters or more that names something. */
export function nameSaysWhatItIs(foldedName: string): boolean {
  for (const word of tokenize(foldedName).split(' ')) {
    if (word.length >= 3 && !GENERIC_NAME_WORDS.has(word) && !/^\d/.test(word)) return true;
  }
  return false;
}

const siteLures = new WeakMap<Lure, Lure>();
/** The same lure found in a host name: evidence about the site, so always dangerous. */
function asSiteLure(lure: Lure): Lure {
  if (lure.severity === 'dangerous') return lure;
  let site = siteLures.get(lure);
  if (!site) siteLures.set(lure, (site = { ...lure, severity: 'dangerous' }));
  return site;
}

/** Lure words in an address: in its host name (cached) and its path. Microsoft's pages have none. */
export function addressLures(side: Side, ruleset: Ruleset): readonly Lure[] {
  const hostLures = (side.facts?.lures ?? []).map(asSiteLure);
  const inPath = findLures(pathText(side), ruleset.rules.lures);
  if (hostLures.length === 0) return inPath;
  return inPath.length === 0 ? hostLures : [...hostLures, ...inPath];
}
