// Where the rules read the Public Suffix List (ICANN section): tldts-icann, whole and at once.
// The service worker's build puts src/background/state/public-suffix-lazy.ts in this module's
// place (scripts/worker-bundle-plugin.ts): the same functions, with the rules of the few
// top-level domains that have deeper ones (co.uk, *.kawasaki.jp) loaded on first need, so a
// worker woken by a navigation to a .com site does not parse the whole list first.
export { getDomain, parse } from 'tldts-icann';

/** How many lookups so far answered without the rules they needed (never, here: all are loaded). */
export function suffixMisses(): number {
  return 0;
}

/** Makes the rules of the list available (here they always are). */
export function loadSuffixRules(_tlds?: Iterable<string>): Promise<void> {
  return Promise.resolve();
}
