// The cancel, report and proceed flow with the keyboard alone.
import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { waitForDownload, waitForState } from './harness/downloads.ts';
import { stored } from './pages/options-page.ts';
import { expect, test } from './fixtures.ts';
import { holdLure, sample } from './pages/warning-page.ts';

/** Presses Tab until the element with `id` has the focus, as a keyboard user would. */
async function tabTo(page: Page, id: string, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`#${id} never got the focus`);
}

test('Enter cancels the held download: Cancel has the focus from the start', async ({ ext, lab }) => {
  const { warning } = await holdLure(ext, lab, 'windows12');
  await expect(warning.cancel).toBeFocused();
  await warning.page.keyboard.press('Enter');
  await expect(warning.announce).toHaveText('Download cancelled.');
  await expect.poll(() => stored(ext, 'history')).toMatchObject([{ filename: 'Windows_12_Pro_x64_Activated.iso', decision: 'cancel' }]);
  expect(readdirSync(ext.downloadsDir)).toEqual([]);
});

test('report, then download anyway through the confirmation, by keyboard', async ({ ext, lab }) => {
  const { warning } = await holdLure(ext, lab, 'windows12');
  const { page } = warning;

  await tabTo(page, 'report-microsoft');
  await page.keyboard.press('Enter');
  await expect(warning.reportedUrl).toBeVisible();
  await expect.poll(() => stored(ext, 'reports')).toHaveLength(1);
  await page.bringToFront();

  // Back up to the decision: Shift+Tab to "Other options", open it, tick, proceed.
  await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY')); i++) await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await tabTo(page, 'confirm-dangerous');
  await page.keyboard.press('Space');
  await expect(warning.confirmDangerous).toBeChecked();
  await tabTo(page, 'proceed');
  await page.keyboard.press('Enter');
  await expect(warning.announce).toHaveText('Download resumed.');
  const item = await waitForDownload(ext.serviceWorker, lab.url(sample('windows12').host));
  await waitForState(ext.serviceWorker, item.id, (d) => d.state === 'complete', 'the download to complete');
});
