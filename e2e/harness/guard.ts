// Helpers for the guard's e2e tests: find the warning tab, act as its page, and stop the
// extension's service worker for real.
import type { Page, Worker } from '@playwright/test';
import type { Launched } from './launch.ts';

export const WARNING_PATH = 'src/ui/warning/index.html';

export function isWarningUrl(ext: Launched, url: string): boolean {
  return url.startsWith(ext.extensionUrl(WARNING_PATH));
}

export function warningPages(ext: Launched): Page[] {
  return ext.context.pages().filter((p) => isWarningUrl(ext, p.url()));
}

/** The warning tab, once the guard has opened it (polled: a new tab's URL may still be blank
 * when Playwright first reports it). */
export async function waitForWarning(ext: Launched, timeoutMs = 10_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = warningPages(ext)[0];
    if (open) return open;
    if (Date.now() > deadline) throw new Error(`no warning tab within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function holdIdOf(page: Page): string {
  return new URL(page.url()).searchParams.get('hold') ?? '';
}

/** Sends a message from an extension page, exactly as the warning page's own script does. */
export async function sendFromPage<T = unknown>(page: Page, message: unknown): Promise<T> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
}

/**
 * Stops every service worker (CDP ServiceWorker.stopAllWorkers) and resolves once ours has
 * stopped. It may wake again at once: stopping releases a withheld `suggest`, and the
 * download event that follows wakes the worker, which is what a real stop does too.
 */
export async function stopServiceWorker(ext: Launched, via: Page): Promise<void> {
  const cdp = await ext.context.newCDPSession(via);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the service worker did not stop')), 10_000);
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const ours = versions.filter((v) => v.scriptURL.includes(ext.extensionId));
      if (ours.some((v) => v.runningStatus === 'stopped')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

export async function workerRunning(ext: Launched): Promise<boolean> {
  const { targetInfos } = await ext.browserCdp.send('Target.getTargets');
  return targetInfos.some((t) => t.type === 'service_worker' && t.url.includes(ext.extensionId));
}

/** The live service worker (a new one after a restart). */
export async function liveWorker(ext: Launched): Promise<Worker> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const worker = ext.context.serviceWorkers().find((w) => w.url().includes(ext.extensionId));
    if (worker && (await workerRunning(ext))) {
      const alive = await Promise.race([worker.evaluate(() => true), new Promise<false>((r) => setTimeout(() => r(false), 500))]);
      if (alive) return worker;
    }
    if (Date.now() > deadline) throw new Error('no live service worker');
    await new Promise((r) => setTimeout(r, 50));
  }
}
