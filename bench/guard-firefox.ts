// The race Firefox can lose, measured in a real Firefox ESR with the built add-on: a 100 KB
// lure named only by Content-Disposition, served at full speed from loopback. Firefox judges
// in onCreated, after the file exists, so every byte can land at the real name before the pause
// does; Firefox then deletes it as it handles the pause, or ISO Guard removes it once complete
// (background/downloads/set-aside.ts). A watcher polls the downloads folder (about every
// millisecond) for the lure's bytes at a real name (`.part` files excluded).
// Reference, in the same browser and interleaved run by run: ISO Guard switched off and an
// extension page that only pauses every download in its onCreated (the least any extension
// can do with the same API); what is left there is Firefox's own time to handle the pause.
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { firefoxGuard, waitUntil, type FirefoxGuard } from '../e2e/firefox/guard-driver.ts';
import { launchFirefox } from '../e2e/firefox/launch.ts';
import { SAMPLES } from '../e2e/lab/samples.ts';
import type { Lab } from '../e2e/lab/server.ts';

const RUNS = 30;
const lure = SAMPLES.find((s) => s.id === 'disposition-only')!;
const REAL_NAME = /^Windows12_SuperLite_x64(\(\d+\))?\.iso$/;
type Mode = 'guard' | 'floor';

/** Milliseconds during which a file with bytes sat at a real name, while `until` runs. */
async function watchRealName(dir: string, until: Promise<unknown>): Promise<number> {
  let first = 0;
  let last = 0;
  let done = false;
  const stop = (): void => void (done = true);
  until.then(stop, stop);
  while (!done) {
    const now = performance.now();
    const present = readdirSync(dir).some((f) => REAL_NAME.test(f) && statSync(join(dir, f), { throwIfNoEntry: false })?.size);
    if (present) {
      first ||= now;
      last = now;
    }
    await new Promise((r) => setImmediate(r));
  }
  return first ? last - first : 0;
}

/** ISO Guard on or off (its stored setting), and the reference pauser off or on. */
async function switchTo(fx: FirefoxGuard, mode: Mode): Promise<void> {
  await fx.api(`browser.storage.local.get('settings').then(({ settings }) => browser.storage.local.set({ settings: { ...settings, protection: ${JSON.stringify(mode === 'guard' ? 'on' : 'paused')} } })).then(() => (globalThis.referencePauses = ${mode === 'floor'}))`);
  // The background has reloaded its settings once its badge says so.
  await waitUntil(async () => (await fx.badge()) === (mode === 'guard' ? '' : 'OFF'), `ISO Guard ${mode === 'guard' ? 'on' : 'off'}`);
}

async function oneRun(fx: FirefoxGuard, lab: Lab, mode: Mode, run: number): Promise<{ lost: boolean; existedMs: number }> {
  const url = `${lab.sampleUrl(lure)}&run=${mode}-${run}-${Date.now()}`;
  const settled = (async () => {
    await fx.clickDownload(url, lab.indexUrl);
    // Firefox keeps `exists` true after removeFile: the disk says whether the file is gone.
    const d = await waitUntil(async () => (await fx.downloads()).find((x) => x.url === url && (x.state === 'interrupted' || (x.state === 'complete' && fx.bytesAt(basename(x.filename)) === 0))), `the lure held (${mode})`, 15_000).catch(async (e: unknown) => {
      throw new Error(`${String(e)}: ${JSON.stringify(await fx.downloads())}`);
    });
    if (mode === 'guard') await waitUntil(async () => (await fx.badge()) === '1', 'the hold');
    await new Promise((r) => setTimeout(r, 200)); // anything reappearing would be seen
    return d;
  })();
  const existedMs = await watchRealName(fx.ff.downloadsDir, settled);
  const d = await settled;
  if (mode === 'guard') {
    const holds = await fx.api<{ data: { holdId: string }[] }>(`browser.runtime.sendMessage({ type: 'hold/list' })`);
    for (const h of holds.data) await fx.api(`browser.runtime.sendMessage({ type: 'hold/decide', holdId: ${JSON.stringify(h.holdId)}, decision: 'cancel' })`);
  }
  await fx.api('browser.downloads.erase({})');
  return { lost: d.state === 'complete', existedMs };
}

/** The reference, run in an extension page: pause at once; remove the file of one that completes. */
const REFERENCE = `(() => {
  const remove = async (id) => { for (let i = 0; i < 20; i++) { if (await browser.downloads.removeFile(id).then(() => true, () => false)) return; await new Promise((r) => setTimeout(r, 25)); } };
  browser.downloads.onCreated.addListener((item) => {
    if (!globalThis.referencePauses) return;
    if (item.state === 'complete') return void remove(item.id);
    browser.downloads.pause(item.id).catch(() => {});
  });
  browser.downloads.onChanged.addListener((delta) => globalThis.referencePauses && delta.state?.current === 'complete' && void remove(delta.id));
  return true;
})()`;

const median = (xs: number[]): number => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : 0);
const round = (ms: number): number => Number(ms.toFixed(1));

export async function firefoxRace(lab: Lab): Promise<Record<string, number | string>> {
  const ff = await launchFirefox();
  try {
    const fx = firefoxGuard(ff);
    await fx.api(REFERENCE);
    const runs: Record<Mode, { lost: boolean; existedMs: number }[]> = { guard: [], floor: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const mode of ['guard', 'floor'] as const) {
        await switchTo(fx, mode);
        runs[mode].push(await oneRun(fx, lab, mode, i));
      }
    }
    await switchTo(fx, 'guard');
    if (process.env.ISO_GUARD_BENCH_RUNS === '1') console.log(JSON.stringify({ guard: runs.guard.map((r) => round(r.existedMs)), floor: runs.floor.map((r) => round(r.existedMs)) }));
    const figures = (mode: Mode, label: string): Record<string, number> => {
      const seen = runs[mode].map((r) => r.existedMs).filter((ms) => ms > 0);
      return {
        [`${label}: runs completed before the pause`]: runs[mode].filter((r) => r.lost).length,
        [`${label}: runs with the whole file seen at its real name`]: seen.length,
        [`${label}: ms at its real name, median of those`]: round(median(seen)),
        [`${label}: ms at its real name, max${mode === 'guard' ? ' (goal < 100)' : ''}`]: round(Math.max(0, ...seen)),
      };
    };
    return {
      'Firefox, 100 KB Content-Disposition lure: runs each': RUNS,
      ...figures('guard', 'Firefox, ISO Guard'),
      ...figures('floor', 'Firefox, reference (a page that only pauses)'),
    };
  } finally {
    await ff.close();
  }
}
