// The service worker's Public Suffix List (built in place of src/rules/hosts/public-suffix.ts).
// Most top-level domains are their own public suffix; only about 213 have rules below them
// (co.uk, *.kawasaki.jp). The worker starts with those names alone and loads one's rules, a file
// per domain shipped inside the extension (scripts/icann-suffixes-plugin.ts), the first time a
// host under it is judged: a worker woken by a navigation to a .com site parses none of them,
// one woken for a .pl site parses .pl's. Loading is a read of the extension's own package, never
// a network request.
//
// A lookup that needs rules not loaded yet answers with a guess and counts a miss: the guard
// (state/suffix-rules.ts) then judges again once they are loaded, and the host cache keeps no
// answer made from a guess (rules/hosts/host-facts.ts).
import deepTlds from 'virtual:icann-deep-tlds';
import { fastPathLookup, getEmptyResult, parseImpl, resetResult, type IOptions, type IPublicSuffix, type IResult, type ISuffixLookupOptions } from 'tldts-core';
import { icannSuffixLookup, suffixRulesFile, type IcannTables } from '../../rules/hosts/icann-tables.ts';

const DEEP_TLDS: ReadonlySet<string> = new Set(deepTlds);
/** Per deep top-level domain: its lookup once loaded, or null when its file could not be read. */
const lookups = new Map<string, ((hostname: string) => string) | null>();
const loading = new Map<string, Promise<void>>();
let misses = 0;

/** Without the rules: a second level of two or three letters (co.uk, com.au, ac.jp) is taken as
 * part of the suffix, else the top-level domain alone. Used only until the rules are loaded, and
 * for good if the file cannot be read (a damaged install): the guard keeps judging. */
function guess(hostname: string): string {
  const labels = hostname.split('.');
  const second = labels[labels.length - 2] ?? '';
  return labels.length > 2 && second.length >= 2 && second.length <= 3 ? labels.slice(-2).join('.') : labels[labels.length - 1] ?? '';
}

function suffixLookup(hostname: string, options: ISuffixLookupOptions, out: IPublicSuffix): void {
  if (fastPathLookup(hostname, options, out)) return;
  const tld = hostname.slice(hostname.lastIndexOf('.') + 1);
  if (!DEEP_TLDS.has(tld)) {
    out.publicSuffix = tld;
    return;
  }
  const lookup = lookups.get(tld);
  if (lookup) {
    out.publicSuffix = lookup(hostname);
    return;
  }
  if (lookup === undefined) {
    misses += 1;
    void loadSuffixRules([tld]);
  }
  out.publicSuffix = guess(hostname);
}

// tldts-core's steps (a const enum there): 3 stops at the domain, 5 reads every part.
const DOMAIN = 3;
const ALL = 5;
const RESULT = getEmptyResult();

export function parse(url: string, options?: Partial<IOptions>): IResult {
  return parseImpl(url, ALL, suffixLookup, options, getEmptyResult());
}

export function getDomain(url: string, options?: Partial<IOptions>): string | null {
  resetResult(RESULT);
  return parseImpl(url, DOMAIN, suffixLookup, options, RESULT).domain;
}

/** How many lookups so far answered with a guess because the rules they needed were not loaded. */
export function suffixMisses(): number {
  return misses;
}

function isTables(value: unknown): value is IcannTables {
  const strings = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string');
  const t = value as Partial<IcannTables> | null;
  return typeof t === 'object' && t !== null && strings(t.rules) && strings(t.exceptions);
}

/** Loads the rules of the deep top-level domains `tlds` (by default, those asked for and still on
 * their way); a load under way is shared. Never rejects: a file that cannot be read or is not a
 * table leaves the guess in place for that domain, and says so. */
export function loadSuffixRules(tlds: Iterable<string> = loading.keys()): Promise<void> {
  return Promise.all([...tlds].filter((tld) => DEEP_TLDS.has(tld)).map(load)).then(() => undefined);
}

function load(tld: string): Promise<void> {
  let pending = loading.get(tld);
  if (!pending) {
    pending = (async () => {
      try {
        const response = await fetch(`/${suffixRulesFile(tld)}`);
        const tables: unknown = await response.json();
        if (!isTables(tables)) throw new Error('not a table of suffix rules');
        lookups.set(tld, icannSuffixLookup(tables));
      } catch (error) {
        lookups.set(tld, null);
        console.error(`ISO Guard: the public suffix rules for .${tld} could not be loaded (${String(error)}); judging hosts under it with a guess`);
      }
    })();
    loading.set(tld, pending);
  }
  return pending;
}
