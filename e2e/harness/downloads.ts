// Starting real downloads the way a user does (a click on a link in a page) and watching them
// through chrome.downloads in the extension's own service worker.
import type { Page, Worker } from '@playwright/test';

export type DownloadItem = chrome.downloads.DownloadItem;

/** Clicks a link to `url` on `page` (which sets a real referrer), starting a download. */
export async function clickDownload(page: Page, url: string): Promise<void> {
  await page.evaluate((href) => {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = 'download';
    document.body.append(a);
    a.click();
    a.remove();
  }, url);
}

export async function searchDownloads(sw: Worker, query: chrome.downloads.DownloadQuery = {}): Promise<DownloadItem[]> {
  return sw.evaluate((q) => chrome.downloads.search(q), query);
}

/** Polls until `check` returns a value (not undefined), or throws after `timeoutMs`. A check
 * that throws (the service worker restarting under it) is tried again. */
export async function waitFor<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    const value = await check().catch((error: unknown) => {
      lastError = error;
      return undefined;
    });
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The download whose URL starts with `urlPrefix`, once it exists. */
export function waitForDownload(sw: Worker, urlPrefix: string, timeoutMs?: number): Promise<DownloadItem> {
  return waitFor(
    async () => (await searchDownloads(sw)).find((d) => d.url.startsWith(urlPrefix)),
    `a download of ${urlPrefix}`,
    timeoutMs,
  );
}

export function waitForState(
  sw: Worker,
  id: number,
  accept: (d: DownloadItem) => boolean,
  what: string,
  timeoutMs?: number,
): Promise<DownloadItem> {
  return waitFor(
    async () => {
      const [d] = await searchDownloads(sw, { id });
      return d && accept(d) ? d : undefined;
    },
    what,
    timeoutMs,
  );
}
