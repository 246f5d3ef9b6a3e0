// Page protection: every top-level navigation is judged locally by the same rules as the
// popup's status check. A `dangerous` site is replaced by the site warning (unless the user
// continued to it this session); a `suspicious` one gets a badge on its tab; a page that only
// mentions a lure gets nothing. Nothing is kept about ordinary pages.
import { classifyPage } from '../../rules/index.ts';
import type { Verdict } from '../../rules/types.ts';
import type { ConfigSource } from '../state/config.ts';
import type { Ports } from '../ports.ts';
import { siteOf } from '../downloads/site.ts';
import type { SiteWarningStore } from './site-warning-store.ts';

export const SITE_WARNING_PAGE = 'src/ui/site-warning/index.html';

/** Page extensions: anything else at the end of a path (`.iso`, `.exe`, `.zip` …) may be a file. */
const PAGE_EXTENSIONS = /^(?:html?|xhtml|php\d?|aspx?|jspx?|cgi|pl|shtml|cfm)$/i;

/**
 * A link to a file becomes a download, not a page, and the download guard holds it with its own
 * warning: replacing its navigation would cancel the download and show the wrong warning. Such
 * addresses wait for onCommitted, which fires only if a page does come.
 */
export function mayBeDownload(url: string): boolean {
  try {
    const last = new URL(url).pathname.split('/').pop() ?? '';
    const dot = last.lastIndexOf('.');
    return dot > 0 && dot < last.length - 1 && !PAGE_EXTENSIONS.test(last.slice(dot + 1));
  } catch {
    return false;
  }
}

export interface Navigation {
  tabId: number;
  frameId: number;
  url: string;
}

export interface PageGuardDeps {
  ports: Pick<Ports, 'tabs' | 'badge' | 'pageUrl' | 'now' | 'randomId' | 'text' | 'log'>;
  config: ConfigSource;
  warnings: SiteWarningStore;
}

export function createPageGuard({ ports, config, warnings }: PageGuardDeps) {
  /** Tabs being sent to the warning, and tabs going back from one: by site, in memory only
   * (a lost entry after a worker restart costs at most one warning shown twice). */
  const redirecting = new Map<number, string>();
  const leaving = new Map<number, string>();

  async function judge(nav: Navigation): Promise<{ verdict: Verdict; mode: 'warn' | 'badge'; site: string } | undefined> {
    if (nav.frameId !== 0 || nav.tabId < 0 || !/^https?:/i.test(nav.url)) return undefined;
    const { settings, ruleset } = await config.load();
    if (settings.protection === 'paused' || settings.pageProtection === 'off') return undefined;
    const verdict = classifyPage(nav.url, ruleset);
    if (verdict.verdict !== 'dangerous' && verdict.verdict !== 'suspicious') return undefined;
    return { verdict, mode: settings.pageProtection, site: siteOf(nav.url) };
  }

  async function warn(nav: Navigation, verdict: Verdict, site: string): Promise<void> {
    // Go back from a warning lands on the site again when its page had already shown: step over it.
    if (leaving.get(nav.tabId) === site) {
      leaving.delete(nav.tabId);
      return ports.tabs.goBack(nav.tabId).catch(() => ports.tabs.navigate(nav.tabId, 'about:blank'));
    }
    redirecting.set(nav.tabId, nav.url);
    const warningId = ports.randomId();
    await warnings.put({ warningId, tabId: nav.tabId, url: nav.url, site, verdict: 'dangerous', reasons: verdict.reasons, shownAt: ports.now() });
    await ports.tabs.navigate(nav.tabId, `${ports.pageUrl(SITE_WARNING_PAGE)}?w=${encodeURIComponent(warningId)}`);
    await warnings.log({ at: ports.now(), url: nav.url, site, reasons: verdict.reasons });
  }

  async function handle(nav: Navigation, committed: boolean): Promise<void> {
    const judged = await judge(nav);
    if (!judged) {
      if (nav.frameId === 0) leaving.delete(nav.tabId);
      return;
    }
    const { verdict, mode, site } = judged;
    const interstitial = verdict.verdict === 'dangerous' && mode === 'warn' && !(await warnings.isContinued(site));
    if (interstitial && (committed || !mayBeDownload(nav.url))) return warn(nav, verdict, site);
    if (interstitial) return;
    // The browser clears a tab's own badge when the tab navigates, so it is set once committed.
    if (!committed) return;
    if (verdict.verdict === 'dangerous') await ports.badge.setTab(nav.tabId, '!', '#b3261e', ports.text('badge_site_dangerous'));
    else await ports.badge.setTab(nav.tabId, '!', '#8a5300', ports.text('badge_site_suspicious'));
  }

  /** One tab's events are handled in order: a page that commits while its warning is still
   * being prepared must find that warning under way, not start a second one. */
  const queues = new Map<number, Promise<void>>();
  const inOrder = (tabId: number, task: () => Promise<void>): Promise<void> => {
    const run = (queues.get(tabId) ?? Promise.resolve()).then(task).catch((error: unknown) => ports.log(`page protection: ${String(error)}`));
    queues.set(tabId, run);
    void run.then(() => {
      if (queues.get(tabId) === run) queues.delete(tabId);
    });
    return run;
  };

  return {
    onBeforeNavigate: (nav: Navigation) =>
      inOrder(nav.tabId, () => {
        if (nav.frameId === 0) redirecting.delete(nav.tabId);
        return handle(nav, false);
      }),
    /** Also catches what onBeforeNavigate missed (a page restored from the back-forward cache,
     * a file-like address that turned out to be a page); a site whose page committed while its
     * warning was on the way is left to that warning. */
    onCommitted: (nav: Navigation) =>
      inOrder(nav.tabId, async () => {
        if (nav.frameId === 0 && redirecting.get(nav.tabId) === nav.url) return;
        return handle(nav, true);
      }),
    /** The site warning's "Go back": remember to step over the site if its page is in history. */
    leavingFrom(tabId: number, site: string): void {
      leaving.set(tabId, site);
    },
    forget(tabId: number): void {
      redirecting.delete(tabId);
      leaving.delete(tabId);
    },
  };
}

export type PageGuard = ReturnType<typeof createPageGuard>;
