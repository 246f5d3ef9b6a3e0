import { describe, expect, it } from 'vitest';
import { createBackground } from '../main.ts';
import { fakeBrowser } from '../testing/fake-browser.ts';
import { chromeDownload, flush, holdIdFromTab, ownPage, startBackground, type Harness } from '../testing/flows.ts';

// A 100 KB lure named only by Content-Disposition, served at full speed.
const CD_LURE = { url: 'https://files.lure.example/get?id=7', referrer: 'https://files.lure.example/', totalBytes: 102_400 };
const NAME = 'Windows12_SuperLite_x64.iso';
const PATH = `/home/user/Downloads/${NAME}`;

const firefox = (): Promise<Harness> => startBackground(fakeBrowser({ firefox: true }), false);
const holdIdOf = (h: Harness): string => holdIdFromTab(h.b.tabList.tabs.at(-1)!.url);
const complete = (h: Harness, id: number): void => void Object.assign(h.b.downloadList.get(id), { state: 'complete', paused: false, bytesReceived: 102_400 });
const proceed = (h: Harness, holdId: string) => h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'proceed', confirmDangerous: true }, ownPage);
const view = (h: Harness, holdId: string) => h.bg.onMessage({ type: 'hold/get', holdId }, ownPage);

/** Firefox's order when the file wins the race: onCreated (in progress), but every byte lands before the pause. */
async function lureThatBeatThePause(h: Harness): Promise<number> {
  const item = h.b.downloadList.start({ ...CD_LURE, filename: PATH });
  complete(h, item.id);
  h.bg.onCreated(item);
  await flush();
  return item.id;
}

describe('a held lure that completes before its pause lands (Firefox)', () => {
  it('removes the file at once, without waiting for the completion event, and keeps the hold and its warning', async () => {
    const h = await firefox();
    const id = await lureThatBeatThePause(h);
    expect(h.b.downloadList.get(id).exists).toBe(false);
    expect(h.b.badgeState.text).toBe('1');
    expect(await view(h, holdIdOf(h))).toMatchObject({ ok: true, data: { state: 'pending', quarantined: true, filename: NAME } });
    await h.bg.onChanged({ id, state: { current: 'complete' } });
    expect(await view(h, holdIdOf(h))).toMatchObject({ ok: true, data: { state: 'pending' } });
  });

  it('when Firefox reports it complete already in onCreated, it is still judged and its file removed; an old finished entry is left alone', async () => {
    const h = await firefox();
    const now = new Date(h.b.now()).toISOString();
    const item = h.b.downloadList.start({ ...CD_LURE, filename: PATH, startTime: now });
    complete(h, item.id);
    h.bg.onCreated({ ...item, state: 'complete' });
    await flush();
    expect(h.b.downloadList.get(item.id).exists).toBe(false);
    expect(h.b.badgeState.text).toBe('1');
    const old = h.b.downloadList.start({ ...CD_LURE, filename: PATH, startTime: new Date(h.b.now() - 86_400_000).toISOString() });
    complete(h, old.id);
    h.bg.onCreated({ ...old, state: 'complete' });
    await flush();
    expect(h.b.downloadList.get(old.id).exists).toBe(true);
  });

  it('removes the file before storing the hold or opening the warning, once, though Firefox keeps `exists` true after removeFile', async () => {
    const h = await firefox();
    const seen: { warnings: number; holds: number }[] = [];
    let onDisk = true;
    h.b.downloadList.removeFile = async (id) => {
      seen.push({ warnings: h.b.tabList.tabs.filter((t) => t.url.includes('warning')).length, holds: Object.keys(await h.b.session.get(null)).length });
      if (!onDisk) throw new Error(`Could not remove download id ${id} because the file doesn't exist`);
      onDisk = false;
    };
    const id = await lureThatBeatThePause(h);
    await h.bg.onChanged({ id, state: { current: 'complete' } });
    for (let i = 0; i < 3; i++) {
      h.b.runTimers();
      await flush();
    }
    expect(onDisk).toBe(false);
    expect(seen).toEqual([{ warnings: 0, holds: 0 }]);
    expect(h.b.tabList.tabs.filter((t) => t.url.includes('warning'))).toHaveLength(1);
    expect(await view(h, holdIdOf(h))).toMatchObject({ ok: true, data: { state: 'pending', quarantined: true } });
  });

  it('tries again when Firefox refuses to remove the file right after completion', async () => {
    const h = await firefox();
    const remove = h.b.downloadList.removeFile;
    let refusals = 2;
    h.b.downloadList.removeFile = (id) => (refusals-- > 0 ? Promise.reject(new Error(`Could not remove download id ${id} because the file doesn't exist`)) : remove(id));
    const id = await lureThatBeatThePause(h);
    expect(h.b.downloadList.get(id).exists).toBe(true);
    for (let i = 0; i < 3; i++) {
      h.b.runTimers();
      await flush();
    }
    expect(h.b.downloadList.get(id).exists).toBe(false);
    expect(h.b.badgeState.text).toBe('1');
  });

  it('"Download anyway" fetches it again under its real name, as ISO Guard\'s own download', async () => {
    const h = await firefox();
    const id = await lureThatBeatThePause(h);
    expect(await proceed(h, holdIdOf(h))).toMatchObject({ ok: true });
    expect(h.b.downloadList.items.has(id)).toBe(false);
    const again = [...h.b.downloadList.items.values()];
    expect(again).toMatchObject([{ url: CD_LURE.url, filename: `/downloads/${NAME}`, state: 'in_progress', paused: false }]);
    h.bg.onCreated(again[0]!);
    expect(h.b.downloadList.get(again[0]!.id).paused).toBe(false);
  });

  it('Cancel leaves no file and no hold', async () => {
    const h = await firefox();
    const id = await lureThatBeatThePause(h);
    expect(await h.bg.onMessage({ type: 'hold/decide', holdId: holdIdOf(h), decision: 'cancel' }, ownPage)).toMatchObject({ ok: true });
    expect(h.b.downloadList.items.get(id)?.exists ?? false).toBe(false);
    expect(h.b.badgeState.text).toBe('');
  });

  it('a held download that completes later (its pause came too late) loses its file and stays held', async () => {
    const h = await firefox();
    const item = h.b.downloadList.start({ ...CD_LURE, filename: PATH });
    h.bg.onCreated(item);
    await flush();
    complete(h, item.id); // e.g. resumed and finished while the event page was busy
    await h.bg.onChanged({ id: item.id, state: { current: 'complete' } });
    expect(h.b.downloadList.get(item.id).exists).toBe(false);
    expect(await view(h, holdIdOf(h))).toMatchObject({ ok: true, data: { state: 'pending', quarantined: true } });
  });
});

