// Page protection: every top-level navigation is judged locally by the same rules as the
// popup's status check. A `dangerous` site is replaced by the site warning (unless the user
// continued to it this session); a `suspicious` one gets a badge on its tab; a page that only
// mentions a lure gets nothing. Nothing is kept about ordinary pages.
import { classifyPage } from '../../rules/index.ts';
import type { Verdict } from '../../rules/types.ts';
import type { ConfigSource } from '../state/config.ts';
import type { Ports } from '../ports.ts';
import { siteOf } from '../downloads/site.ts';
import { prefetchSuffixRules, withSuffixes } from '../state/suffix-rules.ts';
import type { SiteWarningStore } from './site-warning-store.ts';
import { SITE_WARNING_SENT_MARK } from '../timing.ts';

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

interface PendingWarning {
  /** The dangerous address, and the warning the tab is sent to instead. */
  url: string;
  warningId: string;
  warningUrl: string;
  shown: boolean;
}

export interface PageGuardDeps {
  ports: Pick<Ports, 'tabs' | 'badge' | 'pageUrl' | 'now' | 'randomId' | 'text' | 'log'>;
  config: ConfigSource;
  warnings: SiteWarningStore;
}

export function createPageGuard({ ports, config, warnings }: PageGuardDeps) {
  /** The warning each tab is being sent to, until its page asks for it (then it is shown), and
   * tabs going back from one: in memory only (a lost entry after a worker restart costs at most
   * one warning shown twice). */
  const pending = new Map<number, PendingWarning>();
  const leaving = new Map<number, string>();
  /** The address each tab is going to while it is judged, and whether its page committed
   * meanwhile (a busy worker can judge after the page commits): the warning then takes the
   * page's history entry. Kept only while the navigation is judged. */
  const judging = new Map<number, { url: string; committed: boolean }>();

  /** Firefox reports one navigation again when it moves it to another process, and that second
   * attempt can cancel the tab's way to the warning. Until the warning page has asked for its
   * warning, the same address in the same tab goes to the same warning again: a load of the
   * address a tab already shows replaces its history entry, so nothing stacks, and a lost
   * redirect is made good. Once shown, the same address is a new visit, judged again. */
  const unshownWarningFor = (nav: Navigation): PendingWarning | undefined => {
    const p = nav.frameId === 0 ? pending.get(nav.tabId) : undefined;
    return p && !p.shown && p.url === nav.url ? p : undefined;
  };

  /** Chrome keeps a tab on its way to the warning when the site's page commits meanwhile, and
   * says so: loading the warning again would only load it twice. Firefox does not say, and may
   * have dropped the way: there the warning is loaded again. */
  const loading = async (tabId: number, url: string): Promise<boolean> => {
    const tab = await ports.tabs.get(tabId);
    return tab?.pendingUrl === url || tab?.url === url;
  };

  async function judge(nav: Navigation): Promise<{ verdict: Verdict; mode: 'warn' | 'badge'; site: string } | undefined> {
    if (nav.frameId !== 0 || nav.tabId < 0 || !/^https?:/i.test(nav.url)) return undefined;
    // A dangerous verdict asks whether the site was continued to, and a host under a top-level
    // domain with deeper suffix rules needs those: both reads go out now, beside the settings'.
    warnings.readContinued();
    prefetchSuffixRules(nav.url);
    const { settings, ruleset } = await config.load();
    if (settings.protection === 'paused' || settings.pageProtection === 'off') return undefined;
    const verdict = await withSuffixes(() => classifyPage(nav.url, ruleset));
    if (verdict.verdict !== 'dangerous' && verdict.verdict !== 'suspicious') return undefined;
    return { verdict, mode: settings.pageProtection, site: await siteOf(nav.url) };
  }

  /** `committed`: the site's page is in the tab, and Firefox lets the warning take its place in
   * history, so Back never returns to it. */
  async function warn(nav: Navigation, verdict: Verdict, site: string, committed: boolean): Promise<void> {
    // Go back from a warning lands on the site again when its page had already shown: step over it.
    if (leaving.get(nav.tabId) === site) {
      leaving.delete(nav.tabId);
      return ports.tabs.goBack(nav.tabId).catch(() => ports.tabs.navigate(nav.tabId, 'about:blank'));
    }
    const inFlight = judging.get(nav.tabId);
    const replace = committed || (inFlight?.url === nav.url && inFlight.committed);
    const again = unshownWarningFor(nav);
    if (again && committed && (await loading(nav.tabId, again.warningUrl))) return;
    if (again) return ports.tabs.navigate(nav.tabId, again.warningUrl, { replace });
    const warningId = ports.randomId();
    const warningUrl = `${ports.pageUrl(SITE_WARNING_PAGE)}?w=${encodeURIComponent(warningId)}`;
    pending.set(nav.tabId, { url: nav.url, warningId, warningUrl, shown: false });
    // The store has the warning in memory at once; the tab goes while it is written to storage.
    performance.mark(SITE_WARNING_SENT_MARK);
    await Promise.all([
      ports.tabs.navigate(nav.tabId, warningUrl, { replace }),
      warnings.put({ warningId, tabId: nav.tabId, url: nav.url, site, verdict: 'dangerous', reasons: verdict.reasons, shownAt: ports.now() }),
    ]);
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
    if (interstitial && (committed || !mayBeDownload(nav.url))) return warn(nav, verdict, site, committed);
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
    onBeforeNavigate: (nav: Navigation): Promise<void> => {
      // A repeated report goes back to its warning at once, not behind the tab's queue: its
      // attempt may already have the site's response, and commits within milliseconds.
      const again = unshownWarningFor(nav);
      if (again) return ports.tabs.navigate(nav.tabId, again.warningUrl).catch((error: unknown) => ports.log(`page protection: ${String(error)}`));
      const entry = { url: nav.url, committed: false };
      if (nav.frameId === 0) judging.set(nav.tabId, entry);
      return inOrder(nav.tabId, () => {
        if (nav.frameId === 0 && !unshownWarningFor(nav)) pending.delete(nav.tabId);
        return handle(nav, false);
      }).finally(() => {
        if (judging.get(nav.tabId) === entry) judging.delete(nav.tabId);
      });
    },
    /** Also catches what onBeforeNavigate missed (a page restored from the back-forward cache,
     * a file-like address that turned out to be a page), and a dangerous site that committed
     * because the browser dropped the tab's way to its warning: it is sent there again. */
    onCommitted: (nav: Navigation) => {
      const inFlight = nav.frameId === 0 ? judging.get(nav.tabId) : undefined;
      if (inFlight?.url === nav.url) inFlight.committed = true;
      return inOrder(nav.tabId, () => handle(nav, true));
    },
    /** The warning page asked for its warning from its tab: it is on screen. */
    warningShown(tabId: number, warningId: string): void {
      const p = pending.get(tabId);
      if (p?.warningId === warningId) p.shown = true;
    },
    /** Resolves once every navigation received so far has been handled. */
    settled: async (): Promise<void> => void (await Promise.all(queues.values())),
    /** The site warning's "Go back": remember to step over the site if its page is in history. */
    leavingFrom(tabId: number, site: string): void {
      pending.delete(tabId);
      leaving.set(tabId, site);
    },
    forget(tabId: number): void {
      pending.delete(tabId);
      leaving.delete(tabId);
      judging.delete(tabId);
    },
  };
}

export type PageGuard = ReturnType<typeof createPageGuard>;
