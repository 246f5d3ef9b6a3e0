import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../shared/records.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings.ts';
import { SITE_WARNING_LOG_KEY } from '../../shared/site-warning-records.ts';
import { mayBeDownload } from './page-guard.ts';
import { EXTENSION_ORIGIN, fakeBrowser } from '../testing/fake-browser.ts';
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

  it.each([
    ['https://win12-download.example/files/Windows_12_Pro.iso', true],
    ['https://win12-download.example/setup.exe?x=1', true],
    ['https://win12-download.example/index.php', false],
    ['https://win12-download.example/windows-12', false],
    ['https://win12-download.example/', false],
    ['not a url', false],
  ])('%s may be a download: %s', (url, expected) => expect(mayBeDownload(url)).toBe(expected));
});
