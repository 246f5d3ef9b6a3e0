import { describe, expect, it } from 'vitest';
import { chromeDownload, flush, holdIdFromTab, ownPage, startBackground } from '../testing/flows.ts';

const CD_LURE = { url: 'https://files.lure.example/get?id=7', filename: 'Windows12_SuperLite_x64.iso', mime: 'application/octet-stream', totalBytes: 102_400 };

async function heldWithBytes(bytesReceived: number) {
  const h = await startBackground();
  const d = await chromeDownload(h, CD_LURE);
  h.b.downloadList.get(d.id).bytesReceived = bytesReceived;
  // Chromium's ~15 s deadline for the withheld name approaches.
  h.b.runTimers();
  await flush();
  const holdId = holdIdFromTab(h.b.tabList.tabs.at(-1)!.url);
  return { h, d, holdId };
}

describe('the name of a held download, before Chromium stops waiting for it', () => {
  it('a file whose every byte is in gets a name nothing opens, and stays held when it completes', async () => {
    const { h, d, holdId } = await heldWithBytes(102_400);
    expect(d.suggestedName()).toBe('Windows12_SuperLite_x64.iso.held');
    Object.assign(h.b.downloadList.get(d.id), { state: 'complete' });
    await h.bg.onChanged({ id: d.id, state: { current: 'complete' } });
    expect(h.b.downloadList.get(d.id).exists).toBe(true);
    expect(h.b.badgeState.text).toBe('1');
    const view = await h.bg.onMessage({ type: 'hold/get', holdId }, ownPage);
    expect(view).toMatchObject({ ok: true, data: { state: 'pending', quarantined: true } });
  });

  it('proceeding fetches it again under its real name and drops the quarantined file', async () => {
    const { h, d, holdId } = await heldWithBytes(102_400);
    Object.assign(h.b.downloadList.get(d.id), { state: 'complete' });
    await h.bg.onChanged({ id: d.id, state: { current: 'complete' } });
    const answer = await h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'proceed', confirmDangerous: true }, ownPage);
    expect(answer.ok).toBe(true);
    expect(h.b.downloadList.items.has(d.id)).toBe(false);
    const again = [...h.b.downloadList.items.values()];
    expect(again).toMatchObject([{ url: CD_LURE.url, filename: `/downloads/${CD_LURE.filename}`, paused: false }]);
    // ISO Guard's own download, after consent: not held again.
    h.bg.onCreated(again[0]!);
    expect(h.b.downloadList.get(again[0]!.id).paused).toBe(false);
  });

  it('keeps the quarantined file when it cannot be downloaded again, and lets the user choose again', async () => {
    const { h, d, holdId } = await heldWithBytes(102_400);
    Object.assign(h.b.downloadList.get(d.id), { state: 'complete' });
    await h.bg.onChanged({ id: d.id, state: { current: 'complete' } });
    const download = h.b.downloadList.download;
    h.b.downloadList.download = () => Promise.reject(new Error('Invalid URL')); // a blob: of a page since closed
    const answer = await h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'proceed', confirmDangerous: true }, ownPage);
    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('Invalid URL') });
    expect(h.b.downloadList.get(d.id).exists).toBe(true);
    expect(await h.bg.onMessage({ type: 'hold/get', holdId }, ownPage)).toMatchObject({ ok: true, data: { state: 'pending' } });
    h.b.downloadList.download = download;
    expect(await h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'proceed', confirmDangerous: true }, ownPage)).toMatchObject({ ok: true });
    expect(h.b.downloadList.items.has(d.id)).toBe(false);
  });

  it('its own fetch is never held, even when onCreated did not yet say who started it', async () => {
    const h = await startBackground();
    const d = await chromeDownload(h, { ...CD_LURE, byExtensionId: undefined });
    const own = h.b.downloadList.start({ url: CD_LURE.url, mime: CD_LURE.mime });
    h.bg.onCreated(own);
    expect(h.b.downloadList.get(own.id).paused).toBe(true);
    h.bg.onDeterminingFilename({ ...own, filename: CD_LURE.filename, byExtensionId: h.b.extensionId }, () => undefined);
    expect(h.b.downloadList.get(own.id).paused).toBe(false);
    expect(h.b.downloadList.get(d.id).paused).toBe(true);
  });

  it('cancelling deletes the quarantined file', async () => {
    const { h, d, holdId } = await heldWithBytes(102_400);
    Object.assign(h.b.downloadList.get(d.id), { state: 'complete' });
    await h.bg.onChanged({ id: d.id, state: { current: 'complete' } });
    await h.bg.onMessage({ type: 'hold/decide', holdId, decision: 'cancel' }, ownPage);
    expect(h.b.downloadList.items.has(d.id)).toBe(false);
  });

  it('a file still short of bytes keeps its real name and stays paused', async () => {
    const { h, d } = await heldWithBytes(0);
    expect(d.suggested()).toBe(true);
    expect(d.suggestedName()).toBeUndefined();
    expect(h.b.downloadList.get(d.id).paused).toBe(true);
  });

  it('survives a worker restart: a quarantined hold is kept, not dropped', async () => {
    const { h, d } = await heldWithBytes(102_400);
    Object.assign(h.b.downloadList.get(d.id), { state: 'complete' });
    const { createBackground } = await import('../main.ts');
    await createBackground(h.b, { chromeFlow: true }).start();
    expect(h.b.badgeState.text).toBe('1');
  });
});
