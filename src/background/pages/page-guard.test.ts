import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../shared/records.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings.ts';
import { SITE_WARNING_LOG_KEY } from '../../shared/site-warning-records.ts';
import { mayBeDownload } from './page-guard.ts';
import { EXTENSION_ORIGIN, fakeBrowser, type FakeStorage } from '../testing/fake-browser.ts';
import { createBackground } from '../main.ts';
import { ownPage, startBackground, type Harness } from '../testing/flows.ts';

const LOOKALIKE = 'https://microsoft-software-download.example/windows-12-iso-download';
const SUSPICIOUS = 'https://xn--pple-43d.com/'; // mixed scripts in one label
const ORDINARY = 'https://blog.example.org/';

async function started(settings: Partial<Settings> = {}, managed?: Record<string, unknown>): Promise<Harness> {
  const b = fakeBrowser();
  await b.local.set({ [STORAGE_KEYS.settings]: { ...DEFAULT_SETTINGS, ...settings } });
  if (managed) Object.assign(b, { managed: { get: async () => managed, set: async () => undefined, remove: async () => undefined } });
  return startBackground(b);
}

/** The user opens `url` in tab 1: the browser's events for a page that loads. */
async function visit(h: Harness, url: string): Promise<string> {
  const tab = h.b.tabList.tabs[0]!;
  await h.b.tabList.navigate(1, url);
  await h.bg.onBeforeNavigate({ tabId: 1, frameId: 0, url });
  // The page commits only if ISO Guard did not send the tab elsewhere.
  if (tab.url === url) await h.bg.onCommitted({ tabId: 1, frameId: 0, url });
  return tab.url;
}

const warningId = (url: string): string => new URL(url).searchParams.get('w') ?? '';
const fromWarningTab = { ...ownPage, url: `${EXTENSION_ORIGIN}/src/ui/site-warning/index.html`, tab: { id: 1 } };

