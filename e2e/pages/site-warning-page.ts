// The site warning, as a user meets it: open a site in a tab and see what the tab ends up on.
// Written against plain page URLs and element ids, so a Firefox suite can share the scenarios.
import { expect, type Page } from '@playwright/test';
import type { Launched } from '../harness/launch.ts';

export const SITE_WARNING_PATH = 'src/ui/site-warning/index.html';

/** Opens `url` in `page` the way a click or a typed address does (the tab may end elsewhere). */
export async function openSite(page: Page, url: string): Promise<void> {
  await page.goto(url).catch(() => undefined);
}

/** Waits for the site warning in `page` and returns it, ready. */
export async function waitForSiteWarning(ext: Launched, page: Page): Promise<Page> {
  // The site's own navigation is aborted when the warning replaces it: poll the address rather
  // than wait for a load event that may belong to the aborted navigation.
  await expect.poll(() => page.url()).toContain(ext.extensionUrl(SITE_WARNING_PATH));
  await page.locator('#go-back').waitFor();
  return page;
}

/** The tab's own badge text (what the toolbar button shows on that tab). */
export async function tabBadge(ext: Launched, page: Page): Promise<string> {
  // ISO Guard has no `tabs` permission, so tabs are told apart by focus, not by address.
  await page.bringToFront();
  return ext.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? '(no tab)' : chrome.action.getBadgeText({ tabId: tab.id });
  });
}

/** Chromium answers the first storage.managed read after its start in about 1.5 s here (its
 * policy service starting); a user's first page comes later than that. Tests warm it so that a
 * page is judged in the time a user's would be. */
export async function warmUp(ext: Launched): Promise<void> {
  await ext.serviceWorker.evaluate(() => chrome.storage.managed.get(null).catch(() => undefined));
}

/** Follows a link on `page` with a real click. The user's click matters: Chromium's back button
 * skips a page that led elsewhere without any user activation (its history intervention). */
export async function followLink(page: Page, url: string): Promise<void> {
  await page.evaluate((href) => {
    const a = document.createElement('a');
    a.href = href;
    a.id = 'iso-guard-test-link';
    a.textContent = 'next';
    document.body.append(a);
  }, url);
  await page.locator('#iso-guard-test-link').click({ noWaitAfter: true });
}
