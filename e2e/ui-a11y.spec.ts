// axe-core on every page the user meets, in light and dark: no violations.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { waitForWarning } from './harness/guard.ts';
import { PAGES } from './lab/samples.ts';
import { OptionsPage } from './pages/options-page.ts';
import { clickPageMadeDownload, LITE_BUILD_BYTES } from './pages/page-made-download.ts';
import { openPopupFor } from './pages/popup-page.ts';
import { seedLogs, setPageProtection } from './pages/seed.ts';
import { openSite, waitForSiteWarning } from './pages/site-warning-page.ts';
import { expect, test } from './fixtures.ts';
import { holdLure } from './pages/warning-page.ts';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ scheme });

    test('the warning for a dangerous download', async ({ ext, lab }) => {
      const { warning } = await holdLure(ext, lab, 'windows12');
      await warning.otherOptions.click();
      expect(await violations(warning.page)).toEqual([]);
      await warning.reportToMicrosoft.click();
      await expect(warning.reportedUrl).toBeVisible();
      expect(await violations(warning.page)).toEqual([]);
    });

    test('the warning for a suspicious download', async ({ ext, lab }) => {
      const origin = await ext.context.newPage();
      await origin.goto(lab.url(PAGES.neutral.host, PAGES.neutral.path));
      await clickPageMadeDownload(origin, 'Win11_Lite_x64.zip', LITE_BUILD_BYTES);
      const page = await waitForWarning(ext);
      await expect(page.locator('.badge')).toHaveText('Suspicious');
      expect(await violations(page)).toEqual([]);
    });

    test('the site warning', async ({ ext, lab }) => {
      const page = await ext.context.newPage();
      await openSite(page, lab.url(PAGES.lookalike.host, PAGES.lookalike.path));
      await waitForSiteWarning(ext, page);
      await page.getByText('Other options').click();
      expect(await violations(page)).toEqual([]);
    });

    test('the popup', async ({ ext, lab }) => {
      await seedLogs(ext);
      await setPageProtection(ext, 'badge');
      const page = await ext.context.newPage();
      await page.goto(lab.url(PAGES.lookalike.host, PAGES.lookalike.path));
      const popup = await openPopupFor(ext, page);
      await expect(popup.locator('.recent-list li')).not.toHaveCount(0);
      expect(await violations(popup)).toEqual([]);
    });

    test('the options page', async ({ ext }) => {
      await seedLogs(ext);
      const options = await OptionsPage.open(ext);
      await expect(options.page.locator('#history-table')).toBeVisible();
      await options.list('blocklist').input.fill('not a domain');
      await expect(options.list('blocklist').feedback).toContainText('Not a valid domain');
      expect(await violations(options.page)).toEqual([]);
    });
  });
}
