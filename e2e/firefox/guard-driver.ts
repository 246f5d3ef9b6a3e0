// What a Firefox test does with ISO Guard: start downloads from lab pages as a user does (a
// click on a link), read the browser's download list through the extension's own API, find
// and answer the warning tab, stop the background, reload the add-on.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WARNING_PATH } from '../harness/guard.ts';
import type { LaunchedFirefox } from './launch.ts';

/** The fields of Firefox's DownloadItem the tests read. */
export interface FirefoxDownload {
  id: number;
  url: string;
  filename: string;
  state: 'in_progress' | 'interrupted' | 'complete';
  paused: boolean;
  exists: boolean;
  bytesReceived: number;
  totalBytes: number;
  error?: string;
}

export interface FirefoxGuard {
  ff: LaunchedFirefox;
  /** Runs `expression` in an extension page, where `browser` is ISO Guard's API. */
  api<T>(expression: string): Promise<T>;
  downloads(): Promise<FirefoxDownload[]>;
  clickDownload(url: string, fromUrl: string): Promise<void>;
  /** The hold ids of the open warning tabs. */
  warnings(): Promise<{ context: string; holdId: string }[]>;
  waitForWarning(timeoutMs?: number): Promise<{ context: string; holdId: string }>;
  /** Sends a message from a warning tab, as its own script does. */
  sendFromWarning<T>(context: string, message: unknown): Promise<T>;
  badge(): Promise<string>;
  stopBackground(): Promise<void>;
  reload(): Promise<void>;
  /** Files in the downloads folder with their sizes (Firefox's 0-byte placeholders included). */
  files(): Record<string, number>;
  bytesAt(name: string): number;
}

export async function waitUntil<T>(check: () => Promise<T | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    const value = await check().catch((e: unknown) => ((last = e), undefined));
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function firefoxGuard(ff: LaunchedFirefox): FirefoxGuard {
  let probe: string | undefined;
  let labTab: { context: string; url: string } | undefined;
  const probeUrl = ff.extensionUrl('src/ui/options/index.html');

  async function probeContext(): Promise<string> {
    const tabs = await ff.bidi.tabs();
    if (probe && tabs.some((t) => t.context === probe && t.url === probeUrl)) return probe;
    probe = await ff.bidi.openTab(probeUrl);
    return probe;
  }
  const api = async <T>(expression: string): Promise<T> => ff.bidi.evaluate<T>(await probeContext(), expression);
  const warnings = async () =>
    (await ff.bidi.tabs())
      .filter((t) => t.url.startsWith(ff.extensionUrl(WARNING_PATH)))
      .map((t) => ({ context: t.context, holdId: new URL(t.url).searchParams.get('hold') ?? '' }));

  return {
    ff,
    api,
    downloads: () => api<FirefoxDownload[]>('browser.downloads.search({})'),
    async clickDownload(url, fromUrl) {
      if (!labTab || labTab.url !== fromUrl || !(await ff.bidi.tabs()).some((t) => t.context === labTab?.context)) {
        labTab = { context: await ff.bidi.openTab(fromUrl), url: fromUrl };
      }
      await ff.bidi.evaluate(labTab.context, `(() => { const a = document.createElement('a'); a.href = ${JSON.stringify(url)}; a.textContent = 'download'; document.body.append(a); a.click(); a.remove(); return true; })()`);
    },
    warnings,
    waitForWarning: (timeoutMs) => waitUntil(async () => (await warnings()).find((w) => w.holdId), 'a warning tab', timeoutMs),
    sendFromWarning: (context, message) => ff.bidi.evaluate(context, `browser.runtime.sendMessage(${JSON.stringify(message)})`),
    badge: () => api<string>('browser.action.getBadgeText({})'),
    async stopBackground() {
      await ff.bidi.chrome(`ExtensionParent.GlobalManager.getExtension(${JSON.stringify(ff.extensionId)}).terminateBackground().then(() => true)`);
    },
    async reload() {
      const extension = `ExtensionParent.GlobalManager.getExtension(${JSON.stringify(ff.extensionId)})`;
      await ff.bidi.chrome(`(${extension}.reloadedByTest = true)`);
      await api('(setTimeout(() => browser.runtime.reload(), 0), true)');
      probe = undefined;
      // A tab opened on the add-on while it restarts is closed under the test ("Target closed"):
      // wait, in the browser's own code, for the new instance's background to run.
      await waitUntil(() => ff.bidi.chrome<boolean>(`(() => { const ext = ${extension}; return !!ext && !ext.reloadedByTest && ext.backgroundState === 'running'; })()`), 'ISO Guard to come back after runtime.reload()');
      await waitUntil(() => api<string>('browser.runtime.id'), 'its pages to open again');
    },
    files: () => Object.fromEntries(readdirSync(ff.downloadsDir).map((f) => [f, statSync(join(ff.downloadsDir, f)).size])),
    bytesAt(name) {
      const path = join(ff.downloadsDir, name);
      return existsSync(path) ? statSync(path).size : 0;
    },
  };
}
