// Page protection in a real Chromium: every top-level navigation is judged on the device. A
// look-alike Microsoft site is replaced by the site warning; a suspicious one gets a badge; a
// news page that only mentions Windows 12 loads untouched; and ISO Guard asks nothing of the
// network while the user browses.
import type { Request } from '@playwright/test';
import { canSetPolicy, launchWithPolicy } from './harness/policy.ts';
import { PAGES } from './lab/samples.ts';
import { LOOKALIKE_WARNING, PAGE_SCENARIOS, unexpectedLabRequests } from './scenarios/page-protection.ts';
import { openPopupFor } from './pages/popup-page.ts';
import { stopServiceWorker } from './harness/guard.ts';
import { setPageProtection } from './pages/seed.ts';
import { followLink, openSite, SITE_WARNING_PATH, tabBadge, waitForSiteWarning, warmUp } from './pages/site-warning-page.ts';
import { OptionsPage } from './pages/options-page.ts';
import { expect, test } from './fixtures.ts';

test.beforeEach(({ ext }) => warmUp(ext));

const at = (lab: { url(host: string, path?: string): string }, page: { host: string; path: string }): string => lab.url(page.host, page.path);

test(PAGE_SCENARIOS.lookalike, async ({ ext, lab }) => {
  const page = await ext.context.newPage();
  await openSite(page, at(lab, PAGES.neutral));
  await followLink(page, at(lab, PAGES.lookalike));
  const warning = await waitForSiteWarning(ext, page);
  await expect(warning.locator('#headline')).toHaveText(LOOKALIKE_WARNING.headline);
  await expect(warning.locator('#site-domain')).toHaveText(LOOKALIKE_WARNING.domain);
  await expect(warning.locator('#site-url')).toHaveText(at(lab, PAGES.lookalike));
  await expect(warning.locator(LOOKALIKE_WARNING.reasonSelector)).toHaveText(LOOKALIKE_WARNING.reason);
  await expect(warning.locator('#go-back')).toBeFocused();
  await expect(warning.locator('.official-links a[data-link-id="win11"]')).toHaveAttribute('href', /microsoft\.com\/software-download\/windows11/);
  await expect(warning.getByRole('button', { name: 'Report to Microsoft' })).toBeVisible();
  await expect(warning.getByRole('button', { name: 'Report to Google Safe Browsing' })).toBeVisible();
  await warning.keyboard.press('Enter');
  await page.waitForURL(at(lab, PAGES.neutral));
  await expect(page).toHaveTitle(PAGES.neutral.title);
});

test(PAGE_SCENARIOS.countryDomain, async ({ ext, lab }) => {
  const page = await ext.context.newPage();
  await openSite(page, at(lab, PAGES.neutral));
  // A stopped worker wakes for the navigation with only the names of the top-level domains that
  // have deeper rules; it reads the rules for .pl then, and names the site by them.
  await stopServiceWorker(ext, page);
  await followLink(page, at(lab, PAGES.lookalikeCountry));
  const warning = await waitForSiteWarning(ext, page);
  await expect(warning.locator('#site-domain')).toHaveText(PAGES.lookalikeCountry.host);
  await expect(warning.locator('#site-url')).toHaveText(at(lab, PAGES.lookalikeCountry));
  await expect(warning.locator(LOOKALIKE_WARNING.reasonSelector)).toHaveText(LOOKALIKE_WARNING.reason);
});

test('a stopped worker woken by a look-alike loads the site warning once, even when the site\'s page commits first', async ({ ext, lab }) => {
  const page = await ext.context.newPage();
  await openSite(page, at(lab, PAGES.neutral));
  // A waking worker redirects late enough that the lab's page usually commits before the warning.
  await stopServiceWorker(ext, page);
  const loads: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) loads.push(frame.url());
  });
  await followLink(page, at(lab, PAGES.lookalike));
  await waitForSiteWarning(ext, page);
  // Time for a second load of the warning to begin, if one were coming.
  await page.waitForTimeout(1000);
  expect(loads.filter((url) => url.startsWith(ext.extensionUrl(SITE_WARNING_PATH)))).toHaveLength(1);
  await expect(page.locator('#go-back')).toBeFocused();
});

test('Continue takes two steps, loads the site, and is remembered for the session', async ({ ext, lab }) => {
  const page = await ext.context.newPage();
  await openSite(page, at(lab, PAGES.lookalike));
  const warning = await waitForSiteWarning(ext, page);
  await expect(warning.locator('#continue')).toBeHidden();
  await warning.getByText('Other options').click();
  await expect(warning.locator('#continue')).toBeDisabled();
  await warning.getByLabel('I understand that microsoft-software-download.example may be dangerous').check();
  await warning.locator('#continue').click();
  await page.waitForURL(at(lab, PAGES.lookalike));
  await expect(page).toHaveTitle(PAGES.lookalike.title);
  await expect.poll(() => tabBadge(ext, page)).toBe('!');
  // Another page of the same site, this session: no warning again.
  await openSite(page, at(lab, PAGES.lookalikeOther));
  await expect(page).toHaveTitle(PAGES.lookalikeOther.title);
  expect(page.url()).toBe(at(lab, PAGES.lookalikeOther));
});

