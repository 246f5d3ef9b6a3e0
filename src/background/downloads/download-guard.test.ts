import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../shared/records.ts';
import { createBackground } from '../main.ts';
import { fakeBrowser } from '../testing/fake-browser.ts';
import { chromeDownload, flush, holdIdFromTab, ownPage, startBackground, type Harness } from '../testing/flows.ts';

const LURE = { url: 'https://win12-download.example/files/Windows_12_Pro_x64_Activated.iso', filename: 'Windows_12_Pro_x64_Activated.iso', referrer: 'https://win12-download.example/' };
const CD_LURE = { url: 'https://files.lure.example/get?id=7', filename: 'Windows12_SuperLite_x64.iso', referrer: 'https://files.lure.example/' };
const OFFICIAL = { url: 'https://software.download.prss.microsoft.com/dbazure/Win11_24H2_English_x64.iso?t=x', filename: 'Win11_24H2_English_x64.iso', totalBytes: 5_800_000_000 };
const UBUNTU = { url: 'https://releases.ubuntu.com/24.04/ubuntu-24.04.3-desktop-amd64.iso', filename: 'ubuntu-24.04.3-desktop-amd64.iso' };
const PDF = { url: 'https://docs.example.org/manual.pdf', filename: 'manual.pdf', mime: 'application/pdf' };

describe('the Chrome flow', () => {
  it('holds a Windows 12 lure: paused from onCreated, a pending hold, one warning tab, the badge', async () => {
    const h = await startBackground();
    const d = await chromeDownload(h, LURE);
    expect(d.pausedAfterCreated).toBe(true);
    expect(h.b.downloadList.get(d.id).paused).toBe(true);
    const warning = h.b.tabList.tabs.at(-1)!;
    expect(warning.url).toMatch(/^chrome-extension:\/\/\w+\/src\/ui\/warning\/index\.html\?hold=[0-9a-f-]{36}$/);
    expect(warning.index).toBe(1);
    expect(h.b.badgeState.text).toBe('1');
    const view = await h.bg.onMessage({ type: 'hold/get', holdId: holdIdFromTab(warning.url) }, ownPage);
    expect(view).toMatchObject({ ok: true, data: { verdict: 'dangerous', filename: LURE.filename, site: 'win12-download.example', state: 'pending' } });
  });

  it('holds a lure named only by Content-Disposition before suggest is called', async () => {
    const h = await startBackground();
    const d = await chromeDownload(h, CD_LURE);
    // Its URL names no file, so it is paused before its name is known.
    expect(d.pausedAfterCreated).toBe(true);
    expect(d.pausedBeforeSuggest).toBe(true);
    expect(h.b.downloadList.get(d.id).paused).toBe(true);
    expect(h.b.badgeState.text).toBe('1');
    // Chrome is not told the name until the user decides, so it cannot complete meanwhile.
    expect(d.suggested()).toBe(false);
    const holdId = holdIdFromTab(h.b.tabList.tabs.at(-1)!.url);
    await h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'cancel' }, ownPage);
    expect(d.suggested()).toBe(true);
  });

  it('pauses an opaque URL until its name is known, then resumes a harmless one', async () => {
    const h = await startBackground();
    const d = await chromeDownload(h, { url: 'https://files.example.org/get?id=9', mime: 'application/octet-stream', filename: 'report.pdf' });
    expect(d.pausedAfterCreated).toBe(true);
    expect(d.suggested()).toBe(true);
    expect(h.b.downloadList.get(d.id).paused).toBe(false);
  });

  it('deletes a held file that completed anyway (the worker was stopped with every byte in), and keeps it held', async () => {
    const h = await startBackground();
    const d = await chromeDownload(h, CD_LURE);
    Object.assign(h.b.downloadList.get(d.id), { state: 'complete', paused: false });
    await h.bg.onChanged({ id: d.id, state: { current: 'complete' } });
    expect(h.b.downloadList.get(d.id).exists).toBe(false);
    expect(h.b.badgeState.text).toBe('1');
  });

  it.each([
    { desc: 'the official Windows 11 ISO', input: OFFICIAL, verdict: 'official' },
    { desc: 'an Ubuntu ISO', input: UBUNTU, verdict: 'unknown' },
  ])('lets $desc through and records it', async ({ input, verdict }) => {
    const h = await startBackground();
    const d = await chromeDownload(h, input);
    expect(h.b.downloadList.get(d.id).paused).toBe(false);
    expect(h.b.tabList.tabs).toHaveLength(1);
    const history = (await h.b.local.get(STORAGE_KEYS.history))[STORAGE_KEYS.history];
    expect(history).toMatchObject([{ decision: 'passed', verdict }]);
  });

  it('never touches a plain PDF', async () => {
    const h = await startBackground();
    const d = await chromeDownload(h, PDF);
    expect(d.pausedAfterCreated || d.pausedBeforeSuggest).toBe(false);
    expect(d.suggested()).toBe(true);
    expect((await h.b.local.get(STORAGE_KEYS.history))[STORAGE_KEYS.history]).toBeUndefined();
  });

  it('groups 20 lures started together into one warning tab, holding every one', async () => {
    const h = await startBackground();
    const all = await Promise.all(Array.from({ length: 20 }, (_, i) => chromeDownload(h, { ...LURE, url: `${LURE.url}?n=${i}` })));
    expect(all.every((d) => h.b.downloadList.get(d.id).paused)).toBe(true);
    expect(h.b.tabList.tabs).toHaveLength(2);
    expect(h.b.badgeState.text).toBe('20');
    const list = await h.bg.onMessage({ type: 'hold/list' }, ownPage);
    expect(list.ok && list.data).toHaveLength(20);
  });

  it('lets everything through while protection is paused', async () => {
    const h = await startBackground();
    await h.b.local.set({ [STORAGE_KEYS.settings]: { version: 1, protection: 'paused' } });
    await h.bg.onConfigChanged();
    const d = await chromeDownload(h, LURE);
    await flush();
    expect(h.b.downloadList.get(d.id).paused).toBe(false);
    expect(h.b.badgeState.text).toBe('OFF');
  });

  it('pauses a resumed held download again even when the browser cannot be asked about it', async () => {
    const h = await startBackground();
    const d = await chromeDownload(h, LURE);
    h.b.downloadList.get(d.id).paused = false;
    h.b.downloadList.search = () => Promise.reject(new Error('search failed'));
    await h.bg.onChanged({ id: d.id, paused: { current: false } });
    expect(h.b.downloadList.get(d.id).paused).toBe(true);
    expect(h.b.badgeState.text).toBe('1');
  });

  it('drops the hold when the user cancels the download in Chrome\'s own list (Chrome pauses without cancelling)', async () => {
    const h = await startBackground();
    const d = await chromeDownload(h, LURE);
    await h.b.downloadList.cancel(d.id);
    await h.bg.onChanged({ id: d.id, state: { current: 'interrupted' } });
    expect(h.b.badgeState.text).toBe('');
    expect((await h.b.local.get(STORAGE_KEYS.history)).history).toMatchObject([{ decision: 'removed' }]);
  });

  it('pauses again a held download that something else resumed', async () => {
    const h = await startBackground();
    const d = await chromeDownload(h, LURE);
    h.b.downloadList.get(d.id).paused = false;
    await h.bg.onChanged({ id: d.id, paused: { current: false } });
    expect(h.b.downloadList.get(d.id).paused).toBe(true);
  });
});

