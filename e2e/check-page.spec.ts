// The check page in a real Chromium, driving the built extension: disk images made at test time
// with Debian's tools are picked as a person would, and the test reads what the page shows.
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PAGES } from './lab/samples.ts';
import { expect, test } from './fixtures.ts';
import { isoImage, writeTree } from '../src/inspect/testing/fixtures.ts';
import { HOSTILE_ANSWER_FILE, loneProgramImage, PROGRAM_STUB, windowsImage, type Edition } from './harness/disk-images.ts';
import type { Launched } from './harness/launch.ts';
import { openPopupFor } from './pages/popup-page.ts';

const PRO: Edition = { name: 'Windows 11 Pro', edition: 'Professional', build: 26100 };
const HOME: Edition = { name: 'Windows 11 Home', edition: 'Core', build: 26100 };

let dir: string;
const images = { modified: '', genuine: '', lone: '', program: '', empty: '', linux: '' };

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'iso-guard-check-'));
  images.genuine = windowsImage(join(dir, 'genuine'), join(dir, 'Win11_24H2_English_x64.iso'), { label: 'CCCOMA_X64FRE_EN-US_DV9', editions: [HOME, PRO] });
  images.modified = windowsImage(join(dir, 'modified'), join(dir, 'Windows12_Pro_x64.iso'), {
    label: 'CCCOMA_X64FRE_EN-US_DV9',
    editions: [{ ...PRO, name: 'Windows 12 Pro' }],
    extra: { 'autounattend.xml': HOSTILE_ANSWER_FILE, 'sources/$OEM$/$$/Setup/Scripts/SetupComplete.cmd': '@echo off\r\nnet user Admin 1234 /add\r\n' },
  });
  images.lone = loneProgramImage(join(dir, 'lone'), join(dir, 'Windows12_Setup.iso'), 'Windows12_Setup.exe');
  images.program = join(dir, 'Windows 12 Pro.iso');
  writeFileSync(images.program, PROGRAM_STUB);
  images.empty = join(dir, 'Win11_24H2_English_x64 (1).iso');
  writeFileSync(images.empty, '');
  const linux = writeTree(join(dir, 'linux'), { 'README.diskdefines': '#define DISKNAME Ubuntu 24.04\n', 'casper/filesystem.size': '1234\n', 'boot/grub/grub.cfg': 'menuentry "Try Ubuntu" {}\n' });
  images.linux = isoImage(linux, join(dir, 'ubuntu-24.04-desktop-amd64.iso'), 'Ubuntu 24.04 LTS amd64');
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function openCheck(ext: Launched): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl('src/ui/verify/index.html'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a downloaded ISO');
  return page;
}

async function pick(page: Page, path: string): Promise<void> {
  await page.getByLabel('Choose the ISO file, or drop it here').setInputFiles(path);
  await expect(page.locator('[data-verdict]')).toBeVisible();
}

const answer = (page: Page) => page.locator('#inspection-title');
const finding = (page: Page, code: string) => page.locator(`#findings > li[data-code="${code}"]`);

test('a modified "Windows 12" image: the answer, the real edition and build, and what the answer file does', async ({ ext }) => {
  const page = await openCheck(ext);
  await pick(page, images.modified);
  await expect(answer(page)).toHaveText('This Windows image was modified');
  await expect(page.locator('#inspection-facts')).toContainText('Disk image (UDF)');
  await expect(page.locator('#inspection-facts')).toContainText('Windows 11 24H2');
  await expect(page.locator('#editions tbody tr')).toHaveCount(1);
  await expect(page.locator('#editions tbody tr').first()).toHaveText(/Windows 12 Pro\s*Professional\s*26100\.1742\s*x64\s*en-US/);

  const answerFile = finding(page, 'answer-file');
  await expect(answerFile).toContainText('An answer file changes how Windows installs, without asking you.');
  for (const action of ['turns off Microsoft Defender', 'skips the TPM or Secure Boot checks', 'creates a local administrator account', 'logs on automatically']) {
    await expect(answerFile.getByRole('listitem').filter({ hasText: action })).toBeVisible();
  }
  await expect(answerFile.locator('.finding-path')).toHaveText('Where: autounattend.xml');
  await expect(finding(page, 'claims-windows-12').first()).toContainText('Microsoft has released no Windows 12. Inside is Windows 11 24H2.');
  await expect(finding(page, 'recaptured-image')).toContainText(/Edition \W?1\W? is named “\W?Windows 12 Pro\W?”; Microsoft names this edition “\W?Windows 11 Pro\W?”/);
  await expect(finding(page, 'recaptured-image').locator('.finding-path')).toHaveText('Where: sources/install.wim');
  const setup = finding(page, 'setup-scripts').filter({ hasText: 'SetupComplete.cmd runs commands with full rights' });
  await expect(setup.locator('.finding-path code')).toHaveText('sources/$OEM$/$$/Setup/Scripts/SetupComplete.cmd');
});

