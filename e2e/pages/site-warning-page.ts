// The site warning, as a user meets it: open a site in a tab and see what the tab ends up on.
// Written against plain page URLs and element ids, so a Firefox suite can share the scenarios.
import type { Page } from '@playwright/test';
import type { Launched } from '../harness/launch.ts';

export const SITE_WARNING_PATH = 'src/ui/site-warning/index.html';

/** Opens `url` in `page` the way a click or a typed address does (the tab may end elsewhere). */
export async function openSite(page: Page, url: string): Promise<void> {
  await page.goto(url).catch(() => undefined);
}

/** Waits for the site warning in `page` and returns it, ready. */
export async function waitForSiteWarning(ext: Launched, page: Page): Promise<Page> {
  await page.waitForURL((u) => u.href.startsWith(ext.extensionUrl(SITE_WARNING_PATH)));
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