describe('the Firefox flow (no onDeterminingFilename)', () => {
  it('judges in onCreated, where the name is already known, and holds', async () => {
    const h = await startBackground(undefined, false);
    const item = h.b.downloadList.start({ ...LURE, filename: `/home/user/Downloads/${LURE.filename}` });
    h.bg.onCreated(item);
    expect(h.b.downloadList.get(item.id).paused).toBe(true);
    await flush();
    expect(h.b.badgeState.text).toBe('1');
    expect(h.b.tabList.tabs).toHaveLength(2);
  });

  it('leaves an official ISO and a PDF running', async () => {
    const h = await startBackground(undefined, false);
    for (const input of [OFFICIAL, PDF]) {
      const item = h.b.downloadList.start({ ...input, filename: `/home/user/Downloads/${input.filename}` });
      h.bg.onCreated(item);
      await flush();
      expect(h.b.downloadList.get(item.id).paused).toBe(false);
    }
    expect(h.b.tabList.tabs).toHaveLength(1);
  });
});

describe('storage limits', () => {
  it('keeps at most 2 KB of an address in the history, however long the URL', async () => {
    const h = await startBackground();
    const huge = `https://releases.ubuntu.com/24.04/ubuntu-24.04.3-desktop-amd64.iso?${'x'.repeat(200_000)}`;
    await chromeDownload(h, { ...UBUNTU, url: huge, referrer: huge });
    const [entry] = (await h.b.local.get(STORAGE_KEYS.history))[STORAGE_KEYS.history] as { url: string; referrer: string }[];
    expect(entry?.url).toHaveLength(2048);
    expect(entry?.url.endsWith('…')).toBe(true);
    expect(entry?.referrer).toHaveLength(2048);
  });

  it('stops a download it cannot hold because storage is full, and says so, rather than leave it unguarded', async () => {
    const h = await startBackground();
    h.b.sessionArea.quotaBytes = 100;
    const d = await chromeDownload(h, LURE);
    expect(h.b.downloadList.get(d.id).state).toBe('interrupted');
    expect(h.b.shown).toMatchObject([{ title: 'notify_unheld_title', message: `notify_unheld_message ${LURE.filename}` }]);
  });
});

