// `npm run screenshots`: the warning page (dangerous and suspicious), the popup, the options page
// and the check page (with a modified image's answer), in light and dark mode, from the built extension in a real Chromium, saved to
// docs/screenshots/ for the README. Every browser is fresh, so each page shows only its own case.
import type { Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_ANSWER_FILE, windowsImage } from '../e2e/harness/disk-images.ts';
import { waitForWarning } from '../e2e/harness/guard.ts';
import { launchExtension, type Launched } from '../e2e/harness/launch.ts';
import { PAGES } from '../e2e/lab/samples.ts';
import { startLab, type Lab } from '../e2e/lab/server.ts';
import { OptionsPage } from '../e2e/pages/options-page.ts';
import { clickPageMadeDownload, LITE_BUILD_BYTES } from '../e2e/pages/page-made-download.ts';
import { openPopupFor } from '../e2e/pages/popup-page.ts';
import { seedLogs, setPageProtection } from '../e2e/pages/seed.ts';
import { openSite, waitForSiteWarning, warmUp } from '../e2e/pages/site-warning-page.ts';
import { holdLure } from '../e2e/pages/warning-page.ts';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');
type Scheme = 'light' | 'dark';

const work = mkdtempSync(join(tmpdir(), 'iso-guard-shots-'));
const modifiedImage = windowsImage(join(work, 'build'), join(work, 'Windows12_Pro_x64.iso'), {
  label: 'CCCOMA_X64FRE_EN-US_DV9',
  editions: [{ name: 'Windows 12 Pro', edition: 'Professional', build: 26100 }],
  extra: {
    'autounattend.xml': HOSTILE_ANSWER_FILE,
    'sources/$OEM$/$$/Setup/Scripts/SetupComplete.cmd': '@echo off\r\n',
    'support/KMS_VL_ALL.cmd': '@echo off\r\n',
  },
});

/** `npm run screenshots -- site-warning` takes only the named shots. */
const only = process.argv.slice(2);
const SHOTS_ALL: { name: string; take(ext: Launched, lab: Lab): Promise<Page> }[] = [
  { name: 'warning-dangerous', take: async (ext, lab) => (await holdLure(ext, lab, 'windows12')).warning.page },
  {
    name: 'warning-suspicious',
    async take(ext, lab) {
      const origin = await ext.context.newPage();
      await origin.goto(lab.url(PAGES.neutral.host, PAGES.neutral.path));
      await clickPageMadeDownload(origin, 'Win11_Lite_x64.zip', LITE_BUILD_BYTES);
      const page = await waitForWarning(ext);
      await page.locator('.badge').waitFor();
      return page;
    },
  },
  {
    name: 'site-warning',
    async take(ext, lab) {
      await warmUp(ext);
      const page = await ext.context.newPage();
      await openSite(page, lab.url(PAGES.lookalike.host, PAGES.lookalike.path));
      return waitForSiteWarning(ext, page);
    },
  },
  {
    name: 'popup',
    async take(ext, lab) {
      await seedLogs(ext);
      // Badge only, so the popup can be shown on the look-alike site itself.
      await setPageProtection(ext, 'badge');
      const page = await ext.context.newPage();
      await page.goto(lab.url(PAGES.lookalike.host, PAGES.lookalike.path));
      return openPopupFor(ext, page);
    },
  },
  {
    name: 'options',
    async take(ext) {
      await seedLogs(ext);
      await ext.serviceWorker.evaluate(() =>
        chrome.storage.local.set({ settings: { version: 1, protection: 'on', notifyUnknown: false, offerVerify: true, eraseCancelled: true, pageProtection: "warn", allowlist: ["ubuntu.com"], blocklist: ['win12-download.example'] } }),
      );
      const options = await OptionsPage.open(ext);
      await options.page.locator('#history-table').waitFor();
      return options.page;
    },
  },
  {
    name: 'check-modified',
    async take(ext) {
      const page = await ext.context.newPage();
      await page.goto(ext.extensionUrl('src/ui/verify/index.html'));
      await page.getByLabel('Choose the ISO file, or drop it here').setInputFiles(modifiedImage);
      await page.locator('[data-verdict]').waitFor();
      return page;
    },
  },
];

const SHOTS = only.length ? SHOTS_ALL.filter((s) => only.includes(s.name)) : SHOTS_ALL;

async function shoot(lab: Lab, scheme: Scheme, shot: (typeof SHOTS)[number]): Promise<void> {
  const ext = await launchExtension({ colorScheme: scheme, args: ['--enable-unsafe-extension-debugging'] });
  try {
    const page = await shot.take(ext, lab);
    await page.bringToFront();
    // Let focus rings and fonts settle.
    await page.waitForTimeout(200);
    const path = join(OUT, `${shot.name}-${scheme}.png`);
    await page.screenshot({ path, fullPage: true });
    console.log(`saved ${path}`);
  } finally {
    await ext.close();
  }
}

mkdirSync(OUT, { recursive: true });
const lab = await startLab();
try {
  for (const scheme of ['light', 'dark'] as const) for (const shot of SHOTS) await shoot(lab, scheme, shot);
} finally {
  await lab.close();
  rmSync(work, { recursive: true, force: true });
}
