// Page protection in a real Firefox ESR: every top-level navigation is judged on the device. A
// look-alike Microsoft site is replaced by the site warning and Go back returns; a suspicious
// site gets a badge only; a news page that only mentions Windows 12 loads untouched; and ISO
// Guard asks nothing of the network while the user browses. The Chromium suite's scenarios
// (../page-protection.spec.ts), where Firefox behaves the same.
import { PAGES } from '../lab/samples.ts';
import { BROWSING, LOOKALIKE_WARNING, PAGE_SCENARIOS, unexpectedLabRequests } from '../scenarios/page-protection.ts';
import { expect, test } from './fixtures.ts';
import { followLink, openSite, pageLoaded, tabBadge, tabHistory, textOf, typeAddress, waitForSiteWarning } from './site-driver.ts';
import { watchExtensionRequests } from './requests.ts';

const at = (lab: { url(host: string, path?: string): string }, page: { host: string; path: string }): string => lab.url(page.host, page.path);

test('a look-alike Microsoft site is replaced by the site warning', async ({ fx, lab }) => {
  const tab = await fx.ff.bidi.openTab(at(lab, PAGES.neutral));
  await followLink(fx, tab, at(lab, PAGES.lookalike));
  await waitForSiteWarning(fx, tab);
  expect(await textOf(fx, tab, '#headline')).toBe(LOOKALIKE_WARNING.headline);
  expect(await textOf(fx, tab, '#site-domain')).toBe(LOOKALIKE_WARNING.domain);
  expect(await textOf(fx, tab, '#site-url')).toBe(at(lab, PAGES.lookalike));
  expect(await textOf(fx, tab, LOOKALIKE_WARNING.reasonSelector)).toBe(LOOKALIKE_WARNING.reason);
});

test(PAGE_SCENARIOS.countryDomain, async ({ fx, lab }) => {
  const tab = await fx.ff.bidi.openTab(at(lab, PAGES.neutral));
  await followLink(fx, tab, at(lab, PAGES.lookalikeCountry));
  await waitForSiteWarning(fx, tab);
  expect(await textOf(fx, tab, '#site-domain')).toBe(PAGES.lookalikeCountry.host);
  expect(await textOf(fx, tab, '#site-url')).toBe(at(lab, PAGES.lookalikeCountry));
});

// Firefox reports a cross-site navigation again when it moves it to another process, and that
// attempt can cancel the tab's way to the warning and commit the site's page. Either way the
// tab must end on one warning, in the history entry the site would have had.
for (const [how, go] of [['typed in the address bar', typeAddress], ['followed from a link', followLink]] as const) {
  test(`a dangerous site ${how} never stays in the tab: one warning takes its place, also in history`, async ({ fx, lab }) => {
    const tab = await fx.ff.bidi.openTab(at(lab, PAGES.neutral));
    await go(fx, tab, at(lab, PAGES.lookalike));
    await waitForSiteWarning(fx, tab);
    const warning = await fx.ff.bidi.urlOf(tab);
    expect(await textOf(fx, tab, '#site-url')).toBe(at(lab, PAGES.lookalike));
    // A late second attempt would replace the warning within milliseconds; give it ample time.
    await new Promise((r) => setTimeout(r, 500));
    expect(await fx.ff.bidi.urlOf(tab)).toBe(warning);
    expect(await tabHistory(fx, warning)).toEqual([at(lab, PAGES.neutral), warning]);
  });
}

test('Go back from the site warning returns to the page before', async ({ fx, lab }) => {
  const tab = await fx.ff.bidi.openTab(at(lab, PAGES.neutral));
  await followLink(fx, tab, at(lab, PAGES.lookalike));
  await waitForSiteWarning(fx, tab);
  await fx.ff.bidi.click(tab, '#go-back');
  expect(await pageLoaded(fx, tab, at(lab, PAGES.neutral))).toBe(PAGES.neutral.title);
  await new Promise((r) => setTimeout(r, 500));
  expect(await fx.ff.bidi.urlOf(tab)).toBe(at(lab, PAGES.neutral));
});

test(PAGE_SCENARIOS.suspicious, async ({ fx, lab }) => {
  const tab = await fx.ff.bidi.openTab(at(lab, PAGES.neutral));
  expect(await openSite(fx, tab, at(lab, PAGES.mixedScript))).toBe(PAGES.mixedScript.title);
  await expect.poll(() => tabBadge(fx, at(lab, PAGES.mixedScript))).toBe('!');
  expect(await fx.ff.bidi.urlOf(tab)).toBe(at(lab, PAGES.mixedScript));
  await openSite(fx, tab, at(lab, PAGES.neutral));
  await expect.poll(() => tabBadge(fx, at(lab, PAGES.neutral))).toBe('');
});

test(PAGE_SCENARIOS.news, async ({ fx, lab }) => {
  const tab = await fx.ff.bidi.openTab(at(lab, PAGES.neutral));
  expect(await openSite(fx, tab, at(lab, PAGES.newsAboutLure))).toBe(PAGES.newsAboutLure.title);
  // A warning would replace the page within milliseconds of its commit; give it ample time.
  await new Promise((r) => setTimeout(r, 500));
  expect(await fx.ff.bidi.urlOf(tab)).toBe(at(lab, PAGES.newsAboutLure));
  expect(await tabBadge(fx, at(lab, PAGES.newsAboutLure))).toBe('');
});

test(PAGE_SCENARIOS.noRequests, async ({ fx, lab }) => {
  const requests = await watchExtensionRequests(fx);
  const labSeenBefore = lab.requests.length;
  // The control: a request an ISO Guard page does make is seen, so an empty list means something.
  await fx.api(`fetch(${JSON.stringify(lab.url(PAGES.neutral.host, '/control'))}).then(() => true, () => true)`);
  await expect.poll(() => requests.read()).toEqual([lab.url(PAGES.neutral.host, '/control')]);
  await requests.clear();

  const [first, ...rest] = BROWSING;
  const tab = await fx.ff.bidi.openTab(at(lab, first));
  for (const target of rest) await openSite(fx, tab, at(lab, target));
  await followLink(fx, tab, at(lab, PAGES.lookalike));
  await waitForSiteWarning(fx, tab);
  await fx.ff.bidi.click(tab, '#go-back');
  await pageLoaded(fx, tab, at(lab, PAGES.officialMicrosoft));
  expect(await requests.read()).toEqual([]);
  // And the lab, where every host name leads, saw only the pages the user opened.
  expect(unexpectedLabRequests(lab.requests, labSeenBefore)).toEqual([]);
});
