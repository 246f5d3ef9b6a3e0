// Use 1 of 3, the automatic warning: a lure download opens the finished warning page, which
// says what is wrong, offers Microsoft's own downloads, and acts on the user's decision.
import { existsSync } from 'node:fs';
import { GET_WINDOWS_LINKS } from '../src/shared/microsoft-links.ts';
import { clickDownload, waitForDownload, waitForState } from './harness/downloads.ts';
import { waitForWarning, warningPages } from './harness/guard.ts';
import { PAGES } from './lab/samples.ts';
import { clickPageMadeDownload, LITE_BUILD_BYTES } from './pages/page-made-download.ts';
import { setPageProtection } from './pages/seed.ts';
import { expect, test } from './fixtures.ts';
import { WarningPage, holdLure, sample } from './pages/warning-page.ts';

test('a Windows 12 lure opens the warning, with the official links present and correct', async ({ ext, lab }) => {
  const { warning } = await holdLure(ext, lab, 'windows12');
  await expect(warning.headline).toHaveText('This is not Windows 12.');
  await expect(warning.page.getByText('Microsoft has released no Windows 12.')).toBeVisible();
  await expect(warning.cancel).toBeFocused();
  await expect(warning.siteDomain).toHaveText('win12-download.example');
  await expect(warning.fileName).toHaveText('Windows_12_Pro_x64_Activated.iso');
  await expect(warning.page.locator('#file-size')).toHaveText('Size: 3.1 MB');
  await expect(warning.reasons.first()).toHaveText('Microsoft has not released Windows 12, so anything offered as Windows 12 is fake.');
  const links = await warning.officialLinks.evaluateAll((as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).href]));
  expect(links.map(([, href]) => href)).toEqual(GET_WINDOWS_LINKS.map((l) => l.url));
  expect(links.map(([text]) => text)).toEqual([
    'Windows 11 disk image (ISO)',
    'Windows 11 on Arm (ISO)',
    'Windows 10 disk image (ISO)',
    'Media Creation Tool for Windows 11',
    'Windows Insider Program (preview builds)',
  ]);
  await expect(warning.page.getByRole('link', { name: 'Check a downloaded ISO' })).toHaveAttribute('href', ext.extensionUrl('src/ui/verify/index.html'));
  await expect(warning.page.getByText(/SHA-256/)).toBeVisible();
});

test('downloading a dangerous file anyway takes the deliberate second step', async ({ ext, lab }) => {
  const { warning } = await holdLure(ext, lab, 'lookalike');
  await expect(warning.headline).toHaveText('This site is not Microsoft.');
  await expect(warning.proceed).toBeHidden();
  await warning.otherOptions.click();
  await expect(warning.proceed).toBeDisabled();
  await warning.page.getByLabel(/I understand this file is not from Microsoft/).check();
  await warning.proceed.click();
  await expect(warning.announce).toHaveText('Download resumed.');
  await expect(warning.headline).toHaveText('No more downloads are waiting.');
  const item = await waitForDownload(ext.serviceWorker, lab.url(sample('lookalike').host));
  const done = await waitForState(ext.serviceWorker, item.id, (d) => d.state === 'complete', 'the download to complete');
  expect(existsSync(done.filename)).toBe(true);
});

test('a suspicious download offers to trust the site, and no confirmation step', async ({ ext, lab }) => {
  const origin = await ext.context.newPage();
  await origin.goto(lab.url(PAGES.neutral.host, PAGES.neutral.path));
  await clickPageMadeDownload(origin, 'Win11_Lite_x64.zip', LITE_BUILD_BYTES);
  const warning = new WarningPage(await waitForWarning(ext));
  await expect(warning.headline).toHaveText('This download may not be what it claims.');
  await expect(warning.siteDomain).toHaveText('blog.example.org');
  await expect(warning.page.locator('.badge')).toHaveText('Suspicious');
  await expect(warning.confirmDangerous).toHaveCount(0);
  await warning.page.getByLabel('Trust example.org from now on').check();
  await warning.proceed.click();
  await expect(warning.announce).toHaveText('Download resumed.');
  await expect.poll(() => ext.serviceWorker.evaluate(() => chrome.storage.local.get('settings'))).toMatchObject({ settings: { allowlist: ['example.org'] } });
});

