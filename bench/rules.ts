// Rules section: how fast is a full verdict with a 100,000-domain blocklist loaded, next to
// Ghostery's adblocker engine matching the same URLs against the same domains as `||d^`
// filters; and what loading that list costs. Figures are per call, timed one call at a time.
// Both engines are timed as shipped: bundled into one file by esbuild, not through the
// TypeScript loader, whose module wrappers cost about 15% on calls this short.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DownloadInput } from '../src/rules/index.ts';
import { worstCaseFigures } from './rules-worst-case.ts';

type Engines = typeof import('../src/rules/index.ts') & Pick<typeof import('@ghostery/adblocker'), 'FiltersEngine' | 'Request'>;

/** src/rules and Ghostery's engine, bundled together the way the extension ships its code. */
async function bundledEngines(): Promise<Engines> {
  const dir = mkdtempSync(join(tmpdir(), 'iso-guard-bench-'));
  const rules = fileURLToPath(new URL('../src/rules/index.ts', import.meta.url));
  const outfile = join(dir, 'engines.mjs');
  try {
    await build({
      stdin: { contents: `export * from ${JSON.stringify(rules)};\nexport { FiltersEngine, Request } from '@ghostery/adblocker';`, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error',
    });
    return (await import(pathToFileURL(outfile).href)) as Engines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const DOMAINS = 100_000;
const ROUNDS = 20;

/** A small deterministic PRNG, so every run measures the same lists and downloads. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['win', 'soft', 'dl', 'get', 'iso', 'fast', 'free', 'up', 'load', 'zone', 'hub', 'pro', 'max', 'net', 'key', 'box', 'ly', 'ra', 'to', 'ne', 'ko', 'mi', 'sa'];
const TLDS = ['com', 'net', 'org', 'ru', 'xyz', 'top', 'info', 'site', 'online', 'co.uk', 'com.br', 'cn', 'io', 'shop'];

export function syntheticDomains(count: number, seed = 1): string[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let label = '';
    const parts = 2 + Math.floor(rnd() * 3);
    for (let p = 0; p < parts; p++) label += pick(SYLLABLES);
    label += (i % 7 === 0 ? '-' : '') + i.toString(36);
    out.push(`${rnd() < 0.1 ? 'cdn.' : ''}${label}.${pick(TLDS)}`);
  }
  return out;
}

/** A mixed day of downloads: mostly ordinary, some Windows images, some lures and bad hosts. */
export function mixedDownloads(blocked: readonly string[], count: number): DownloadInput[] {
  const rnd = prng(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const templates: (() => DownloadInput)[] = [
    () => ({ url: 'https://go.microsoft.com/fwlink/?linkid=2156295', finalUrl: `https://software.download.prss.microsoft.com/dbazure/Win11_24H2_English_x64.iso?t=${rnd().toString(36).slice(2)}&P1=1730000000&P2=601&P3=2&P4=${rnd().toString(36).slice(2)}`, referrer: 'https://www.microsoft.com/', pageUrl: 'https://www.microsoft.com/software-download/windows11', filename: 'Win11_24H2_English_x64.iso', mime: 'application/x-iso9660-image', totalBytes: 5_819_484_160 }),
    () => ({ url: 'https://releases.ubuntu.com/24.04/ubuntu-24.04.1-desktop-amd64.iso', referrer: 'https://ubuntu.com/download/desktop', filename: 'ubuntu-24.04.1-desktop-amd64.iso', totalBytes: 6_114_656_256 }),
    () => ({ url: `https://${pick(['mirror.init7.net', 'ftp.fau.de', 'mirrors.kernel.org', 'mirror.leaseweb.com'])}/fedora/linux/releases/41/Workstation/x86_64/iso/Fedora-Workstation-Live-x86_64-41-1.4.iso`, referrer: 'https://fedoraproject.org/workstation/download', totalBytes: 2_300_000_000 }),
    () => ({ url: 'https://cdimage.debian.org/debian-cd/current/amd64/iso-cd/debian-12.8.0-amd64-netinst.iso', referrer: 'https://www.debian.org/', filename: 'debian-12.8.0-amd64-netinst.iso' }),
    () => ({ url: 'https://github.com/ventoy/Ventoy/releases/download/v1.0.99/ventoy-1.0.99-windows.zip', finalUrl: 'https://objects.githubusercontent.com/github-production-release-asset-2e65be/246335987/abc?X-Amz-Algorithm=AWS4-HMAC-SHA256&response-content-disposition=attachment%3B%20filename%3Dventoy-1.0.99-windows.zip', referrer: 'https://github.com/ventoy/Ventoy/releases', filename: 'ventoy-1.0.99-windows.zip' }),
    () => ({ url: 'https://www.7-zip.org/a/7z2408-x64.exe', referrer: 'https://www.7-zip.org/download.html', filename: '7z2408-x64.exe', mime: 'application/x-msdownload' }),
    () => ({ url: 'https://www.win-rar.com/fileadmin/winrar-versions/winrar/winrar-x64-701.exe', referrer: 'https://www.win-rar.com/download.html', filename: 'winrar-x64-701.exe' }),
    () => ({ url: `https://example-news.com/files/report-${Math.floor(rnd() * 1000)}.pdf`, referrer: 'https://example-news.com/', filename: 'report.pdf', mime: 'application/pdf' }),
    () => ({ url: 'https://download.virtualbox.org/virtualbox/7.1.4/VBoxGuestAdditions_7.1.4.iso', filename: 'VBoxGuestAdditions_7.1.4.iso' }),
    () => ({ url: `https://${pick(blocked)}/download/windows-12-pro-x64.iso`, referrer: `https://${pick(blocked)}/windows-12-iso-download`, filename: 'Windows_12_Pro_x64.iso', totalBytes: 1_900_000_000 }),
    () => ({ url: `https://${pick(blocked)}/dl.php?id=${Math.floor(rnd() * 9999)}`, filename: 'Win11_24H2_English_x64.iso.exe' }),
    () => ({ url: `https://${pick(['microsoft-download.net', 'softwaredownload-microsoft.com', 'xn--microsft-sbh.com', 'microsoft.com-download.info'])}/Win11_24H2_English_x64.iso`, filename: 'Win11_24H2_English_x64.iso', totalBytes: 300_000_000 }),
    () => ({ url: `https://cdn${Math.floor(rnd() * 500)}.filehost-example.com/f/${rnd().toString(36).slice(2)}`, referrer: `https://${pick(blocked)}/`, filename: 'setup.exe' }),
  ];
  const out: DownloadInput[] = [];
  for (let i = 0; i < count; i++) out.push(pick(templates)());
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

type Timed = { name: string; inputs: readonly unknown[]; fn: (input: never) => unknown; before?: () => void; times: number[] };

/**
 * Times each contender on each input, one call at a time, over several rounds. The contenders
 * take turns round by round, so a busy machine slows them alike and the ratio stays fair.
 */
function timeInTurns(contenders: Timed[]): Record<string, { median: number; p99: number }> {
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of contenders) {
      const fn = c.fn as (input: unknown) => unknown;
      for (const input of c.inputs) {
        c.before?.();
        const start = process.hrtime.bigint();
        fn(input);
        c.times.push(Number(process.hrtime.bigint() - start) / 1000);
      }
    }
  }
  const out: Record<string, { median: number; p99: number }> = {};
  for (const c of contenders) {
    c.times.sort((a, b) => a - b);
    out[c.name] = { median: percentile(c.times, 0.5), p99: percentile(c.times, 0.99) };
  }
  return out;
}

const gc = (globalThis as { gc?: () => void }).gc;
/**
 * JS heap plus typed-array buffers (which live outside the heap), in MB. The pause between the
 * collections lets V8 free the buffers of what the first one found dead: without it, the 10 MB
 * of buffers of the rule sets dropped just before still counted, and Ghostery's engines showed
 * 0.19 MB instead of the 3.5 MB of buffers each really holds.
 */
async function heapMb(): Promise<number> {
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 100));
  gc?.();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 1_048_576;
}

const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

export async function run(): Promise<Record<string, number | string>> {
  const { FiltersEngine, Request, bundledRulesData, classify, classifyPage, createRuleset, mergeRulesData, parseRulesData } = await bundledEngines();
  // Through JSON, as a feed or a bundled file arrives: flat strings, not concatenations.
  const domains = JSON.parse(JSON.stringify(syntheticDomains(DOMAINS))) as string[];
  const feed = { version: 'bench', blocklist: domains };

  // Load: validation + index of the 100k list alone (what a subscribed feed costs).
  const loads: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    createRuleset(feed, 'bench-feed');
    loads.push(performance.now() - start);
  }
  const firstLoad = loads[0] ?? NaN;
  loads.sort((a, b) => a - b);
  // Memory: several copies held at once, so one GC's noise is shared out among them.
  const held: unknown[] = [];
  const heapBefore = await heapMb();
  for (let i = 0; i < 4; i++) held.push(createRuleset({ version: 'bench', blocklist: JSON.parse(JSON.stringify(domains)) as string[] }, 'bench-feed'));
  const rulesetMb = ((await heapMb()) - heapBefore) / 4;
  held.length = 0;

  const filters = domains.map((d) => `||${d}^`).join('\n');
  const heapBeforeEngine = await heapMb();
  const engineStart = performance.now();
  const engine = FiltersEngine.parse(filters, { loadCosmeticFilters: false });
  const engineLoadMs = performance.now() - engineStart;
  held.push(FiltersEngine.parse(filters, { loadCosmeticFilters: false }));
  const engineMb = ((await heapMb()) - heapBeforeEngine) / 2;
  held.length = 0;

  const ruleset = createRuleset(mergeRulesData([bundledRulesData(), parseRulesData(feed, 'bench-feed')]), 'bench');
  const downloads = mixedDownloads(domains, 2000);
  const urls = downloads.map((d) => d.finalUrl ?? d.url);
  const match = (url: string) => engine.match(Request.fromRawDetails({ url, type: 'other' }));
  for (let i = 0; i < 3; i++) {
    for (const d of downloads) classify(d, ruleset); // warm up the JIT
    for (const url of urls) match(url);
  }
  const t = timeInTurns([
    { name: 'warm', inputs: downloads, fn: (d: DownloadInput) => classify(d, ruleset), times: [] },
    { name: 'cold', inputs: downloads, fn: (d: DownloadInput) => classify(d, ruleset), before: () => ruleset.hostCache.clear(), times: [] },
    { name: 'url-only', inputs: urls, fn: (url: string) => classify({ url }, ruleset), times: [] },
    { name: 'ghostery', inputs: urls, fn: match, times: [] },
  ]);
  const urlOnly = t['url-only'] ?? { median: NaN, p99: NaN };
  const warm = t['warm'] ?? { median: NaN, p99: NaN };
  const cold = t['cold'] ?? { median: NaN, p99: NaN };
  const ghostery = t['ghostery'] ?? { median: NaN, p99: NaN };

  return {
    'code timed': 'esbuild bundle of both engines, as shipped',
    'downloads in the mixed set': downloads.length,
    'blocklist domains': DOMAINS,
    'classify median µs (host cache warm)': round(warm.median),
    'classify p99 µs (host cache warm)': round(warm.p99),
    'classify median µs (host cache cold)': round(cold.median),
    'classify p99 µs (host cache cold)': round(cold.p99),
    'classify of the bare URL (same input as ghostery) median µs': round(urlOnly.median),
    'classify of the bare URL p99 µs': round(urlOnly.p99),
    'ghostery match median µs': round(ghostery.median),
    'ghostery match p99 µs': round(ghostery.p99),
    'speed-up vs ghostery, median (warm)': round(ghostery.median / warm.median),
    'speed-up vs ghostery, median (cold)': round(ghostery.median / cold.median),
    'speed-up vs ghostery, median (bare URL)': round(ghostery.median / urlOnly.median),
    '100k list load ms (first, cold JIT)': round(firstLoad),
    '100k list load ms (median of 7)': round(loads[3] ?? NaN),
    '100k list memory MB (heap + buffers)': gc ? round(rulesetMb) : 'needs node --expose-gc',
    'ghostery 100k load ms': round(engineLoadMs, 1),
    'ghostery 100k memory MB (heap + buffers)': gc ? round(engineMb) : 'needs node --expose-gc',
    ...worstCaseFigures({ classify, classifyPage }, ruleset),
  };
}
