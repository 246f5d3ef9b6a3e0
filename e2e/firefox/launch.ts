// Launches Debian's Firefox ESR with a built ISO Guard installed as a temporary add-on, over
// WebDriver BiDi (puppeteer-core; no browser download). `--remote-allow-system-access` lets
// the test reach the browser's own chrome code: stop the background (terminateBackground),
// grant activeTab as a toolbar click does. Puppeteer does not follow navigations to
// moz-extension:// pages, so extension pages are driven with raw BiDi calls (bidi.ts).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findFirefox } from '../../scripts/find-firefox.mjs';
import { GECKO_ID } from '../../vite.config.ts';
import { LAB_HOST, PAGES, SAMPLES } from '../lab/samples.ts';
import { createBidi, type Bidi } from './bidi.ts';
import { installWithPolicies } from './policies.ts';

export const FIREFOX_DIST = resolve(import.meta.dirname, '..', '..', 'dist', 'firefox');
/** Pinned, so the test knows the extension's page URLs before it starts. */
export const EXTENSION_UUID = '5d0c6f7e-2b1a-4e3d-9c8b-7a6f5e4d3c2b';
const ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Every lab host resolves to loopback (Firefox has no wildcard: each is named). */
export function labHosts(): string[] {
  const hosts = [LAB_HOST, ...SAMPLES.map((s) => s.host), ...Object.values(PAGES).map((p) => p.host)];
  return [...new Set(hosts)];
}

export interface FirefoxLaunchOptions {
  /** `3rdparty` → `Extensions` → ISO Guard's policy, written to a real policies.json. */
  policy?: Record<string, unknown>;
}

export interface LaunchedFirefox {
  browser: Browser;
  bidi: Bidi;
  extensionId: string;
  downloadsDir: string;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

/** A profile Firefox has started in once, made once per process. Firefox takes ~2–3× longer
 * to start in an empty profile (it creates its databases and caches) than in a copy of this
 * one; each test still gets a copy of its own, so nothing carries over between tests. */
let template: Promise<string> | undefined;

function profileTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iso-guard-ff-template-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true, userDataDir: dir, args: ['--remote-allow-system-access'] });
    await browser.close();
    return dir;
  })();
  return template;
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<LaunchedFirefox> {
  const downloadsDir = mkdtempSync(join(tmpdir(), 'iso-guard-ff-downloads-'));
  const profileDir = mkdtempSync(join(tmpdir(), 'iso-guard-ff-profile-'));
  cpSync(await profileTemplate(), profileDir, { recursive: true });
  const policyInstall = options.policy ? installWithPolicies({ '3rdparty': { Extensions: { [GECKO_ID]: options.policy } } }) : undefined;
  const removeDirs = (): void => {
    rmSync(downloadsDir, { recursive: true, force: true });
    rmSync(profileDir, { recursive: true, force: true });
    policyInstall?.remove();
  };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: policyInstall?.binary ?? findFirefox(),
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profileDir,
    args: ['--remote-allow-system-access'],
    // ISO_GUARD_FIREFOX_LOG=1 shows the background's console (and Firefox's own) on stderr.
    dumpio: process.env.ISO_GUARD_FIREFOX_LOG === '1',
    extraPrefsFirefox: {
      'browser.download.dir': downloadsDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'network.dns.localDomains': labHosts().join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'devtools.console.stdout.content': process.env.ISO_GUARD_FIREFOX_LOG === '1',
    },
  }).catch((error: unknown) => {
    removeDirs();
    throw error;
  });
  try {
    const extensionId = await browser.installExtension(FIREFOX_DIST);
    const bidi = createBidi(browser);
    return {
      browser,
      bidi,
      extensionId,
      downloadsDir,
      extensionUrl: (path) => `${ORIGIN}/${path.replace(/^\//, '')}`,
      async close() {
        await browser.close().catch(() => undefined);
        removeDirs();
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    removeDirs();
    throw error;
  }
}
