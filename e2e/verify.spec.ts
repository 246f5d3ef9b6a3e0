// The check page's SHA-256 comparison in a real Chromium, driving the built extension: the worker and its
// WebAssembly must load under the MV3 CSP, and the user must see an unmistakable answer.
import AxeBuilder from '@axe-core/playwright';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { WINDOWS_11_PAGE } from '../src/shared/microsoft-links.ts';
import { expect, test } from './fixtures.ts';
import type { Launched } from './harness/launch.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'verify');
const MB = 1_000_000;

let dir: string;
let iso: { path: string; sha256: string };
let tampered: string;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'iso-guard-verify-'));
  const path = join(dir, 'Win11_24H2_English_x64.iso');
  const hash = createHash('sha256');
  const fd = openSync(path, 'w');
  for (let written = 0; written < 50 * MB; written += MB) {
    const chunk = randomBytes(MB);
    hash.update(chunk);
    writeSync(fd, chunk);
  }
  closeSync(fd);
  iso = { path, sha256: hash.digest('hex') };
  // The same file with one byte changed in the middle.
  const bytes = readFileSync(path);
  bytes[25 * MB] = (bytes[25 * MB]! + 1) & 0xff;
  tampered = join(dir, 'tampered.iso');
  writeFileSync(tampered, bytes);
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function openVerify(ext: Launched, query = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl(`src/ui/verify/index.html${query}`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page;
}

const fileInput = (page: Page) => page.getByLabel('Choose the ISO file, or drop it here');
const hashField = (page: Page) => page.getByLabel(/Paste the SHA-256 hash/);
const result = (page: Page) => page.locator('[data-result]');

test('a file with its correct hash matches, and the page says so', async ({ ext }) => {
  const page = await openVerify(ext);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a downloaded ISO');
  await fileInput(page).setInputFiles(iso.path);
  await expect(page.getByText('Chosen: Win11_24H2_English_x64.iso (50 MB)')).toBeVisible();
  // Pasted the way people copy it: upper case, in groups, with a line break.
  await hashField(page).fill(`  ${iso.sha256.toUpperCase().replace(/(.{16})/g, '$1 ')}\n`);
  await page.getByRole('button', { name: 'Verify' }).click();

  await expect(page.getByRole('heading', { name: '✓ Match' })).toBeFocused();
  await expect(result(page)).toContainText("Win11_24H2_English_x64.iso matches Microsoft's published hash.");
  await expect(result(page)).toContainText(iso.sha256);
  await expect(result(page)).not.toContainText('does not match');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeHidden();
});

test('the same file with one byte changed does not match, with the way back to Microsoft', async ({ ext }) => {
  const page = await openVerify(ext);
  await fileInput(page).setInputFiles(tampered);
  await hashField(page).fill(iso.sha256);
  await page.getByRole('button', { name: 'Verify' }).click();

  await expect(page.getByRole('heading', { name: '✗ No match' })).toBeFocused();
  await expect(result(page)).toContainText('tampered.iso does not match — delete it and download again from Microsoft.');
  await expect(result(page)).not.toContainText("matches Microsoft's published hash");
  await expect(result(page).getByRole('link', { name: 'Download Windows 11 from Microsoft' })).toHaveAttribute('href', WINDOWS_11_PAGE);
});

test('a malformed hash is refused with a clear message, and nothing is hashed', async ({ ext }) => {
  const page = await openVerify(ext);
  await fileInput(page).setInputFiles(iso.path);
  const cases = [
    { input: iso.sha256.slice(0, 40), message: 'it has 40 hex digits, and a SHA-256 hash has exactly 64' },
    { input: `SHA256: ${iso.sha256}`, message: '“S” is not a hex digit' },
    { input: '   ', message: "Paste the SHA-256 hash from Microsoft's page first." },
  ];
  for (const { input, message } of cases) {
    await hashField(page).fill(input);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByText(message)).toBeVisible();
    await expect(hashField(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(hashField(page)).toBeFocused();
    await expect(page.getByRole('progressbar')).toBeHidden();
    await expect(result(page)).toHaveCount(0);
  }
});

test('cancel stops hashing mid-way and claims no result', async ({ ext }) => {
  // A sparse 4 GB file: nothing to write, but many seconds to hash.
  const big = join(dir, 'Win11_big_x64.iso');
  const fd = openSync(big, 'w');
  writeSync(fd, Buffer.from([1]), 0, 1, 4_000 * MB - 1);
  closeSync(fd);
  const page = await openVerify(ext);
  await fileInput(page).setInputFiles(big);
  await hashField(page).fill('0'.repeat(64));
  await page.getByRole('button', { name: 'Verify' }).click();

  await expect(page.getByText(/% of 4 GB · \d+ MB\/s · about/)).toBeVisible();
  const before = Number(await page.getByRole('progressbar').getAttribute('value') ?? 'NaN');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await expect(page.getByText('Cancelled. The file was not checked to the end, so there is no result.')).toBeVisible();
  await expect(page.getByRole('progressbar')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Verify' })).toBeEnabled();
  expect(before).toBeGreaterThan(0);
  expect(before).toBeLessThan(1);
  // Longer than two progress intervals: still no result and no revived progress.
  await page.waitForTimeout(1_000);
  await expect(result(page)).toHaveCount(0);
  await expect(page.getByRole('progressbar')).toBeHidden();
  rmSync(big);
});

test('opened for a finished download, it names the file to pick', async ({ ext }) => {
  const page = await openVerify(ext, `?name=${encodeURIComponent('Win11_24H2_English_x64.iso')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check Win11_24H2_English_x64.iso');
  await expect(page.getByText('Pick Win11_24H2_English_x64.iso from your download folder below')).toBeVisible();
  await fileInput(page).setInputFiles(tampered);
  await expect(page.getByText('This is not Win11_24H2_English_x64.iso, the file your download finished as.')).toBeVisible();
  await fileInput(page).setInputFiles(iso.path);
  await expect(page.getByText(/This is not Win11_24H2_English_x64\.iso/)).toBeHidden();
});

test('a loaded known-hash list prefills the hash; a bad list is refused with the reason', async ({ ext }) => {
  const page = await openVerify(ext);
  const catalogInput = page.getByLabel('Known-hash list (JSON)');
  await page.getByText('Load a list of known hashes (optional)').click();

  await catalogInput.setInputFiles(join(FIXTURES, 'bad-known-hashes.json'));
  await expect(page.getByText('This list was not loaded: entries.0.sha256: not a SHA-256 (64 hex digits)')).toBeVisible();

  await catalogInput.setInputFiles(join(FIXTURES, 'known-hashes.json'));
  await expect(page.getByText('Known-hash list loaded: 1 entries.')).toBeVisible();
  const pattern = Buffer.alloc(1 << 20, 0).map((_, i) => (i * 31 + (i >> 11)) & 0xff);
  const fixtureFile = join(dir, 'Win11_Fixture_English_x64.iso');
  writeFileSync(fixtureFile, pattern);
  const sha256 = createHash('sha256').update(pattern).digest('hex');
  await fileInput(page).setInputFiles(fixtureFile);
  await expect(hashField(page)).toHaveValue(sha256);
  await expect(page.getByText('Filled in from your list of known hashes (source: ISO Guard test fixture')).toBeVisible();
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(result(page)).toContainText("Win11_Fixture_English_x64.iso matches Microsoft's published hash.");
});

test('a file dropped anywhere on the page is chosen', async ({ ext }) => {
  const page = await openVerify(ext);
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['not really an ISO'], 'dropped.iso'));
    document.querySelector('main')?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await expect(page.getByText('Chosen: dropped.iso (17 byte)')).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`results pass axe (contrast included) in ${colorScheme} mode`, async ({ ext }) => {
    const page = await openVerify(ext);
    await page.emulateMedia({ colorScheme });
    for (const [path, heading] of [[iso.path, '✓ Match'], [tampered, '✗ No match']] as const) {
      await fileInput(page).setInputFiles(path);
      await hashField(page).fill(iso.sha256);
      await page.getByRole('button', { name: 'Verify' }).click();
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}

test('the whole check works from the keyboard, with a visible focus ring', async ({ ext }) => {
  const page = await openVerify(ext);
  // Listen first: Playwright starts intercepting the native file dialog only once someone listens.
  const chooser = page.waitForEvent('filechooser');
  const outline = async () => page.evaluate(() => {
    const style = document.activeElement && getComputedStyle(document.activeElement);
    return style ? `${style.outlineStyle} ${style.outlineWidth}` : 'none';
  });
  await page.keyboard.press('Tab'); // Microsoft's page link
  await expect(page.getByRole('link', { name: /Open Microsoft's Windows 11 download page/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(fileInput(page)).toBeFocused();
  expect(await outline()).toBe('solid 3px');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(iso.path);
  await page.keyboard.press('Tab');
  await expect(hashField(page)).toBeFocused();
  await page.keyboard.type(iso.sha256);
  await page.keyboard.press('Tab'); // the known-hash list, folded
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Verify' })).toBeFocused();
  expect(await outline()).toBe('solid 3px');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '✓ Match' })).toBeFocused();
});
