// Page protection's cost, in a real Chromium, side by side in one run (woken in turn):
// - a stopped service worker woken by a navigation to a look-alike site, until the extension
//   sends the tab to the site warning: one under .example (no suffix rules to read), one under
//   info.pl (the worker reads the Public Suffix List's deeper rules on that wake). Against:
//   - the floor: an empty extension (built here into a temp folder) whose worker only listens
//     and sends the tab to its own page, with no judgement and no storage;
//   - the floor carrying ISO Guard's worker script inside a function it never calls: what
//     loading and compiling that much code costs, before any of it runs;
//   - ISO_GUARD_REFERENCE_DIST=<a built dist/chrome>: another build of ISO Guard (an earlier
//     version, say) in the same rounds.
//   Every other round an open page of the extension keeps its process alive, so the worker's
//   own start shows apart from the browser's process start. Each wake is timed twice: from the
//   page's navigation to the extension's page (the browser's clock), and inside the worker, from
//   its start to its script running and to the tab being sent (User Timing marks, timing.ts),
//   which leaves out the browser's share and so varies less;
// - right after the browser starts, the first look-alike visited: navigation → site warning;
// - how much later an ordinary page's load event comes with ISO Guard than without any extension.
// The page verdict itself (classifyPage, warm) is measured in the rules section.
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../scripts/find-browser.mjs';
import { workerStartSize } from '../scripts/worker-start-size.ts';
import { liveWorker, stopServiceWorker } from '../e2e/harness/guard.ts';
import { SCRIPT_RUNNING_MARK, SITE_WARNING_SENT_MARK } from '../src/background/timing.ts';
import { WORKER_FILE } from '../scripts/worker-bundle-plugin.ts';
import { chromiumArgs, CHROME_DIST, launchExtension, type Launched } from '../e2e/harness/launch.ts';
import { PAGES } from '../e2e/lab/samples.ts';
import { startLab, type Lab } from '../e2e/lab/server.ts';

const WAKE_RUNS = 24;
const LOAD_RUNS = 15;

const median = (xs: number[]): number => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number): number => Math.round(x * 10) / 10;

const LOOKALIKES = [PAGES.lookalike, PAGES.lookalikeCountry];

/** The floor: a worker that only listens, and sends a navigation to a look-alike host to its
 * page, setting ISO Guard's two marks. `carrying`: a script placed after that, in a function
 * never called (so it is loaded and compiled, and none of it runs). */
function buildFloorExtension(carrying = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'iso-guard-floor-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'floor', version: '1', permissions: ['webNavigation'], background: { service_worker: 'worker.js', type: 'module' } }));
  writeFileSync(
    join(dir, 'worker.js'),
    `performance.mark(${JSON.stringify(SCRIPT_RUNNING_MARK)});
chrome.webNavigation.onBeforeNavigate.addListener((nav) => {
  if (nav.frameId !== 0 || !${JSON.stringify(LOOKALIKES.map((p) => p.host))}.includes(new URL(nav.url).hostname)) return;
  performance.mark(${JSON.stringify(SITE_WARNING_SENT_MARK)});
  chrome.tabs.update(nav.tabId, { url: chrome.runtime.getURL('stop.html') });
}, { url: [{ schemes: ['http', 'https'] }] });
${carrying ? `function neverCalled() {\n${carrying}\n}\n` : ''}`,
  );
  writeFileSync(join(dir, 'stop.html'), '<!doctype html><title>stop</title>');
  return dir;
}

/** One wake: the page's navigation → the extension's page (the browser's clock), and inside the
 * worker, its start → its script running, and → the tab sent (NaN for a build without marks). */
interface Wake {
  wall: number;
  scriptRunning: number;
  tabSent: number;
}

/** The user's navigation → the worker sends the tab to the extension's page, with the worker
 * stopped first. Both ends are the browser's own clock (the page's time when it navigates, the
 * extension page's navigation start), so the benchmark's polling adds nothing. */
