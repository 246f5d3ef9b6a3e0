// The guard's promise in a real Firefox ESR, with real downloads from the lure lab. Firefox
// judges in onCreated, after the file exists: a held download is paused there, and one whose
// every byte beat the pause loses its file at once (background/downloads/set-aside.ts).
import { basename } from 'node:path';
import { expect, test } from './fixtures.ts';
import { waitUntil, type FirefoxDownload, type FirefoxGuard } from './guard-driver.ts';
import type { Lab } from '../lab/server.ts';
import { SAMPLES, type SampleId } from '../lab/samples.ts';

const sample = (id: SampleId) => SAMPLES.find((s) => s.id === id)!;
const NAME = { windows12: 'Windows_12_Pro_x64_Activated.iso', cd: 'Windows12_SuperLite_x64.iso' } as const;
/** Stopped with nothing usable at its name: paused, paused before its first byte (Firefox then
 * keeps nothing and reads "cancelled"), or complete with its file removed (Firefox keeps
 * `exists` true after removeFile: the disk says). */
const stopped = (fx: FirefoxGuard) => (d: FirefoxDownload) => d.state === 'interrupted' || (d.state === 'complete' && fx.bytesAt(basename(d.filename)) === 0);

async function download(fx: FirefoxGuard, lab: Lab, id: SampleId, options: { bytes?: number; rate?: number; tag?: string } = {}): Promise<FirefoxDownload> {
  const url = new URL(lab.sampleUrl(sample(id), options));
  if (options.tag) url.searchParams.set('tag', options.tag);
  await fx.clickDownload(url.href, lab.indexUrl);
  return waitUntil(async () => (await fx.downloads()).find((d) => d.url === url.href), `a download of ${url.href}`);
}

const state = (fx: FirefoxGuard, id: number, accept: (d: FirefoxDownload) => boolean, what: string, timeoutMs?: number) =>
  waitUntil(async () => (await fx.downloads()).find((d) => d.id === id && accept(d)), what, timeoutMs);

test('the official Windows ISO and a Linux ISO complete untouched, with no warning', async ({ fx, lab }) => {
  for (const id of ['official-win11', 'ubuntu'] as const) {
    const d = await download(fx, lab, id);
    const done = await state(fx, d.id, (x) => x.state === 'complete', `${id} to complete`);
    expect(done.paused).toBe(false);
    await waitUntil(async () => fx.bytesAt(done.filename.split('/').at(-1)!) === sample(id).bytes, `${id}, whole, under its name`);
  }
  expect(await fx.warnings()).toHaveLength(0);
  expect(await fx.badge()).toBe('');
});

test('a slow Windows 12 lure is paused, warned about, and Cancel leaves no file', async ({ fx, lab }) => {
  const started = Date.now();
  const d = await download(fx, lab, 'windows12', { rate: 256 * 1024 });
  const warning = await fx.waitForWarning();
  const warnedAfterMs = Date.now() - started;
  // Paused (or, paused before its first byte, read by Firefox as stopped): held either way.
  const paused = await state(fx, d.id, (x) => x.state === 'interrupted', 'the lure to be paused');
  expect(paused.bytesReceived).toBeLessThan(sample('windows12').bytes);
  expect(fx.bytesAt(NAME.windows12)).toBe(0);
  expect(await fx.badge()).toBe('1');
  const answer = await fx.sendFromWarning(warning.context, { type: 'hold/decide', holdId: warning.holdId, decision: 'cancel' });
  expect(answer).toEqual({ ok: true, data: { decided: 'cancel' } });
  await waitUntil(async () => Object.keys(fx.files()).length === 0, 'the downloads folder to be empty');
  expect(await fx.badge()).toBe('');
  test.info().annotations.push({ type: 'timing', description: `warned ${warnedAfterMs} ms after the click; paused after ${paused.bytesReceived} bytes` });
});

test('a 100 KB lure named only by Content-Disposition never stays under its real name, and "Download anyway" brings it back', async ({ fx, lab }) => {
  const d = await download(fx, lab, 'disposition-only');
  const warning = await fx.waitForWarning();
  // Held: paused short of its bytes, or (the race lost) complete with its file removed.
  const held = await state(fx, d.id, stopped(fx), 'the lure to be held or set aside');
  expect(fx.bytesAt(NAME.cd)).toBe(0);
  await new Promise((r) => setTimeout(r, 300));
  expect(fx.bytesAt(NAME.cd)).toBe(0);
  const answer = await fx.sendFromWarning(warning.context, { type: 'hold/decide', holdId: warning.holdId, decision: 'proceed', confirmDangerous: true });
  expect(answer).toEqual({ ok: true, data: { decided: 'proceed' } });
  await waitUntil(async () => fx.bytesAt(NAME.cd) === sample('disposition-only').bytes, 'the file under its real name after consent');
  test.info().annotations.push({ type: 'race', description: held.state === 'complete' ? 'lost (file removed)' : `won (paused at ${held.bytesReceived} bytes)` });
});

test('20 lures started together are all held, in one warning tab', async ({ fx, lab }) => {
  const ids: number[] = [];
  for (let i = 0; i < 20; i++) ids.push((await download(fx, lab, 'windows12', { rate: 128 * 1024, tag: `n${i}` })).id);
  await waitUntil(async () => {
    const all = await fx.downloads();
    return ids.every((id) => all.some((d) => d.id === id && stopped(fx)(d)));
  }, 'all 20 to be stopped', 20_000);
  await waitUntil(async () => (await fx.badge()) === '20', 'the badge to count 20 holds');

  const warning = await fx.waitForWarning();
  const list = await fx.sendFromWarning<{ ok: boolean; data: unknown[] }>(warning.context, { type: 'hold/list' });
  expect(list.data).toHaveLength(20);
  expect(await fx.warnings()).toHaveLength(1);
  // Firefox keeps a paused download's bytes in `<name>.<random>.part`, never at a real name.
  expect(Object.entries(fx.files()).filter(([name, size]) => size > 0 && !name.endsWith('.part'))).toEqual([]);
});
