// The addresses of one download (its URL, final URL, page and referrer), each split and with
// the facts about its host, and the signals they carry.
import type { Findings } from './findings.ts';
import { hostFacts, type HostFacts } from './hosts/host-facts.ts';
import { findLures, type Lure } from './files/lure-terms.ts';
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
  return { parts, facts: parts.host === '' ? null : hostFacts(parts.host, ruleset.hosts, ruleset.hostCache) };
}

/** Blocklists, look-alike names and `user@host` tricks of one address. */
export function addHostSignals(side: Side, findings: Findings, withUserinfo: boolean): void {
  const facts = side.facts;
  if (withUserinfo && side.parts.userinfo.includes('.')) findings.add('userinfo-trick', true);
  if (!facts) return;
  if (facts.list === 'block') findings.add('known-bad-domain', true);
  if (facts.list === 'user-block') findings.add('user-blocklisted', true);
  if (facts.lookalike) findings.add(facts.lookalike, facts.lookalike !== 'mixed-script-domain');
}

/** The part of an address read for lure words besides its host: path and short query. */
export function pathText(side: Side): string {
  const facts = side.facts;
  if (side.parts.scheme === 'data' || facts?.official || facts?.officialPage) return '';
  return boundedText(wordsPartOf(side.parts.rest), MAX_WORDS_TEXT, '/');
}

/** Lure words in an address: in its host name (cached) and its path. Microsoft's pages have none. */
export function addressLures(side: Side, ruleset: Ruleset): readonly Lure[] {
  const hostLures = side.facts?.lures ?? [];
  const inPath = findLures(pathText(side), ruleset.rules.lures);
  if (hostLures.length === 0) return inPath;
  return inPath.length === 0 ? hostLures : [...hostLures, ...inPath];
}
