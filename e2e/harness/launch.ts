// Launches a real Chromium with a built ISO Guard loaded unpacked, with downloads handed back
// to Chromium (Playwright would otherwise take them over and onDeterminingFilename never fires).
import { chromium, type BrowserContext, type CDPSession, type Worker } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../../scripts/find-browser.mjs';
import { HOST_RESOLVER_RULES } from '../lab/samples.ts';

export const CHROME_DIST = resolve(import.meta.dirname, '..', '..', 'dist', 'chrome');

export interface LaunchOptions {
  dist?: string;
  headless?: boolean;
  /** Extra Chromium switches. */
  args?: string[];
  /** Open pages with this colour scheme. */
  colorScheme?: 'light' | 'dark';
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker: the live one, also after a restart. */
  readonly serviceWorker: Worker;
  browserCdp: CDPSession;
  downloadsDir: string;
  userDataDir: string;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export function chromiumArgs(dist: string, extra: string[] = []): string[] {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    `--host-resolver-rules=${HOST_RESOLVER_RULES}`,
    // The lure lab's certificate is made at start and trusted by no one.
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-default-apps',
    ...extra,
  ];
}

export async function launchExtension(options: LaunchOptions = {}): Promise<Launched> {
  const dist = options.dist ?? CHROME_DIST;
  const userDataDir = mkdtempSync(join(tmpdir(), 'iso-guard-profile-'));
  const downloadsDir = mkdtempSync(join(tmpdir(), 'iso-guard-downloads-'));
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  writeFileSync(
    join(userDataDir, 'Default', 'Preferences'),
    JSON.stringify({ download: { default_directory: downloadsDir, prompt_for_download: false } }),
  );
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    args: chromiumArgs(dist, options.args),
    ignoreHTTPSErrors: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1100, height: 900 },
  });
  const browser = context.browser();
  if (!browser) throw new Error('Playwright gave no browser handle for the persistent context.');
  const browserCdp = await browser.newBrowserCDPSession();
  await browserCdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  // Playwright reports the worker as its module script starts; right after install, a download
  // in the next few milliseconds would find no listener yet. Wait until the guard listens.
  for (let i = 0; i < 200 && !(await serviceWorker.evaluate(() => chrome.downloads?.onCreated.hasListeners() ?? true)); i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
  const first = serviceWorker;
  return {
    context,
    extensionId,
    get serviceWorker() {
      const live = context.serviceWorkers().filter((w) => w.url().includes(extensionId));
      return live.at(-1) ?? first;
    },
    browserCdp,
    downloadsDir,
    userDataDir,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(downloadsDir, { recursive: true, force: true });
    },
  };
}