test('a genuine-shaped image shows no sign of change, and says only the SHA-256 proves it', async ({ ext }) => {
  const page = await openCheck(ext);
  await pick(page, images.genuine);
  await expect(answer(page)).toHaveText('No sign of change');
  await expect(page.locator('.answer-body')).toContainText("only Microsoft's SHA-256 proves an image unmodified");
  await expect(page.locator('#inspection-facts')).toContainText('CCCOMA_X64FRE_EN-US_DV9');
  await expect(page.locator('#editions tbody tr')).toHaveText([/Windows 11 Home\s*Core\s*26100\.1742/, /Windows 11 Pro\s*Professional\s*26100\.1742/]);
  await expect(page.locator('#findings')).toHaveCount(0);
  // The SHA-256 comparison is still there, beside the inspection.
  await expect(page.getByLabel(/Paste the SHA-256 hash/)).toBeVisible();
});

test('an "ISO" that holds one program says so, with the program\'s path', async ({ ext }) => {
  const page = await openCheck(ext);
  await pick(page, images.lone);
  const lone = finding(page, 'lone-program');
  await expect(lone).toContainText('The whole “image” is one program, script or shortcut');
  await expect(lone.locator('.finding-path code')).toHaveText('Windows12_Setup.exe');
  await expect(lone).toContainText('Recognised as: Windows program.');
});

test('a program named like an ISO is called what it is', async ({ ext }) => {
  const page = await openCheck(ext);
  await pick(page, images.program);
  await expect(answer(page)).toHaveText('This is not a disk image');
  await expect(page.locator('.answer-body')).toContainText('ISO Guard recognised it as: Windows program.');
  await expect(page.locator('#inspection-facts')).toContainText('Windows 12 Pro.iso');
});

test('a Linux image is said to hold no Windows installer', async ({ ext }) => {
  const page = await openCheck(ext);
  await pick(page, images.linux);
  await expect(answer(page)).toHaveText('Not Windows install media');
  await expect(page.locator('#inspection-facts')).toContainText('Disk image (ISO 9660)');
  await expect(page.locator('#inspection-facts')).toContainText('Ubuntu 24.04 LTS amd64');
  await expect(page.locator('#editions')).toHaveCount(0);
});

test('an empty file gets a clear answer, not a hang', async ({ ext }) => {
  const page = await openCheck(ext);
  await pick(page, images.empty);
  await expect(answer(page)).toHaveText('This file could not be read as a disk image');
  await expect(finding(page, 'unreadable')).toContainText('The file could not be read as a disk image.');
});

test('picking a second file replaces the first answer', async ({ ext }) => {
  const page = await openCheck(ext);
  await pick(page, images.modified);
  await expect(answer(page)).toHaveText('This Windows image was modified');
  await pick(page, images.genuine);
  await expect(answer(page)).toHaveText('No sign of change');
  await expect(page.locator('[data-verdict]')).toHaveCount(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the inspection passes axe (contrast included) in ${colorScheme} mode`, async ({ ext }) => {
    const page = await openCheck(ext);
    await page.emulateMedia({ colorScheme });
    for (const path of [images.modified, images.genuine, images.program]) {
      await pick(page, path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}

test('from the keyboard: pick a file, hear the answer, go on to the hash', async ({ ext }) => {
  const page = await openCheck(ext);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Tab'); // Microsoft's page link
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Choose the ISO file, or drop it here')).toBeFocused();
  await page.keyboard.press('Space');
  await (await chooser).setFiles(images.modified);
  await expect(page.locator('#announcer')).toHaveText('What is inside: This Windows image was modified');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Download Windows 11 from Microsoft' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(/Paste the SHA-256 hash/)).toBeFocused();
});

test('the popup offers to check a disk image from its history, and the check page names it', async ({ ext, lab }) => {
  await ext.serviceWorker.evaluate(() =>
    chrome.storage.local.set({
      history: [{ at: Date.now(), verdict: 'official', reasons: [], url: 'https://software.download.prss.microsoft.com/dbazure/Win11_24H2_English_x64.iso', referrer: '', site: 'microsoft.com', filename: '/downloads/Win11_24H2_English_x64.iso', decision: 'passed' }],
    }),
  );
  const origin = await ext.context.newPage();
  await origin.goto(lab.url(PAGES.neutral.host, PAGES.neutral.path));
  const popup = await openPopupFor(ext, origin);
  const opened = ext.context.waitForEvent('page');
  await popup.getByRole('link', { name: 'Check this file' }).click();
  const page = await opened;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check Win11_24H2_English_x64.iso');
  await expect(page.getByText('Pick Win11_24H2_English_x64.iso from your download folder below')).toBeVisible();
  await pick(page, images.genuine);
  await expect(answer(page)).toHaveText('No sign of change');
});

test.describe('in German', () => {
  test.use({ uiLanguage: 'de' });

  test('the answer, the findings and what the answer file does are said in German', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('src/ui/verify/index.html'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Heruntergeladene ISO prüfen');
    await page.locator('#file-input').setInputFiles(images.modified);
    await expect(answer(page)).toHaveText('Dieses Windows-Image wurde verändert');
    await expect(finding(page, 'answer-file')).toContainText('schaltet Microsoft Defender aus');
    await expect(finding(page, 'answer-file').locator('.finding-path')).toHaveText('Wo: autounattend.xml');
    await expect(page.locator('#editions thead')).toContainText('Architektur');
  });
});