test('a news page whose address mentions Windows 12 loads untouched; the popup adds a calm note', async ({ ext, lab }) => {
  const page = await ext.context.newPage();
  await openSite(page, at(lab, PAGES.newsAboutLure));
  await expect(page).toHaveTitle(PAGES.newsAboutLure.title);
  // A warning would replace the page within milliseconds of its commit; give it ample time.
  await page.waitForTimeout(500);
  expect(page.url()).toBe(at(lab, PAGES.newsAboutLure));
  expect(await tabBadge(ext, page)).toBe('');
  const popup = await openPopupFor(ext, page);
  await expect(popup.locator('#page-status')).not.toHaveAttribute('data-verdict', /dangerous|suspicious/);
  await expect(popup.locator('#page-note')).toHaveText(
    'This page mentions Windows 12. Microsoft has released no Windows 12: a download offered as Windows 12 is fake, and ISO Guard will hold it.',
  );
});

test('a suspicious site gets a badge on its tab and the popup explains it, with no interstitial', async ({ ext, lab }) => {
  const page = await ext.context.newPage();
  await openSite(page, at(lab, PAGES.mixedScript));
  await expect(page).toHaveTitle(PAGES.mixedScript.title);
  await expect.poll(() => tabBadge(ext, page)).toBe('!');
  const popup = await openPopupFor(ext, page);
  await expect(popup.locator('#page-status')).toHaveAttribute('data-verdict', 'suspicious');
  await expect(popup.locator('#page-status .reasons li')).not.toHaveCount(0);
  // The badge belongs to that tab and that page: an ordinary page in the same tab clears it.
  await openSite(page, at(lab, PAGES.neutral));
  await expect.poll(() => tabBadge(ext, page)).toBe('');
});

test('the off switch on the options page lets a dangerous site load, badge only marks it', async ({ ext, lab }) => {
  const options = await OptionsPage.open(ext);
  await options.page.getByLabel("Off: judge sites only when I open ISO Guard's status check").check();
  await expect.poll(() => ext.serviceWorker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { pageProtection?: string }).pageProtection)).toBe('off');
  const page = await ext.context.newPage();
  await openSite(page, at(lab, PAGES.lookalike));
  await expect(page).toHaveTitle(PAGES.lookalike.title);
  expect(await tabBadge(ext, page)).toBe('');

  await setPageProtection(ext, 'badge');
  await openSite(page, at(lab, PAGES.lookalikeOther));
  await expect(page).toHaveTitle(PAGES.lookalikeOther.title);
  await expect.poll(() => tabBadge(ext, page)).toBe('!');
});

test(PAGE_SCENARIOS.noRequests, async ({ ext, lab }) => {
  const requests: Request[] = [];
  const labSeenBefore = lab.requests.length;
  ext.context.on('request', (request) => requests.push(request));
  const fromExtension = (): string[] =>
    requests.filter((r) => r.serviceWorker() !== null || r.frame().url().startsWith('chrome-extension://')).map((r) => r.url()).filter((u) => !u.startsWith('chrome-extension://'));
  // The control: a request the worker does make is seen, so an empty list below means something.
  await ext.serviceWorker.evaluate((u) => fetch(u).then(() => undefined, () => undefined), lab.url(PAGES.neutral.host, '/control'));
  await expect.poll(fromExtension).toEqual([lab.url(PAGES.neutral.host, '/control')]);
  requests.length = 0;

  const page = await ext.context.newPage();
  for (const target of [PAGES.neutral, PAGES.newsAboutLure, PAGES.mixedScript, PAGES.officialMicrosoft]) await openSite(page, at(lab, target));
  await followLink(page, at(lab, PAGES.lookalike));
  await waitForSiteWarning(ext, page);
  await page.locator('#go-back').click();
  await page.waitForURL(at(lab, PAGES.officialMicrosoft));
  expect(fromExtension()).toEqual([]);
  // And the lab, where every host name leads, saw only the pages the user opened.
  expect(unexpectedLabRequests(lab.requests, labSeenBefore)).toEqual([]);
});

test('a policy forces page protection on and forbids Continue', async ({ lab }) => {
  test.skip(!canSetPolicy(), "Chromium's policy folder is not writable here");
  const ext = await launchWithPolicy({ forcePageProtection: true, forbidContinueToSite: true });
  try {
    await warmUp(ext);
    await setPageProtection(ext, 'off');
    const page = await ext.context.newPage();
    await openSite(page, at(lab, PAGES.lookalike));
    const warning = await waitForSiteWarning(ext, page);
    await warning.getByText('Other options').click();
    await expect(warning.locator('#continue-forbidden')).toHaveText('Your organisation does not allow continuing to sites that ISO Guard judges dangerous.');
    await expect(warning.locator('#continue')).toHaveCount(0);
    // A Continue sent anyway, from the warning page itself, is refused by the background.
    const answer = await warning.evaluate((id) => chrome.runtime.sendMessage({ type: 'site/continue', warningId: id, confirm: true }), new URL(warning.url()).searchParams.get('w'));
    expect(answer).toMatchObject({ ok: false, refusal: 'continue-forbidden' });
    expect(page.url()).toContain('site-warning');
    const options = await OptionsPage.open(ext);
    await expect(options.page.locator('#page-protection-locked')).toHaveText('Your organisation keeps page protection on.');
  } finally {
    await ext.close();
  }
});
