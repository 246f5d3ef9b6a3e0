// Use 3 of 3, reporting a site: Microsoft's form opens in a new tab, the site's address is on
// the clipboard (the form has no parameter to fill it in), and the report is in the local log.
import { MICROSOFT_REPORT_GUEST_URL, MICROSOFT_REPORT_URL, googleSafeBrowsingReportUrl } from '../src/shared/microsoft-links.ts';
import { waitFor } from './harness/downloads.ts';
import type { Launched } from './harness/launch.ts';
import type { Lab } from './lab/server.ts';
import { PAGES } from './lab/samples.ts';
import { stored } from './pages/options-page.ts';
import { openPopupFor } from './pages/popup-page.ts';
import { setPageProtection } from './pages/seed.ts';
import { expect, test } from './fixtures.ts';
import { holdLure, sample } from './pages/warning-page.ts';

/** Reads the clipboard the way a user's paste would, from an ordinary web page. */
async function clipboardText(ext: Launched, lab: Lab): Promise<string> {
  const origin = new URL(lab.url(PAGES.neutral.host)).origin;
  await ext.context.grantPermissions(['clipboard-read'], { origin });
  const page = await ext.context.newPage();
  await page.goto(lab.url(PAGES.neutral.host, PAGES.neutral.path));
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** A tab that navigated to `url`. The browser's own targets list keeps the address even when
 * the page cannot load (the tests resolve every host to loopback). */
function tabOpenedAt(ext: Launched, url: string) {
  return waitFor(async () => {
    const { targetInfos } = await ext.browserCdp.send('Target.getTargets');
    return targetInfos.find((t) => t.type === 'page' && t.url === url);
  }, `a tab at ${url}`);
}

test('reporting from the warning opens the form, copies the site and records it', async ({ ext, lab }) => {
  const { warning } = await holdLure(ext, lab, 'windows12');
  const reported = lab.sampleUrl(sample('windows12'));
  await warning.reportToMicrosoft.click();
  await tabOpenedAt(ext, MICROSOFT_REPORT_GUEST_URL);
  await expect(warning.reportedUrl).toHaveValue(reported);
  await expect(warning.page.getByText('The address is on your clipboard:')).toBeVisible();
  await expect(warning.page.getByText('paste it into the URL field')).toBeVisible();
  await expect(warning.page.getByRole('link', { name: 'Use the signed-in form' })).toHaveAttribute('href', MICROSOFT_REPORT_URL);
  expect(await clipboardText(ext, lab)).toBe(reported);
  await expect.poll(() => stored(ext, 'reports')).toMatchObject([{ url: reported, site: 'win12-download.example', to: 'microsoft', from: 'warning' }]);

  // Google Safe Browsing takes the address in its URL.
  await warning.reportToGoogle.click();
  await tabOpenedAt(ext, googleSafeBrowsingReportUrl(reported));
  await expect.poll(async () => ((await stored(ext, 'reports')) as unknown[]).length).toBe(2);
  // Reporting decided nothing: the download is still waiting.
  await expect(warning.cancel).toBeEnabled();
});

test('reporting from the popup reports the current page', async ({ ext, lab }) => {
  await setPageProtection(ext, 'badge');
  const page = await ext.context.newPage();
  const pageUrl = lab.url(PAGES.lookalike.host, PAGES.lookalike.path);
  await page.goto(pageUrl);
  const popup = await openPopupFor(ext, page);
  await popup.getByRole('button', { name: 'Report to Microsoft' }).click();
  await tabOpenedAt(ext, MICROSOFT_REPORT_GUEST_URL);
  await expect(popup.locator('#report-url')).toHaveValue(pageUrl);
  expect(await clipboardText(ext, lab)).toBe(pageUrl);
  await expect.poll(() => stored(ext, 'reports')).toMatchObject([{ url: pageUrl, to: 'microsoft', from: 'popup' }]);
});
