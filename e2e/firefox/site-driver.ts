// Page protection as a Firefox user meets it, over raw BiDi: open a site in a tab, follow a
// link, see what the tab ends up on, read the tab's badge. The same steps as the Chromium page
// object (../pages/site-warning-page.ts), for the same scenarios.
import { SITE_WARNING_PATH } from '../pages/site-warning-page.ts';
import { waitUntil, type FirefoxGuard } from './guard-driver.ts';

/** Waits until the tab shows the page at `url`, loaded; resolves its title. */
export const pageLoaded = (fx: FirefoxGuard, context: string, url: string): Promise<string> =>
  waitUntil(
    () => fx.ff.bidi.evaluate<string | false>(context, `location.href === ${JSON.stringify(url)} && document.readyState === 'complete' && document.title`),
    `the tab to show ${url}`,
  );

/** Opens `url` in the tab as a typed address does, for a page that is expected to stay; resolves its title. */
export async function openSite(fx: FirefoxGuard, context: string, url: string): Promise<string> {
  await fx.ff.bidi.navigate(context, url);
  return pageLoaded(fx, context, url);
}

/** Follows a link on the tab's page with a real click. The user's click matters: history
 * entries a user never touched may be skipped by Back. */
export async function followLink(fx: FirefoxGuard, context: string, url: string): Promise<void> {
  await fx.ff.bidi.evaluate(context, `(() => { const a = document.createElement('a'); a.href = ${JSON.stringify(url)}; a.id = 'iso-guard-test-link'; a.textContent = 'next'; document.body.append(a); return true; })()`);
  await fx.ff.bidi.click(context, '#iso-guard-test-link');
}

/** Waits until the tab shows the site warning, ready (its Go back button drawn). */
export async function waitForSiteWarning(fx: FirefoxGuard, context: string): Promise<void> {
  const prefix = fx.ff.extensionUrl(SITE_WARNING_PATH);
  await waitUntil(async () => (await fx.ff.bidi.urlOf(context)).startsWith(prefix), 'the site warning');
  await waitUntil(() => fx.ff.bidi.evaluate<boolean>(context, `!!document.querySelector('#go-back') && document.querySelector('#headline')?.textContent !== ''`), 'the site warning drawn');
}

/** Text of the elements matching `selector` in the tab. */
export const textOf = (fx: FirefoxGuard, context: string, selector: string): Promise<string | null> =>
  fx.ff.bidi.evaluate(context, `document.querySelector(${JSON.stringify(selector)})?.textContent?.trim() ?? null`);

/** The badge ISO Guard shows on the tab now at `url` (its tab id read in the browser's code). */
export async function tabBadge(fx: FirefoxGuard, url: string): Promise<string> {
  const tabId = await fx.ff.bidi.chrome<number>(`(() => {
    const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(fx.ff.extensionId)});
    const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
    return ext.tabManager.getWrapper(tab).id;
  })()`);
  return fx.api<string>(`browser.action.getBadgeText({ tabId: ${tabId} })`);
}

/** Opens `url` as a typed address does, for a site ISO Guard is expected to replace: Firefox
 * then reports the typed load as aborted, which is the point. */
export async function typeAddress(fx: FirefoxGuard, context: string, url: string): Promise<void> {
  await fx.ff.bidi.navigate(context, url).catch((error: unknown) => {
    if (!String(error).includes('NS_BINDING_ABORTED')) throw error;
  });
}

/** The addresses in the history of the tab now at `url`, oldest first (read in the browser's
 * own code: what Back and Forward walk through). */
export const tabHistory = (fx: FirefoxGuard, url: string): Promise<string[]> =>
  fx.ff.bidi.chrome<string[]>(`(() => {
    const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
    const history = tab.linkedBrowser.browsingContext.sessionHistory;
    return Array.from({ length: history.count }, (_, i) => history.getEntryAtIndex(i).URI.spec);
  })()`);
