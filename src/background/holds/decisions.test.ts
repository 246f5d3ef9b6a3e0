import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../shared/records.ts';
import { DEFAULT_SETTINGS, DOMAIN_LIST_LIMIT } from '../../shared/settings.ts';
import { chromeDownload, holdIdFromTab, ownPage, startBackground, type Harness } from '../testing/flows.ts';

const DANGEROUS = { url: 'https://win12-download.example/files/Windows_12_Pro_x64.iso', filename: 'Windows_12_Pro_x64.iso' };
// An official Windows name from a host that is not Microsoft's, with no stronger signal.
const SUSPICIOUS = { url: 'https://mirror.example.net/isos/Win11_24H2_English_x64.iso', filename: 'Win11_24H2_English_x64.iso', totalBytes: 5_800_000_000 };

async function held(h: Harness, input: typeof DANGEROUS) {
  const d = await chromeDownload(h, input);
  const holdId = holdIdFromTab(h.b.tabList.tabs.at(-1)!.url);
  return { ...d, holdId };
}

const history = async (h: Harness) => (await h.b.local.get(STORAGE_KEYS.history))[STORAGE_KEYS.history] as { decision: string }[];

describe('decisions from the warning page', () => {
  it('cancel: cancels, erases from the list, and records it', async () => {
    const h = await startBackground();
    const { id, holdId } = await held(h, DANGEROUS);
    const answer = await h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'cancel' }, ownPage);
    expect(answer).toEqual({ ok: true, data: { decided: 'cancel' } });
    expect(h.b.downloadList.items.has(id)).toBe(false);
    expect((await history(h))[0]).toMatchObject({ decision: 'cancel', verdict: 'dangerous' });
    expect(h.b.badgeState.text).toBe('');
  });

  it('proceeding with a dangerous download needs the deliberate second step', async () => {
    const h = await startBackground();
    const { id, holdId } = await held(h, DANGEROUS);
    const first = await h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'proceed' }, ownPage);
    expect(first.ok).toBe(false);
    expect(h.b.downloadList.get(id).paused).toBe(true);
    const second = await h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'proceed', confirmDangerous: true }, ownPage);
    expect(second.ok).toBe(true);
    expect(h.b.downloadList.get(id).paused).toBe(false);
  });

  it('a decision is taken once', async () => {
    const h = await startBackground();
    const { holdId } = await held(h, DANGEROUS);
    const [a, b] = await Promise.all([
      h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'proceed', confirmDangerous: true }, ownPage),
      h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'cancel' }, ownPage),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
  });

  it('trust this site remembers the registrable domain, and its next download passes', async () => {
    const h = await startBackground();
    const { id, holdId } = await held(h, SUSPICIOUS);
    const view = await h.bg.onMessage({ type: 'hold/get', holdId }, ownPage);
    expect(view).toMatchObject({ ok: true, data: { verdict: 'suspicious', site: 'example.net' } });
    const answer = await h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'proceed', trustSite: true }, ownPage);
    expect(answer.ok).toBe(true);
    expect(h.b.downloadList.get(id).paused).toBe(false);
    expect((await h.b.local.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings]).toMatchObject({ allowlist: ['example.net'] });
    await h.bg.onConfigChanged();
    const next = await chromeDownload(h, { ...SUSPICIOUS, url: `${SUSPICIOUS.url}?again` });
    expect(h.b.downloadList.get(next.id).paused).toBe(false);
  });

  it('trusting a site never writes over settings it cannot read, nor past the allowlist limit; the download still goes on', async () => {
    for (const stored of [
      { version: 1, protection: 'on', allowlist: ['mine.example'], blocklist: 'not a list' },
      { ...DEFAULT_SETTINGS, allowlist: Array.from({ length: DOMAIN_LIST_LIMIT }, (_, i) => `site${i}.example`) },
    ]) {
      const h = await startBackground();
      await h.b.local.set({ [STORAGE_KEYS.settings]: stored });
      await h.bg.onConfigChanged();
      const { id, holdId } = await held(h, SUSPICIOUS);
      const answer = await h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'proceed', trustSite: true }, ownPage);
      expect(answer.ok).toBe(true);
      expect(h.b.downloadList.get(id).paused).toBe(false);
      expect((await h.b.local.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings]).toEqual(stored);
      const [entry] = (await h.b.local.get(STORAGE_KEYS.history))[STORAGE_KEYS.history] as { trustedSite?: boolean }[];
      expect(entry?.trustedSite).toBeUndefined();
    }
  });

  it('says why a decision is refused, as a code the page can put in the user language', async () => {
    const h = await startBackground();
    const { holdId } = await held(h, DANGEROUS);
    expect(await h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'proceed' }, ownPage)).toMatchObject({ ok: false, refusal: 'needs-confirmation' });
    await h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'cancel' }, ownPage);
    expect(await h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'cancel' }, ownPage)).toMatchObject({ ok: false, refusal: expect.stringMatching(/already-decided|hold-gone/) });
  });

  it('a dangerous site cannot be trusted', async () => {
    const h = await startBackground();
    const { holdId } = await held(h, DANGEROUS);
    const answer = await h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'proceed', confirmDangerous: true, trustSite: true }, ownPage);
    expect(answer.ok).toBe(false);
  });
});

describe('messages', () => {
  it.each([
    { desc: 'a web page', sender: { url: 'https://evil.example/', origin: 'https://evil.example' } },
    { desc: 'another extension', sender: { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', origin: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' } },
    { desc: 'our id from a web origin (a content script)', sender: { id: ownPage.id, origin: 'https://evil.example', url: 'https://evil.example/' } },
  ])('refuses $desc, acting on nothing', async ({ sender }) => {
    const h = await startBackground();
    const { id, holdId } = await held(h, DANGEROUS);
    const answer = await h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'proceed', confirmDangerous: true }, sender);
    expect(answer.ok).toBe(false);
    expect(h.b.downloadList.get(id).paused).toBe(true);
    expect(h.b.logs.some((l) => l.startsWith('refused a message'))).toBe(true);
  });

  it.each([
    { desc: 'no type', message: {} },
    { desc: 'an unknown type', message: { type: 'downloads/open', id: 1 } },
    { desc: 'a malformed hold id', message: { type: 'hold/get', holdId: '../../etc' } },
    { desc: 'a string', message: 'hold/decide' },
    { desc: 'null', message: null },
  ])('answers $desc with an error value', async ({ message }) => {
    const h = await startBackground();
    const answer = await h.bg.onMessage(message, ownPage);
    expect(answer.ok).toBe(false);
  });

  it('an unknown hold id gets a clear message', async () => {
    const h = await startBackground();
    const answer = await h.bg.onMessage({ type: 'hold/get', holdId: '00000000-0000-4000-8000-999999999999' }, ownPage);
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(/no longer valid/) });
  });

  it('records a report in the local log', async () => {
    const h = await startBackground();
    await h.bg.onMessage({ type: 'report/record', url: 'https://win12-download.example/x', to: 'microsoft', from: 'warning' }, ownPage);
    expect((await h.b.local.get(STORAGE_KEYS.reports))[STORAGE_KEYS.reports]).toMatchObject([{ site: 'win12-download.example', to: 'microsoft' }]);
    const bad = await h.bg.onMessage({ type: 'report/record', url: 'javascript:alert(1)', to: 'google', from: 'popup' }, ownPage);
    expect(bad.ok).toBe(false);
  });
});
