// The race Firefox can lose, measured in a real Firefox ESR with the built add-on: a 100 KB
// lure named only by Content-Disposition, served at full speed from loopback. Firefox judges
// in onCreated, after the file exists, so every byte can land before the pause; ISO Guard then
// removes the file at once (background/downloads/set-aside.ts). A watcher polls the downloads folder
// (about every millisecond) for the lure's bytes at a real name (`.part` files excluded).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { firefoxGuard, waitUntil, type FirefoxGuard } from '../e2e/firefox/guard-driver.ts';
import { launchFirefox } from '../e2e/firefox/launch.ts';
import { SAMPLES } from '../e2e/lab/samples.ts';
import type { Lab } from '../e2e/lab/server.ts';

const RUNS = 30;
const lure = SAMPLES.find((s) => s.id === 'disposition-only')!;
const REAL_NAME = /^Windows12_SuperLite_x64(\(\d+\))?\.iso$/;

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

async function oneRun(fx: FirefoxGuard, lab: Lab, run: number): Promise<{ lost: boolean; existedMs: number }> {
  const url = `${lab.sampleUrl(lure)}&run=${run}-${Date.now()}`;
  const settled = (async () => {
    await fx.clickDownload(url, lab.indexUrl);
    const d = await waitUntil(async () => (await fx.downloads()).find((x) => x.url === url && (x.state === 'interrupted' || (x.state === 'complete' && !x.exists))), 'the lure held', 15_000).catch(async (e: unknown) => {
      throw new Error(`${String(e)}: ${JSON.stringify(await fx.downloads())}`);
    });
    await waitUntil(async () => (await fx.badge()) === '1', 'the hold');
    await new Promise((r) => setTimeout(r, 200)); // anything reappearing would be seen
    return d;
  })();
  const existedMs = await watchRealName(fx.ff.downloadsDir, settled);
  const d = await settled;
  const holds = await fx.api<{ data: { holdId: string }[] }>(`browser.runtime.sendMessage({ type: 'hold/list' })`);
  for (const h of holds.data) await fx.api(`browser.runtime.sendMessage({ type: 'hold/decide', holdId: ${JSON.stringify(h.holdId)}, decision: 'cancel' })`);
  await fx.api('browser.downloads.erase({})');
  return { lost: d.state === 'complete', existedMs };
}

export async function firefoxRace(lab: Lab): Promise<Record<string, number | string>> {
  const ff = await launchFirefox();
  try {
    const fx = firefoxGuard(ff);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(fx, lab, i));
    const seen = runs.map((r) => r.existedMs).filter((ms) => ms > 0);
    return {
      'Firefox, 100 KB Content-Disposition lure: runs': RUNS,
      'Firefox: runs completed before the pause (file then removed)': runs.filter((r) => r.lost).length,
      'Firefox: runs with the whole file seen at its real name': seen.length,
      'Firefox: ms it existed under its real name, median of those': seen.length ? Number([...seen].sort((a, b) => a - b)[Math.floor(seen.length / 2)]!.toFixed(1)) : 0,
      'Firefox: ms it existed under its real name, max (goal < 100)': Number(Math.max(0, ...seen).toFixed(1)),
    };
  } finally {
    await ff.close();
  }
}
