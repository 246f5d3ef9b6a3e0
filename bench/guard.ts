// The guard in a real Chromium with the built extension: how fast a lure is paused after
// downloads.onCreated and how many bytes had arrived by then (for a lure named by its URL and
// one named only by Content-Disposition, at three sizes, served at full speed from loopback),
// and how long a stopped worker takes to put the warning on screen. Then the race in Firefox
// (guard-firefox.ts).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { clickDownload, searchDownloads, waitFor } from '../e2e/harness/downloads.ts';
import { holdIdOf, liveWorker, sendFromPage, stopServiceWorker, warningPages } from '../e2e/harness/guard.ts';
import { launchExtension, type Launched } from '../e2e/harness/launch.ts';
import { KiB, MiB, SAMPLES } from '../e2e/lab/samples.ts';
import { startLab, type Lab } from '../e2e/lab/server.ts';
import { firefoxRace } from './guard-firefox.ts';

const SIZES = [
  { label: '100 KB', bytes: 100 * KiB, runs: 7 },
  { label: '10 MB', bytes: 10 * MiB, runs: 5 },
  { label: '1 GB', bytes: 1024 * MiB, runs: 3 },
];
const LURES = [
  { label: 'name in URL', sample: SAMPLES.find((s) => s.id === 'windows12')!, name: 'Windows_12_Pro_x64_Activated.iso' },
  { label: 'Content-Disposition only', sample: SAMPLES.find((s) => s.id === 'disposition-only')!, name: 'Windows12_SuperLite_x64.iso' },
];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function installProbe(ext: Launched): Promise<void> {
  const worker = await liveWorker(ext);
  await worker.evaluate(() => {
    const g = globalThis as unknown as { probe?: { created: Record<number, number>; paused: Record<number, number>; bytes: Record<number, number> } };
    if (g.probe) return;
    const probe = { created: {} as Record<number, number>, paused: {} as Record<number, number>, bytes: {} as Record<number, number> };
    g.probe = probe;
    chrome.downloads.onCreated.addListener((item) => void (probe.created[item.id] = performance.now()));
    chrome.downloads.onChanged.addListener((delta) => {
      if (delta.paused?.current !== true || probe.paused[delta.id]) return;
      probe.paused[delta.id] = performance.now();
      void chrome.downloads.search({ id: delta.id }).then(([item]) => void (probe.bytes[delta.id] = item?.bytesReceived ?? -1));
    });
  });
}

async function cancelAll(ext: Launched): Promise<void> {
  const worker = await liveWorker(ext);
  await worker.evaluate(async () => {
    for (const d of await chrome.downloads.search({ state: 'in_progress' })) await chrome.downloads.cancel(d.id).catch(() => undefined);
    await chrome.downloads.erase({});
  });
  for (const page of warningPages(ext)) await page.close();
}

async function pauseRun(ext: Launched, lab: Lab, lure: (typeof LURES)[number], bytes: number, run: number) {
  const page = ext.context.pages().find((p) => p.url() === lab.indexUrl) ?? (await ext.context.newPage());
  if (page.url() !== lab.indexUrl) await page.goto(lab.indexUrl);
  const url = `${lab.sampleUrl(lure.sample, { bytes })}&run=${run}-${Date.now()}`;
  await clickDownload(page, url);
  const worker = await liveWorker(ext);
  const item = await waitFor(async () => (await searchDownloads(worker)).find((d) => d.url === url), 'the download');
  const probe = await waitFor(async () => {
    const p = await worker.evaluate((id) => {
      const g = (globalThis as unknown as { probe: { created: Record<number, number>; paused: Record<number, number>; bytes: Record<number, number> } }).probe;
      return g.bytes[id] === undefined ? undefined : { ms: g.paused[id]! - g.created[id]!, bytes: g.bytes[id]! };
    }, item.id);
    return p ?? undefined;
  }, 'the pause', 20_000);
  await new Promise((r) => setTimeout(r, 300));
  const finalPath = join(ext.downloadsDir, lure.name);
  const atFinalName = existsSync(finalPath) ? statSync(finalPath).size : 0;
  await cancelAll(ext);
  return { ...probe, atFinalName };
}

async function warningAfterStop(ext: Launched, lab: Lab, run: number): Promise<{ opened: number; visible: number }> {
  const page = ext.context.pages().find((p) => p.url() === lab.indexUrl) ?? (await ext.context.newPage());
  if (page.url() !== lab.indexUrl) await page.goto(lab.indexUrl);
  await stopServiceWorker(ext, page);
  const url = `${lab.sampleUrl(LURES[0]!.sample)}?stop=${run}-${Date.now()}`;
  let opened = 0;
  const onTarget = ({ targetInfo }: { targetInfo: { url: string } }): void => {
    if (!opened && targetInfo.url.includes('/src/ui/warning/')) opened = performance.now();
  };
  ext.browserCdp.on('Target.targetCreated', onTarget);
  ext.browserCdp.on('Target.targetInfoChanged', onTarget);
  const started = performance.now();
  await clickDownload(page, url);
  const warning = await waitFor(async () => warningPages(ext)[0], 'the warning tab', 15_000);
  await warning.waitForFunction((name) => document.body.innerText.includes(name), LURES[0]!.name, { timeout: 15_000, polling: 10 });
  const visible = performance.now() - started;
  ext.browserCdp.off('Target.targetCreated', onTarget);
  ext.browserCdp.off('Target.targetInfoChanged', onTarget);
  await sendFromPage(warning, { type: 'hold/decide', holdId: holdIdOf(warning), decision: 'cancel' });
  await cancelAll(ext);
  return { opened: opened - started, visible };
}

export async function run(): Promise<Record<string, number | string>> {
  const lab = await startLab();
  const ext = await launchExtension();
  const results: Record<string, number | string> = {};
  try {
    await installProbe(ext);
    for (const lure of LURES) {
      for (const size of SIZES) {
        const runs = [];
        for (let i = 0; i < size.runs; i++) runs.push(await pauseRun(ext, lab, lure, size.bytes, i));
        const key = `${size.label}, ${lure.label}`;
        results[`pause ms median (${key})`] = Number(median(runs.map((r) => r.ms)).toFixed(2));
        results[`bytes received at pause, max (${key})`] = Math.max(...runs.map((r) => r.bytes));
        results[`bytes at final name, max (${key})`] = Math.max(...runs.map((r) => r.atFinalName));
      }
    }
    await ext.browserCdp.send('Target.setDiscoverTargets', { discover: true });
    const stops = [];
    for (let i = 0; i < 7; i++) stops.push(await warningAfterStop(ext, lab, i));
    results['stopped worker → warning tab opened, ms median'] = Number(median(stops.map((s) => s.opened)).toFixed(1));
    results['stopped worker → warning tab opened, ms max'] = Number(Math.max(...stops.map((s) => s.opened)).toFixed(1));
    results['stopped worker → file name on screen, ms median'] = Number(median(stops.map((s) => s.visible)).toFixed(1));
  } finally {
    await ext.close();
  }
  try {
    Object.assign(results, await firefoxRace(lab));
  } finally {
    await lab.close();
  }
  return results;
}