// Chromium already replaces bidi and zero-width characters in download names with "_" (so a
// right-to-left override never reaches the guard there; the unit tests cover it), but a run of
// spaces that pushes the real extension out of sight gets through, and is shown.
test('spaces that hide the real extension are shown as a visible marker', async ({ ext, lab }) => {
  const origin = await ext.context.newPage();
  await origin.goto(lab.url(PAGES.neutral.host, PAGES.neutral.path));
  await clickPageMadeDownload(origin, 'Windows12.iso          .exe');
  const warning = new WarningPage(await waitForWarning(ext));
  await expect(warning.fileName).toHaveText('Windows12.iso⟦10×SPACE⟧.exe');
  await expect(warning.fileName.locator('.hidden-char')).toHaveText('⟦10×SPACE⟧');
  await expect(warning.page.getByText('The name contains hidden characters')).toBeVisible();
});

test('a homograph of microsoft.com is shown by its real punycode address and by how it may look', async ({ ext, lab }) => {
  // "microsоft.com" with a Cyrillic "о". The lab answers any host, so a page-made file can come from it.
  // Page protection would put the site warning in the site's place at once: this is about the
  // download's warning, so the site is only marked.
  await setPageProtection(ext, 'badge');
  const origin = await ext.context.newPage();
  await origin.goto(lab.url('xn--microsft-sbh.com', '/'));
  await clickPageMadeDownload(origin, 'Win11_24H2_English_x64.iso');
  const warning = new WarningPage(await waitForWarning(ext));
  await expect(warning.headline).toHaveText('This site is not Microsoft.');
  await expect(warning.siteDomain).toHaveText('xn--microsft-sbh.com');
  await expect(warning.page.locator('#site-unicode')).toHaveText('Some browsers show this address as: micros\u043Eft.com');
});

test('held downloads share one warning tab and are decided one after another', async ({ ext, lab }) => {
  const { warning, origin } = await holdLure(ext, lab, 'windows12');
  for (const id of ['lookalike', 'disposition-only'] as const) await clickDownload(origin, lab.sampleUrl(sample(id)));
  await expect(warning.queue.getByRole('heading')).toHaveText('2 more downloads are held');
  expect(warningPages(ext)).toHaveLength(1);

  const firstId = new URL(warning.page.url()).searchParams.get('hold');
  await warning.cancel.click();
  await expect(warning.announce).toHaveText('Download cancelled.');
  await expect(warning.queue.getByRole('heading')).toHaveText('1 more download is held');
  expect(new URL(warning.page.url()).searchParams.get('hold')).not.toBe(firstId);
  await expect(warning.cancel).toBeFocused();

  // Switch to the other one from the list, then decide both.
  await warning.queue.getByRole('button').click();
  await expect(warning.cancel).toBeFocused();
  await warning.cancel.click();
  await expect(warning.queue.getByRole('heading')).toHaveCount(0);
  await warning.cancel.click();
  await expect(warning.headline).toHaveText('No more downloads are waiting.');
  await expect(warning.cancel).toHaveCount(0);
});

test('an unknown or already decided hold id shows a clear message and offers no action', async ({ ext, lab }) => {
  const { warning } = await holdLure(ext, lab, 'windows12');
  const url = warning.page.url();
  await warning.cancel.click();
  await expect(warning.headline).toHaveText('No more downloads are waiting.');
  // The guard may still know it as decided, or have forgotten it once the download ended.
  await warning.page.goto(url);
  await expect(warning.headline).toHaveText(/^(This download was already handled\.|This warning is not valid\.)$/);
  await expect(warning.page.getByRole('button')).toHaveCount(0);
  await warning.page.goto(ext.extensionUrl('src/ui/warning/index.html?hold=00000000-0000-0000-0000-000000000000'));
  await expect(warning.headline).toHaveText('This warning is not valid.');
  await warning.page.goto(ext.extensionUrl('src/ui/warning/index.html?hold=%3Cscript%3E'));
  await expect(warning.headline).toHaveText('This warning is not valid.');
  await expect(warning.page.getByRole('button')).toHaveCount(0);
});
