// Page protection's scenarios, written once for both browsers: the names the tests carry and
// what the user must see. The Chromium suite (../page-protection.spec.ts) and the Firefox one
// (../firefox/page-protection.spec.ts) each drive their browser through the same steps.
import { PAGES } from '../lab/samples.ts';

export const PAGE_SCENARIOS = {
  lookalike: 'a look-alike Microsoft site is replaced by the site warning, and Go back returns',
  suspicious: 'a suspicious site gets a badge on its tab and no interstitial; an ordinary page there clears it',
  news: 'a news page whose address mentions Windows 12 loads untouched, with no badge',
  noRequests: 'ISO Guard makes no network request while the user browses',
  countryDomain: "a look-alike under a country's second-level domain is named by its own site, from a worker that had not read those rules",
} as const;

/** What the site warning shows for the look-alike site. */
export const LOOKALIKE_WARNING = {
  headline: 'ISO Guard stopped this site',
  domain: PAGES.lookalike.host,
  reasonSelector: '#reasons li[data-code="lookalike-domain"]',
  reason: 'The site name imitates Microsoft but the site does not belong to Microsoft.',
} as const;

/** The pages a user opens one after another (then follows a link to the look-alike site). */
export const BROWSING = [PAGES.neutral, PAGES.newsAboutLure, PAGES.mixedScript, PAGES.officialMicrosoft] as const;

/** Lab requests a browsing session may cause besides the pages opened: the favicon, and the
 * control request a test makes to prove its watcher sees requests. */
export const EXPECTED_EXTRA_PATHS = ['/favicon.ico', '/control'] as const;

/** The lab requests since `from` that are neither a page the user opened nor an expected extra. */
export function unexpectedLabRequests(requests: readonly { host: string; path: string }[], from: number): string[] {
  const opened = new Set([...BROWSING, PAGES.lookalike].map((p) => `${p.host}${p.path}`));
  return requests
    .slice(from)
    .filter((r) => !opened.has(`${r.host}${r.path}`) && !(EXPECTED_EXTRA_PATHS as readonly string[]).includes(r.path))
    .map((r) => `${r.host}${r.path}`);
}
