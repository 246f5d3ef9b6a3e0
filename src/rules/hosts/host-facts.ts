// Everything the rules know about one host name: its registrable domain, whether it is
// Microsoft's, listed, shared or an imitation. Worked out once per host and cached on the
// rule set, because one download names the same hosts several times (URL, final URL, page,
// referrer) and the guard asks twice (when the download starts and when its name is known).
import { getDomain } from 'tldts';
import { suffixHashes, type DomainTable } from './domain-table.ts';
import { lookalikeSignal, type LookalikeCode, type LookalikeRules } from './lookalike-domains.ts';
import { isPublicAddress } from './special-addresses.ts';
import { findLures, type Lure, type LureRules } from '../files/lure-terms.ts';

export type ListHit = 'user-allow' | 'user-block' | 'allow' | 'block' | null;

export interface HostFacts {
  host: string;
  domain: string | null;
  isIp: boolean;
  isPublicIp: boolean;
  /** One of Microsoft's download hosts (HTTPS is checked by the caller). */
  official: boolean;
  /** Microsoft's own web pages (for the popup's page check). */
  officialPage: boolean;
  shared: boolean;
  list: ListHit;
  lookalike: LookalikeCode | null;
  /** Lure words in the host name itself (windows12-download.example); none for trusted hosts. */
  lures: readonly Lure[];
}

export interface HostTables {
  official: DomainTable;
  officialPages: DomainTable;
  allow: DomainTable;
  block: DomainTable;
  shared: DomainTable;
  userAllow: DomainTable;
  userBlock: DomainTable;
  lookalike: LookalikeRules;
  lures: LureRules;
}

const TLD_OPTIONS = { allowPrivateDomains: true, extractHostname: false, validateHostname: false, mixedInputs: false } as const;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const starts = new Int32Array(128);
const hashes = new Int32Array(128);
const CACHE_LIMIT = 4096; // about 1 MB at most

export function hostFacts(host: string, tables: HostTables, cache: Map<string, HostFacts>): HostFacts {
  const cached = cache.get(host);
  if (cached) return cached;
  const facts = computeHostFacts(host, tables);
  if (cache.size >= CACHE_LIMIT) cache.clear(); // cheap bound; hosts repeat within a burst
  cache.set(host, facts);
  return facts;
}

function computeHostFacts(host: string, t: HostTables): HostFacts {
  const isIp = host.startsWith('[') || IPV4.test(host);
  const domain = isIp || host === '' ? null : getDomain(host, TLD_OPTIONS);
  const minStart = domain && host.endsWith(domain) ? host.length - domain.length : 0;
  const n = suffixHashes(host, minStart, starts, hashes);
  const facts: HostFacts = {
    host,
    domain,
    isIp,
    isPublicIp: isIp && isPublicAddress(host),
    official: t.official.matchSuffix(host, starts, hashes, n) >= 0,
    officialPage: t.officialPages.matchSuffix(host, starts, hashes, n) >= 0,
    shared: domain !== null && t.shared.matchSuffix(host, starts, hashes, n) >= 0,
    list: listHit(host, n, t),
    lookalike: null,
    lures: [],
  };
  const trusted = facts.official || facts.officialPage || facts.list === 'allow' || facts.list === 'user-allow';
  if (!isIp && domain && !trusted) {
    facts.lookalike = lookalikeSignal(host, domain, facts.shared, t.lookalike);
    facts.lures = findLures(host, t.lures);
  }
  return facts;
}

// The most specific entry wins; at the same level a user's entry beats the bundled one and an
// allow beats a block. So a user allowing example.com does not unblock bad.example.com.
// (A match nearer the start of the host name is more specific; ties keep the earlier list.)
function listHit(host: string, n: number, t: HostTables): ListHit {
  let hit: ListHit = null;
  let at = Infinity;
  const userAllow = t.userAllow.matchSuffix(host, starts, hashes, n);
  if (userAllow >= 0) [hit, at] = ['user-allow', userAllow];
  const userBlock = t.userBlock.matchSuffix(host, starts, hashes, n);
  if (userBlock >= 0 && userBlock < at) [hit, at] = ['user-block', userBlock];
  const allow = t.allow.matchSuffix(host, starts, hashes, n);
  if (allow >= 0 && allow < at) [hit, at] = ['allow', allow];
  const block = t.block.matchSuffix(host, starts, hashes, n);
  // A whole shared host (github.com, dropboxusercontent.com) is never blocked, only parts of it.
  if (block >= 0 && block < at && !t.shared.has(host.slice(block))) hit = 'block';
  return hit;
}