async function wakeRun(ext: Launched, lab: Lab, page: Page, target: { host: string; path: string }, stopWorker = true): Promise<Wake> {
  const neutral = lab.url(PAGES.neutral.host, PAGES.neutral.path);
  // A late second redirect to the last run's warning can interrupt this load: load it again.
  await page.goto(neutral).catch(() => page.goto(neutral));
  if (stopWorker) await stopServiceWorker(ext, page);
  const started = await page.evaluate((u) => {
    const at = performance.timeOrigin + performance.now();
    setTimeout(() => void (location.href = u), 0);
    return at;
  }, `${lab.url(target.host, target.path)}?t=${Date.now()}`);
  while (!page.url().startsWith('chrome-extension://')) await new Promise((r) => setTimeout(r, 2));
  const redirected = await page.evaluate(() => performance.timeOrigin).catch(() => NaN);
  const marks = await (await liveWorker(ext)).evaluate(
    (names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN),
    [SCRIPT_RUNNING_MARK, SITE_WARNING_SENT_MARK],
  );
  return { wall: redirected - started, scriptRunning: marks[0]!, tabSent: marks[1]! };
}

interface Contender {
  name: string;
  dist: string;
  target: { host: string; path: string };
}

/** A wake's two settings: the extension's process gone with its worker (no page of the
 * extension open: the browser starts a process, then the worker), or kept by an open page of
 * the extension (only the worker starts: its own start, with little of the browser's). */
type ProcessState = 'process started' | 'process alive';

/** Each contender in its own browser, all woken in turn every round (the order rotating, the
 * process kept alive every other round), so a change in the machine's load falls on all alike. */
async function wakeTimes(contenders: readonly Contender[], lab: Lab): Promise<Map<string, Wake[]>> {
  const exts: Launched[] = [];
  try {
    const pages: Page[] = [];
    const keepers: (Page | null)[] = [];
    for (const c of contenders) {
      const ext = await launchExtension({ dist: c.dist });
      exts.push(ext);
      // Chromium's first storage.managed read after its start waits for its policy service.
      await ext.serviceWorker.evaluate(() => chrome.storage?.managed?.get(null).catch(() => undefined));
      pages.push(await ext.context.newPage());
      keepers.push(null);
    }
    const times = new Map<string, Wake[]>();
    for (let i = 0; i < WAKE_RUNS; i++) {
      const state: ProcessState = i % 2 ? 'process alive' : 'process started';
      for (let j = 0; j < contenders.length; j++) {
        const k = (i + j) % contenders.length;
        const ext = exts[k]!;
        if (state === 'process alive' && !keepers[k]) {
          keepers[k] = await ext.context.newPage();
          await keepers[k].goto(`chrome-extension://${ext.extensionId}/manifest.json`);
        } else if (state === 'process started' && keepers[k]) {
          await keepers[k].close();
          keepers[k] = null;
        }
        const key = `${contenders[k]!.name}, ${state}`;
        times.set(key, [...(times.get(key) ?? []), await wakeRun(ext, lab, pages[k]!, contenders[k]!.target)]);
      }
    }
    return times;
  } finally {
    for (const ext of exts) await ext.close();
  }
}

const START_RUNS = 5;

/** Right after the browser starts (the extension loaded with it): one ordinary page, then a
 * look-alike, with the worker as the start left it. The page's navigation → the extension's page,
 * ms, per run. Chromium answers the first storage.managed read only seconds after it starts. */
async function afterStartTimes(dists: Record<string, string>, lab: Lab): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>();
  for (let i = 0; i < START_RUNS; i++) {
    for (const [name, dist] of Object.entries(dists)) {
      const ext = await launchExtension({ dist });
      try {
        const wake = await wakeRun(ext, lab, await ext.context.newPage(), PAGES.lookalike, false);
        times.set(name, [...(times.get(name) ?? []), wake.wall]);
      } finally {
        await ext.close();
      }
    }
  }
  return times;
}

