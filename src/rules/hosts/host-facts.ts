// Everything the rules know about one host name: its registrable domain, whether it is
// Microsoft's, listed, shared or an imitation. Worked out once per host and cached on the
// rule set, because one download names the same hosts several times (URL, final URL, page,
// referrer) and the guard asks twice (when the download starts and when its name is known).
import { getDomain, suffixMisses } from './public-suffix.ts';
import { withPrivateSuffixes } from './private-suffixes.ts';
import { suffixHashes, type DomainTable } from './domain-table.ts';
import { customerNameSignal, lookalikeSignal, type LookalikeCode, type LookalikeRules } from './lookalike-domains.ts';
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
  /** A site where anyone shares files (fileSharingHosts). */
  fileSharing: boolean;
  list: ListHit;
  lookalike: LookalikeCode | null;
  /** Lure words in the host name itself (windows12-download.example); none for trusted hosts. */
  lures: readonly Lure[];
  /** The name a customer chose under a Microsoft parent (contoso in contoso.sharepoint.com). */
  customer: string | null;
  /** A Microsoft host whose customers' names stand in the path (dev.azure.com/<org>). */
  customerInPath: boolean;
}

export interface HostTables {
  official: DomainTable;
  officialPages: DomainTable;
  allow: DomainTable;
  block: DomainTable;
  shared: DomainTable;
  fileSharing: DomainTable;
  customer: DomainTable;
  customerKinds: ReadonlyMap<string, 'label' | 'path'>;
  userAllow: DomainTable;
  userBlock: DomainTable;
  lookalike: LookalikeRules;
  lures: LureRules;
}

const TLD_OPTIONS = { allowPrivateDomains: false, extractHostname: false, validateHostname: false, mixedInputs: false } as const;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const starts = new Int32Array(128);
const hashes = new Int32Array(128);
const CACHE_LIMIT = 4096; // about 1 MB at most

export function hostFacts(host: string, tables: HostTables, cache: Map<string, HostFacts>): HostFacts {
  const cached = cache.get(host);
  if (cached) return cached;
  const misses = suffixMisses();
  const facts = computeHostFacts(host, tables);
  // Facts worked out from a guessed public suffix (its rules not loaded yet) are not kept.
  if (suffixMisses() !== misses) return facts;
  if (cache.size >= CACHE_LIMIT) cache.clear(); // cheap bound; hosts repeat within a burst
  cache.set(host, facts);
  return facts;
}

function computeHostFacts(host: string, t: HostTables): HostFacts {
  const isIp = host.startsWith('[') || IPV4.test(host);
  const domain = isIp || host === '' ? null : withPrivateSuffixes(host, getDomain(host, TLD_OPTIONS));
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
    fileSharing: domain !== null && t.fileSharing.matchSuffix(host, starts, hashes, n) >= 0,
    list: listHit(host, n, t),
    lookalike: null,
    lures: [],
    customer: null,
    customerInPath: false,
  };
  if (!isIp) readCustomerNamespace(facts, n, t);
  const trusted = facts.official || facts.officialPage || facts.list === 'allow' || facts.list === 'user-allow';
  if (!isIp && domain && !trusted) {
    facts.lookalike = lookalikeSignal(host, domain, facts.shared, t.lookalike);
    facts.lures = findLures(host, t.lures);
  }
  if (facts.customer !== null && !trusted) {
    // Under a Microsoft parent only the customer's own name says anything: read it alone.
    facts.lookalike = customerNameSignal(facts.customer, t.lookalike);
    facts.lures = findLures(facts.customer, t.lures);
  }
  return facts;
}

/**
 * Azure web apps, storage accounts, DevOps organisations, SharePoint tenants: Microsoft's parent,
 * a customer's name. Such a host is judged like a shared host (by the file), not as Microsoft's,
 * unless a more specific entry names it as Microsoft's own (download.my.visualstudio.com).
 */
function readCustomerNamespace(facts: HostFacts, n: number, t: HostTables): void {
  const host = facts.host;
  const at = t.customer.matchSuffix(host, starts, hashes, n);
  if (at < 0) return;
  const kind = t.customerKinds.get(host.slice(at));
  if (at === 0 && kind !== 'path') return; // the parent itself
  for (const table of [t.official, t.officialPages, t.allow]) {
    const own = table.matchSuffix(host, starts, hashes, n);
    if (own >= 0 && own < at) return;
  }
  facts.official = false;
  facts.officialPage = false;
  facts.shared = true;
  if (facts.list === 'allow') facts.list = null;
  if (at === 0) facts.customerInPath = true;
  else facts.customer = host.slice(0, at - 1);
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