describe('Firefox: a download it pauses reads "interrupted"', () => {
  const firefox = (): Promise<Harness> => startBackground(fakeBrowser({ firefox: true }), false);
  async function holdLure(h: Harness): Promise<{ id: number; holdId: string }> {
    const item = h.b.downloadList.start({ ...LURE, filename: `/home/user/Downloads/${LURE.filename}` });
    h.bg.onCreated(item);
    await flush();
    return { id: item.id, holdId: holdIdFromTab(h.b.tabList.tabs.at(-1)!.url) };
  }

  it('keeps the hold through the event of its own pause, pauses a resume from the Downloads panel again, and resumes on "download anyway"', async () => {
    const h = await firefox();
    const { id, holdId } = await holdLure(h);
    expect(h.b.downloadList.get(id)).toMatchObject({ state: 'interrupted', paused: true });
    await h.bg.onChanged({ id, state: { current: 'interrupted' }, paused: { current: true } });
    expect(h.b.badgeState.text).toBe('1');
    expect(await h.bg.onMessage({ type: 'hold/get', holdId }, ownPage)).toMatchObject({ ok: true, data: { state: 'pending' } });

    await h.b.downloadList.resume(id); // the user, in Firefox's Downloads panel
    await h.bg.onChanged({ id, state: { current: 'in_progress' }, paused: { current: false } });
    expect(h.b.downloadList.get(id)).toMatchObject({ state: 'interrupted', paused: true });

    const answer = await h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'proceed', confirmDangerous: true }, ownPage);
    expect(answer).toMatchObject({ ok: true });
    expect(h.b.downloadList.get(id)).toMatchObject({ state: 'in_progress', paused: false });
  });

  it('keeps the hold of a download stopped for good (a pause at 0 bytes reads like a Cancel from the Downloads panel); its warning still decides', async () => {
    const h = await firefox();
    const { id, holdId } = await holdLure(h);
    await h.b.downloadList.cancel(id);
    await h.bg.onChanged({ id, paused: { current: false } }); // the state was `interrupted` already
    expect(h.b.badgeState.text).toBe('1');
    await createBackground(h.b, { chromeFlow: false }).start();
    expect(h.b.badgeState.text).toBe('1');
    expect(await h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'cancel' }, ownPage)).toMatchObject({ ok: true });
    expect(h.b.badgeState.text).toBe('');
  });

  it('holds again a lure stopped at 0 bytes whose hold was lost (runtime.reload() empties storage.session) when it is retried from the Downloads panel', async () => {
    const h = await firefox();
    const { id } = await holdLure(h);
    await h.b.downloadList.cancel(id); // Firefox's pause before the first byte
    h.b.sessionArea.data.clear();
    await createBackground(h.b, { chromeFlow: false }).start();
    expect(h.b.badgeState.text).toBe('');
    Object.assign(h.b.downloadList.get(id), { state: 'in_progress', paused: false }); // the user's retry
    await h.bg.onChanged({ id, state: { current: 'in_progress' } });
    expect(h.b.downloadList.get(id)).toMatchObject({ state: 'interrupted', paused: true });
    expect(h.b.badgeState.text).toBe('1');
    expect(h.b.tabList.tabs.at(-1)!.url).toContain('warning');
  });

  it('erasing it from the Downloads panel drops the hold, recorded as removed', async () => {
    const h = await firefox();
    const { id } = await holdLure(h);
    await h.b.downloadList.erase(id);
    await h.bg.onErased(id);
    expect(h.b.badgeState.text).toBe('');
    expect((await h.b.local.get(STORAGE_KEYS.history)).history).toMatchObject([{ decision: 'removed' }]);
  });

  it('keeps a pending hold across an event-page restart, and holds a paused download it had not recorded yet', async () => {
    const h = await firefox();
    const { id, holdId } = await holdLure(h);
    const unrecorded = h.b.downloadList.start({ url: 'https://win12.example/Windows12_Lite.iso', filename: '/home/user/Downloads/Windows12_Lite.iso' });
    await h.b.downloadList.pause(unrecorded.id); // paused, then the event page stopped before the hold was written
    const restarted = createBackground(h.b, { chromeFlow: false });
    await restarted.start();
    expect(h.b.badgeState.text).toBe('2');
    expect(await restarted.onMessage({ type: 'hold/get', holdId }, ownPage)).toMatchObject({ ok: true, data: { state: 'pending' } });
    expect(h.b.downloadList.get(id)).toMatchObject({ state: 'interrupted', paused: true });
  });
});