/** An ordinary page's load event (ms from navigation start), as the page itself reports it. */
async function loadTimes(withExtension: boolean, lab: Lab): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'iso-guard-load-'));
  const args = withExtension ? chromiumArgs(CHROME_DIST) : chromiumArgs(CHROME_DIST).filter((a) => !a.includes('-extension'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: findChromium(), headless: true, args, ignoreHTTPSErrors: true });
  try {
    const page = await context.newPage();
    const times: number[] = [];
    for (let i = 0; i < LOAD_RUNS + 2; i++) {
      await page.goto(`${lab.url(PAGES.neutral.host, PAGES.neutral.path)}?run=${i}`, { waitUntil: 'load' });
      const t = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart);
      if (i >= 2) times.push(t);
    }
    return times;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<Record<string, number | string>> {
  const lab = await startLab();
  const floorDir = buildFloorExtension();
  const carryingDir = buildFloorExtension(readFileSync(join(CHROME_DIST, WORKER_FILE), 'utf8'));
  try {
    const load = loadavg()[0]!;
    const reference = process.env.ISO_GUARD_REFERENCE_DIST;
    const builds = { guard: CHROME_DIST, floor: floorDir, 'floor carrying the guard\'s script': carryingDir, ...(reference ? { reference } : {}) };
    const targets = { '.example': PAGES.lookalike, 'info.pl': PAGES.lookalikeCountry };
    const contenders: Contender[] = Object.entries(builds).flatMap(([build, dist]) => Object.entries(targets).map(([where, target]) => ({ name: `${build} ${where}`, dist, target })));
    const times = await wakeTimes(contenders, lab);
    const figures: Record<string, number | string> = {};
    for (const state of ['process started', 'process alive'] as const) {
      const ms = (build: string, where: string, part: keyof Wake): number => median((times.get(`${build} ${where}, ${state}`) ?? []).map((w) => w[part]));
      const ratio = (build: string, where: string, part: keyof Wake): string => `${round(ms(build, where, part))} (${Math.round((ms(build, where, part) / ms('floor', where, part)) * 100) / 100}×)`;
      for (const where of Object.keys(targets)) {
        figures[`${state}, ${where}: floor, median ms (wall; in the worker: script running, tab sent)`] = `${round(ms('floor', where, 'wall'))}; ${round(ms('floor', where, 'scriptRunning'))}, ${round(ms('floor', where, 'tabSent'))}`;
        for (const build of Object.keys(builds).filter((b) => b !== 'floor')) {
          figures[`${state}, ${where}: ${build}, median ms (ratio to the floor)`] = `${ratio(build, where, 'wall')}; ${ratio(build, where, 'scriptRunning')}, ${ratio(build, where, 'tabSent')}`;
        }
      }
    }
    const afterStart = await afterStartTimes({ floor: floorDir, guard: CHROME_DIST, ...(reference ? { reference } : {}) }, lab);
    for (const [build, walls] of afterStart) figures[`browser just started, .example: ${build}, median ms (runs)`] = `${round(median(walls))} (${walls.map(Math.round).join(', ')})`;
    const without = await loadTimes(false, lab);
    const withGuard = await loadTimes(true, lab);
    const start = workerStartSize(CHROME_DIST);
    return {
      'worker start bundle KiB (gzipped)': round(start.gzipBytes / 1024),
      'worker start bundle KiB (raw)': round(start.bytes / 1024),
      ...(reference ? { 'reference build worker start KiB (gzipped)': round(workerStartSize(reference).gzipBytes / 1024) } : {}),
      'stopped worker woken by a navigation → the extension sends the tab to its page (the site warning; the floor its own page). Wall: the page\'s navigation → the extension\'s page; in the worker: its start → script running, → tab sent:': '',
      ...figures,
      'load average at start (2 cores)': Math.round(load * 100) / 100,
      'ordinary page load event, without extension, median ms': round(median(without)),
      'ordinary page load event, with ISO Guard, median ms': round(median(withGuard)),
      'added to an ordinary page load, median ms': round(median(withGuard) - median(without)),
    };
  } finally {
    rmSync(floorDir, { recursive: true, force: true });
    rmSync(carryingDir, { recursive: true, force: true });
    await lab.close();
  }
}
