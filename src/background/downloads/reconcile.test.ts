import { describe, expect, it } from 'vitest';
import { createBackground } from '../main.ts';
import { chromeDownload, flush, holdIdFromTab, ownPage, startBackground } from '../testing/flows.ts';

const LURE = { url: 'https://win12-download.example/files/Windows_12_Pro_x64.iso', filename: 'Windows_12_Pro_x64.iso' };

describe('a worker restart (module state lost, storage kept)', () => {
  it('pauses a pending hold again and restores its warning without a duplicate tab', async () => {
    const first = await startBackground();
    const d = await chromeDownload(first, LURE);
    first.b.downloadList.get(d.id).paused = false; // resumed while the worker was stopped
    const restarted = createBackground(first.b, { chromeFlow: true });
    await restarted.start();
    expect(first.b.downloadList.get(d.id).paused).toBe(true);
    expect(first.b.tabList.tabs).toHaveLength(2);
    expect(first.b.badgeState.text).toBe('1');
  });

  it('reopens the warning when its tab was closed', async () => {
    const first = await startBackground();
    await chromeDownload(first, LURE);
    first.b.tabList.close(first.b.tabList.tabs.at(-1)!.id!);
    await createBackground(first.b, { chromeFlow: true }).start();
    expect(first.b.tabList.tabs).toHaveLength(2);
  });

  it('a decision sent to a restarted worker still applies', async () => {
    const first = await startBackground();
    const d = await chromeDownload(first, LURE);
    const holdId = holdIdFromTab(first.b.tabList.tabs.at(-1)!.url);
    const restarted = createBackground(first.b, { chromeFlow: true });
    const answer = restarted.onMessage({ type: 'hold/decide', holdId, decision: 'cancel' }, ownPage);
    void restarted.start();
    expect(await answer).toMatchObject({ ok: true });
    expect(first.b.downloadList.items.has(d.id)).toBe(false);
  });

  it('holds a guarded download that started while the worker was stopped', async () => {
    const first = await startBackground();
    const item = first.b.downloadList.start({ url: LURE.url, filename: `/downloads/${LURE.filename}` });
    await createBackground(first.b, { chromeFlow: true }).start();
    await flush();
    expect(first.b.downloadList.get(item.id).paused).toBe(true);
    expect(first.b.badgeState.text).toBe('1');
  });

  it('drops a hold whose download vanished and records it', async () => {
    const first = await startBackground();
    const d = await chromeDownload(first, LURE);
    first.b.downloadList.items.delete(d.id);
    await createBackground(first.b, { chromeFlow: true }).start();
    expect(first.b.badgeState.text).toBe('');
    expect((await first.b.local.get('history')).history).toMatchObject([{ decision: 'removed' }]);
  });

  it('falls back to defaults when stored settings are corrupt, and still guards', async () => {
    const first = await startBackground();
    await first.b.local.set({ settings: { version: 1, protection: 42, allowlist: 'nope' } });
    await first.bg.onConfigChanged();
    const d = await chromeDownload(first, LURE);
    expect(first.b.downloadList.get(d.id).paused).toBe(true);
    expect(first.b.logs.some((l) => l.includes('defaults are in use'))).toBe(true);
  });
});