describe('Firefox: a held download paused before its first byte reads as cancelled and cannot be resumed', () => {
  it('stays held (also across a restart), and "Download anyway" fetches it again', async () => {
    const h = await firefox();
    const item = h.b.downloadList.start({ ...CD_LURE, filename: PATH });
    h.bg.onCreated(item);
    await flush();
    Object.assign(h.b.downloadList.get(item.id), { state: 'interrupted', paused: false, bytesReceived: 0 }); // Firefox kept no partial data
    await h.bg.onChanged({ id: item.id, state: { current: 'interrupted' } });
    await createBackground(h.b, { chromeFlow: false }).start();
    expect(h.b.badgeState.text).toBe('1');
    expect(await proceed(h, holdIdOf(h))).toMatchObject({ ok: true });
    expect([...h.b.downloadList.items.values()]).toMatchObject([{ filename: `/downloads/${NAME}`, state: 'in_progress' }]);
  });
});

describe('a warning closed without a decision: the file never comes back under its real name', () => {
  it('survives an event-page restart: still held, the file still gone, the warning back', async () => {
    const h = await firefox();
    const id = await lureThatBeatThePause(h);
    const holdId = holdIdOf(h);
    h.b.tabList.close(h.b.tabList.tabs.at(-1)!.id!);
    const restarted = createBackground(h.b, { chromeFlow: false });
    await restarted.start();
    expect(await restarted.onMessage({ type: 'hold/get', holdId }, ownPage)).toMatchObject({ ok: true, data: { state: 'pending' } });
    expect(h.b.downloadList.get(id).exists).toBe(false);
    expect(h.b.tabList.tabs).toHaveLength(2);
    expect(h.b.badgeState.text).toBe('1');
  });

  it('a retry from the browser\'s download list is paused again, and its completion removed again', async () => {
    const h = await firefox();
    const id = await lureThatBeatThePause(h);
    Object.assign(h.b.downloadList.get(id), { state: 'in_progress', exists: true, bytesReceived: 0 });
    await h.bg.onChanged({ id, state: { current: 'in_progress' } });
    expect(h.b.downloadList.get(id)).toMatchObject({ state: 'interrupted', paused: true });
    complete(h, id);
    await h.bg.onChanged({ id, state: { current: 'complete' } });
    expect(h.b.downloadList.get(id).exists).toBe(false);
    expect(h.b.badgeState.text).toBe('1');
  });
});

describe('Chrome: the worker dies while the name is withheld, and Chromium finishes the file under its own name', () => {
  it('the restarted worker removes the file, keeps the hold, and "Download anyway" fetches it again', async () => {
    const h = await startBackground();
    const d = await chromeDownload(h, { ...CD_LURE, filename: NAME });
    const holdId = holdIdOf(h);
    Object.assign(h.b.downloadList.get(d.id), { state: 'complete', paused: false, filename: `/downloads/${NAME}` });
    await createBackground(h.b, { chromeFlow: true }).start();
    expect(h.b.downloadList.get(d.id).exists).toBe(false);
    expect(await view(h, holdId)).toMatchObject({ ok: true, data: { state: 'pending', quarantined: true } });
    expect(await proceed(h, holdId)).toMatchObject({ ok: true });
    expect([...h.b.downloadList.items.values()]).toMatchObject([{ filename: `/downloads/${NAME}`, state: 'in_progress' }]);
  });

  it('a file quarantined under `.held` is kept (it opens nothing and may be the only copy)', async () => {
    const h = await startBackground();
    const d = await chromeDownload(h, { ...CD_LURE, filename: NAME });
    h.b.downloadList.get(d.id).bytesReceived = 102_400;
    h.b.runTimers();
    await flush();
    Object.assign(h.b.downloadList.get(d.id), { state: 'complete' });
    await createBackground(h.b, { chromeFlow: true }).start();
    expect(h.b.downloadList.get(d.id)).toMatchObject({ exists: true, filename: `/downloads/${NAME}.held` });
  });
});