describe('page protection', () => {
  it('replaces a look-alike Microsoft site with the site warning, and logs only that warning', async () => {
    const h = await started();
    await visit(h, ORDINARY);
    const shown = await visit(h, LOOKALIKE);
    expect(shown.startsWith(`${EXTENSION_ORIGIN}/src/ui/site-warning/index.html?w=`)).toBe(true);
    const answer = await h.bg.onMessage({ type: 'site/get', warningId: warningId(shown) }, fromWarningTab);
    expect(answer).toMatchObject({ ok: true, data: { url: LOOKALIKE, site: 'microsoft-software-download.example', canContinue: true } });
    const log = (await h.b.local.get(SITE_WARNING_LOG_KEY))[SITE_WARNING_LOG_KEY] as { url: string }[];
    expect(log.map((e) => e.url)).toEqual([LOOKALIKE]);
  });

  /** The tab's history, with each warning address shortened to `warning <id>`. */
  const historyOf = (h: Harness): string[] =>
    (h.b.tabList.history.get(1) ?? []).map((u) => (u.includes('site-warning') ? `warning ${warningId(u)}` : u));
  const logged = async (h: Harness): Promise<number> => ((await h.b.local.get(SITE_WARNING_LOG_KEY))[SITE_WARNING_LOG_KEY] as unknown[]).length;
  /** Firefox moves the navigation to another process: it reports it again, and that attempt may
   * cancel the tab's way to the warning (then the site's page can commit). */
  const reportAgain = (h: Harness) => h.bg.onBeforeNavigate({ tabId: 1, frameId: 0, url: LOOKALIKE });
  const dropWarning = async (h: Harness) => {
    await h.b.tabList.goBack(1);
    await h.b.tabList.navigate(1, LOOKALIKE);
  };

  it.each([
    { when: 'before the first report is judged', steps: async (h: Harness) => void (await Promise.all([h.bg.onBeforeNavigate({ tabId: 1, frameId: 0, url: LOOKALIKE }), reportAgain(h)])) },
    { when: 'after the warning is on its way', steps: async (h: Harness) => (await h.bg.onBeforeNavigate({ tabId: 1, frameId: 0, url: LOOKALIKE }), await reportAgain(h)) },
    {
      when: 'and its attempt cancelled the way to the warning',
      steps: async (h: Harness) => (await h.bg.onBeforeNavigate({ tabId: 1, frameId: 0, url: LOOKALIKE }), await dropWarning(h), await reportAgain(h)),
    },
  ])('a navigation reported twice $when shows one warning, once in history and in the log', async ({ steps }) => {
    const h = await started();
    await visit(h, ORDINARY);
    await h.b.tabList.navigate(1, LOOKALIKE);
    await steps(h);
    const id = warningId(h.b.tabList.tabs[0]!.url);
    expect(historyOf(h).slice(1)).toEqual([ORDINARY, LOOKALIKE, `warning ${id}`]);
    expect(await logged(h)).toBe(1);
  });

  it('a site whose page commits after the browser dropped its warning is sent there again, in place of the site', async () => {
    const h = await started();
    await visit(h, ORDINARY);
    await h.b.tabList.navigate(1, LOOKALIKE);
    await h.bg.onBeforeNavigate({ tabId: 1, frameId: 0, url: LOOKALIKE });
    const id = warningId(h.b.tabList.tabs[0]!.url);
    await dropWarning(h);
    await h.bg.onCommitted({ tabId: 1, frameId: 0, url: LOOKALIKE });
    expect(h.b.tabList.tabs[0]!.url).toContain(`site-warning/index.html?w=${id}`);
    // Firefox puts the warning in the site's own history entry (loadReplace): Back skips the site.
    expect(historyOf(h).slice(1)).toEqual([ORDINARY, `warning ${id}`]);
    expect(await logged(h)).toBe(1);
  });

  it('a site whose page commits while Chrome is still loading its warning is not sent there again: the warning loads once', async () => {
    const h = await started();
    await visit(h, ORDINARY);
    await h.b.tabList.navigate(1, LOOKALIKE);
    await h.bg.onBeforeNavigate({ tabId: 1, frameId: 0, url: LOOKALIKE });
    const tab = h.b.tabList.tabs[0]!;
    const warningUrl = tab.url;
    // Chrome: the site's response was in; its page commits, and the warning is still loading.
    Object.assign(tab, { url: LOOKALIKE, pendingUrl: warningUrl });
    await h.bg.onCommitted({ tabId: 1, frameId: 0, url: LOOKALIKE });
    expect(h.b.tabList.loads.filter((u) => u === warningUrl)).toHaveLength(1);
    expect(tab.pendingUrl).toBe(warningUrl);
    expect(await logged(h)).toBe(1);
  });

  it('a page that commits while its navigation is still being judged gives its history entry to the warning', async () => {
    const h = await started();
    await visit(h, ORDINARY);
    // A busy worker: the site's page is in the tab before the first event's judgement is done.
    await h.b.tabList.navigate(1, LOOKALIKE);
    const before = h.bg.onBeforeNavigate({ tabId: 1, frameId: 0, url: LOOKALIKE });
    const committed = h.bg.onCommitted({ tabId: 1, frameId: 0, url: LOOKALIKE });
    await Promise.all([before, committed]);
    const id = warningId(h.b.tabList.tabs[0]!.url);
    expect(historyOf(h).slice(1)).toEqual([ORDINARY, `warning ${id}`]);
    expect(await logged(h)).toBe(1);
  });

  it.each([
    { asker: 'its own tab', sender: fromWarningTab, judgedAgain: true },
    { asker: 'another tab', sender: { ...fromWarningTab, tab: { id: 7 } }, judgedAgain: false },
  ])('once the warning page asked from $asker, the same address again is judged again: $judgedAgain', async ({ sender, judgedAgain }) => {
    const h = await started();
    const first = warningId(await visit(h, LOOKALIKE));
    await h.bg.onMessage({ type: 'site/get', warningId: first }, sender);
    const again = warningId(await visit(h, LOOKALIKE));
    expect(again !== first).toBe(judgedAgain);
    expect(await logged(h)).toBe(judgedAgain ? 2 : 1);
  });

  it('leaves ordinary pages alone and keeps nothing about them', async () => {
    const h = await started();
    expect(await visit(h, ORDINARY)).toBe(ORDINARY);
    expect(h.b.tabBadges.size).toBe(0);
    expect([...h.b.localArea.data.keys()]).toEqual([STORAGE_KEYS.settings]);
    expect([...h.b.sessionArea.data.keys()]).toEqual([]);
  });

  it('badges a suspicious site without an interstitial', async () => {
    const h = await started();
    expect(await visit(h, SUSPICIOUS)).toBe(SUSPICIOUS);
    expect(h.b.tabBadges.get(1)).toBe('!');
  });

  it.each([
    { mode: 'badge' as const, url: LOOKALIKE, badge: '!' },
    { mode: 'off' as const, url: LOOKALIKE, badge: undefined },
    { mode: 'off' as const, url: SUSPICIOUS, badge: undefined },
  ])('in mode $mode, $url loads with badge $badge', async ({ mode, url, badge }) => {
    const h = await started({ pageProtection: mode });
    expect(await visit(h, url)).toBe(url);
    expect(h.b.tabBadges.get(1)).toBe(badge);
  });

  it('a policy that forces page protection wins over the off switch', async () => {
    const h = await started({ pageProtection: 'off' }, { forcePageProtection: true });
    expect(await visit(h, LOOKALIKE)).toContain('site-warning');
  });

  it('Continue opens the site and remembers it for the session; Go back steps over it', async () => {
    const h = await started();
    await visit(h, ORDINARY);
    const shown = await visit(h, LOOKALIKE);
    const refused = await h.bg.onMessage({ type: 'site/continue', warningId: warningId(shown) }, fromWarningTab);
    expect(refused.ok).toBe(false);
    const answer = await h.bg.onMessage({ type: 'site/continue', warningId: warningId(shown), confirm: true }, fromWarningTab);
    expect(answer).toEqual({ ok: true, data: { continued: true } });
    expect(h.b.tabList.tabs[0]!.url).toBe(LOOKALIKE);
    expect(await visit(h, `${LOOKALIKE}?again`)).toBe(`${LOOKALIKE}?again`);
  });

  it('Go back returns to the page before the site, stepping over the site if it is in history', async () => {
    const h = await started();
    await visit(h, ORDINARY);
    const shown = await visit(h, LOOKALIKE);
    expect(await h.bg.onMessage({ type: 'site/back', warningId: warningId(shown) }, fromWarningTab)).toEqual({ ok: true, data: { back: true } });
    // Here the site's page had committed before the warning replaced it, so it is one step back.
    expect(h.b.tabList.tabs[0]!.url).toBe(LOOKALIKE);
    await h.bg.onBeforeNavigate({ tabId: 1, frameId: 0, url: LOOKALIKE });
    expect(h.b.tabList.tabs[0]!.url).toBe(ORDINARY);
  });

  it('refuses Continue forged by a web page, from another tab, or forbidden by policy', async () => {
    const h = await started({}, { forbidContinueToSite: true });
    const shown = await visit(h, LOOKALIKE);
    const request = { type: 'site/continue', warningId: warningId(shown), confirm: true };
    const web = await h.bg.onMessage(request, { id: undefined, origin: 'https://microsoft-software-download.example', url: LOOKALIKE, tab: { id: 1 } });
    const otherTab = await h.bg.onMessage(request, { ...fromWarningTab, tab: { id: 7 } });
    const forbidden = await h.bg.onMessage(request, fromWarningTab);
    expect([web, otherTab, forbidden].map((a) => a.ok)).toEqual([false, false, false]);
    expect(forbidden).toMatchObject({ refusal: 'continue-forbidden' });
    expect(await h.bg.onMessage({ type: 'site/get', warningId: warningId(shown) }, fromWarningTab)).toMatchObject({ data: { canContinue: false } });
    expect(await visit(h, LOOKALIKE)).toContain('site-warning');
  });

  it('a corrupt page protection setting falls back to the default (warn)', async () => {
    const h = await started({ pageProtection: 'sometimes' as Settings['pageProtection'] });
    expect(await visit(h, LOOKALIKE)).toContain('site-warning');
  });

  it('a navigation that wakes the worker is judged before the start-up reconcile', async () => {
    const b = fakeBrowser();
    const order: string[] = [];
    const search = b.downloadList.search;
    b.downloadList.search = (query) => (order.push('reconcile'), search(query));
    const navigate = b.tabList.navigate.bind(b.tabList);
    b.tabList.navigate = (tabId, url) => (order.push(url.includes('site-warning') ? 'warning' : 'page'), navigate(tabId, url));
    await b.tabList.navigate(1, LOOKALIKE);
    const bg = createBackground(b, { chromeFlow: true });
    const start = bg.start();
    await bg.onBeforeNavigate({ tabId: 1, frameId: 0, url: LOOKALIKE });
    await start;
    expect(order.filter((o) => o !== 'page').slice(0, 2)).toEqual(['warning', 'reconcile']);
  });

  it('the warning page finds its warning while storage is still writing it', async () => {
    const h = await started();
    const session = h.b.session as FakeStorage;
    const write = session.set;
    let release: () => void = () => undefined;
    const stalled = new Promise<void>((resolve) => (release = resolve));
    session.set = async (items) => {
      await stalled;
      return write(items);
    };
    await h.b.tabList.navigate(1, LOOKALIKE);
    const judged = h.bg.onBeforeNavigate({ tabId: 1, frameId: 0, url: LOOKALIKE });
    while (!h.b.tabList.tabs[0]!.url.includes('site-warning')) await new Promise((r) => setTimeout(r, 1));
    const answer = await h.bg.onMessage({ type: 'site/get', warningId: warningId(h.b.tabList.tabs[0]!.url) }, fromWarningTab);
    expect(answer).toMatchObject({ ok: true, data: { url: LOOKALIKE } });
    release();
    await judged;
    expect([...session.data.keys()].some((k) => k.startsWith('sitewarn:'))).toBe(true);
  });

  it.each([
    ['https://win12-download.example/files/Windows_12_Pro.iso', true],
    ['https://win12-download.example/setup.exe?x=1', true],
    ['https://win12-download.example/index.php', false],
    ['https://win12-download.example/windows-12', false],
    ['https://win12-download.example/', false],
    ['not a url', false],
  ])('%s may be a download: %s', (url, expected) => expect(mayBeDownload(url)).toBe(expected));
});
