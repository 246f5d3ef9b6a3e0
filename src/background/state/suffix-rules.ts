// Judging with the whole Public Suffix List. The worker loads the rules of the few top-level
// domains that have deeper ones (co.uk) only when it first meets such a host (the rules'
// public-suffix module, lazy in the worker's build): until then a lookup of one answers with a
// guess and counts a miss. A verdict or site worked out from a guess is never kept or acted on.
import { loadSuffixRules, suffixMisses } from '../../rules/index.ts';

/** `work`'s answer, or `undefined` when it needed rules not loaded yet (their load is under way).
 * For the guard's synchronous first look: undefined means "not decided yet". */
export function withLoadedSuffixes<T>(work: () => T): { value: T } | undefined {
  const before = suffixMisses();
  const value = work();
  return suffixMisses() === before ? { value } : undefined;
}

/** `work`'s answer with every suffix rule it needs: at once when they are loaded, else after. */
export async function withSuffixes<T>(work: () => T): Promise<T> {
  const now = withLoadedSuffixes(work);
  if (now) return now.value;
  await loadSuffixRules();
  return work();
}

/** Starts loading the suffix rules a verdict on `url` will need, if its top-level domain has
 * deeper ones (`info.pl`), so the read overlaps the settings' instead of following the verdict. */
export function prefetchSuffixRules(url: string): void {
  if (!URL.canParse(url)) return;
  const host = new URL(url).hostname.replace(/\.$/, '');
  void loadSuffixRules([host.slice(host.lastIndexOf('.') + 1)]);
}
