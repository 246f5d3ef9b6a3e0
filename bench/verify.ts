// The verify page in a real Chromium with the built extension, against `sha256sum` on the same
// file in the same run: throughput (decimal MB/s), the ratio, and how much the page's renderer
// grows while hashing (a dedicated worker lives in its page's renderer process). For scale, the
// page's own SHA-256 in Node, without any page, and hash-wasm's (the library it replaced).
// Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { createSHA256 } from 'hash-wasm';
import { launchExtension } from '../e2e/harness/launch.ts';
import { createSha256, type Sha256Hasher } from '../src/ui/verify/sha256.ts';
import { HASH_BUFFER_BYTES } from '../src/ui/verify/stream-hash.ts';

const FILE_BYTES = 1024 * 1024 * 1024;
const RUNS = 5;
const TMP = join(import.meta.dirname, 'tmp');
const FILE = join(TMP, 'verify-1GiB.bin');

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, digits = 1): number => Number(x.toFixed(digits));
const mbPerS = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1000);

function ensureFile(): void {
  if (existsSync(FILE) && statSync(FILE).size === FILE_BYTES) return;
  mkdirSync(TMP, { recursive: true });
  const fd = openSync(FILE, 'w');
  for (let written = 0; written < FILE_BYTES; written += 16 << 20) writeSync(fd, randomBytes(16 << 20));
  closeSync(fd);
}

/** CPU seconds used by this process's finished children (cutime + cstime, in clock ticks). */
function childrenCpuS(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function sha256sum(): { sha256: string; ms: number; cpuS: number } {
  const cpuBefore = childrenCpuS();
  const started = performance.now();
  const out = execFileSync('sha256sum', [FILE], { encoding: 'utf8' });
  return { sha256: out.slice(0, 64), ms: performance.now() - started, cpuS: childrenCpuS() - cpuBefore };
}

function hashInNode(hasher: Sha256Hasher): { sha256: string; ms: number } {
  const buffer = new Uint8Array(HASH_BUFFER_BYTES);
  const fd = openSync(FILE, 'r');
  const started = performance.now();
  hasher.init();
  for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) hasher.update(buffer.subarray(0, read));
  closeSync(fd);
  return { sha256: hasher.digest(), ms: performance.now() - started };
}

function kib(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  if (!match?.[1]) throw new Error(`no ${field} for pid ${pid}`);
  return Number(match[1]);
}

async function renderers(cdp: CDPSession): Promise<{ pid: number; cpuTime: number }[]> {
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number; cpuTime: number }[] };
  return processInfo.filter((p) => p.type === 'renderer').map((p) => ({ pid: p.id, cpuTime: p.cpuTime }));
}

/** The extension's renderer: the one whose command line marks it as an extension process. */
function extensionRenderer(pids: number[]): number {
  const found = pids.filter((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--extension-process'));
  if (found.length !== 1) throw new Error(`expected one extension renderer, found ${found.length}`);
  return found[0]!;
}

async function pageRun(page: Page, cdp: CDPSession, pid: number, expected: string) {
  await page.reload();
  await page.locator('#file-input').setInputFiles(FILE);
  await page.locator('#expected-hash').fill(expected);
  const processesBefore = (await renderers(cdp)).map((r) => r.pid).sort();
  const cpuBefore = (await renderers(cdp)).find((r) => r.pid === pid)?.cpuTime ?? 0;
  const baselineKiB = kib(pid, 'VmRSS');
  writeFileSync(`/proc/${pid}/clear_refs`, '5'); // resets VmHWM to the current RSS
  let sampledPeakKiB = baselineKiB;
  const sampler = setInterval(() => (sampledPeakKiB = Math.max(sampledPeakKiB, kib(pid, 'VmRSS'))), 20);
  const started = performance.now();
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.locator('[data-result]').waitFor({ timeout: 300_000 });
  const ms = performance.now() - started;
  clearInterval(sampler);
  const peakKiB = Math.max(sampledPeakKiB, kib(pid, 'VmHWM'));
  const processesDuring = (await renderers(cdp)).map((r) => r.pid).sort();
  const cpuAfter = (await renderers(cdp)).find((r) => r.pid === pid)?.cpuTime ?? 0;
  const verdict = await page.locator('[data-result]').getAttribute('data-result');
  if (verdict !== 'match') throw new Error(`the page said "${verdict}" for the file sha256sum hashed`);
  if (processesDuring.join() !== processesBefore.join()) throw new Error('a new renderer process appeared while hashing');
  return { ms, increaseMB: ((peakKiB - baselineKiB) * 1024) / 1e6, baselineMB: (baselineKiB * 1024) / 1e6, cpuS: cpuAfter - cpuBefore };
}

export async function run(): Promise<Record<string, number | string>> {
  ensureFile();
  const loadAtStart = loadavg()[0] ?? 0;
  const cli = [sha256sum()]; // also warms the page cache for both contenders
  const expected = cli[0]!.sha256;
  const inNode = { ours: await createSha256(), hashWasm: await createSHA256() };
  const nodeMs = { ours: [] as number[], hashWasm: [] as number[] };
  const ext = await launchExtension();
  try {
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('src/ui/verify/index.html'));
    const cdp = ext.browserCdp;
    const pid = extensionRenderer((await renderers(cdp)).map((r) => r.pid));
    const pageRuns = [];
    for (let i = 0; i < RUNS; i++) {
      pageRuns.push(await pageRun(page, cdp, pid, expected));
      cli.push(sha256sum());
      for (const [name, hasher] of Object.entries(inNode)) {
        const result = hashInNode(hasher);
        if (result.sha256 !== expected) throw new Error(`${name} in Node disagrees with sha256sum`);
        nodeMs[name as keyof typeof nodeMs].push(result.ms);
      }
    }
    const pageMs = median(pageRuns.map((r) => r.ms));
    const cliMs = median(cli.slice(1).map((r) => r.ms));
    return {
      'file MiB': FILE_BYTES / 1024 / 1024,
      runs: RUNS,
      'read buffer MiB': HASH_BUFFER_BYTES / 1024 / 1024,
      'verify page MB/s (median, click → result)': round(mbPerS(FILE_BYTES, pageMs)),
      'sha256sum MB/s (median)': round(mbPerS(FILE_BYTES, cliMs)),
      'ratio page / sha256sum': round(cliMs / pageMs, 2),
      'ISO Guard SHA-256 in Node MB/s (median, no page)': round(mbPerS(FILE_BYTES, median(nodeMs.ours))),
      'hash-wasm in Node MB/s (median, no page)': round(mbPerS(FILE_BYTES, median(nodeMs.hashWasm))),
      'renderer peak increase MB (max of runs)': round(Math.max(...pageRuns.map((r) => r.increaseMB))),
      'renderer RSS before MB': round(median(pageRuns.map((r) => r.baselineMB))),
      'renderer CPU s per run (worker in that process)': round(median(pageRuns.map((r) => r.cpuS)), 2),
      'page wall s per run': round(pageMs / 1000, 2),
      // Throughput per CPU second does not depend on how busy the machine is.
      'verify page MB per renderer CPU-s': round(mbPerS(FILE_BYTES, median(pageRuns.map((r) => r.cpuS)) * 1000)),
      'sha256sum MB per CPU-s': round(mbPerS(FILE_BYTES, median(cli.slice(1).map((r) => r.cpuS)) * 1000)),
      'load average at start (2 cores)': round(loadAtStart, 2),
    };
  } finally {
    await ext.close();
  }
}
