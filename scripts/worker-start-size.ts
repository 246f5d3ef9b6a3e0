// What the service worker loads at start: its loader and every chunk reached from it through
// static imports (a dynamic import() is not followed: it loads only when called). Sizes raw and
// gzipped. Used by the build check (worker-start-size.test.ts) and the benchmark.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The most the worker may load at start, gzipped: what it loads today plus a small margin, so it
 * cannot grow unnoticed (the goal is 60 KiB). It is one file built on its own
 * (scripts/worker-bundle-plugin.ts) of about 140 KiB, 48 KiB gzipped: the rules, their data and
 * its precompiled form (0.7 KiB gzipped: it spares the worker about 10-30 ms of compiling at
 * start), zod/mini (about 7 KiB gzipped, its schemas built on first use), the guard, and of the
 * Public Suffix List only the names of the top-level domains with deeper rules. Those rules
 * (the list's bulk, 27 KiB gzipped in tldts' form) are a file read on first need
 * (background/state/public-suffix-lazy.ts): a Chrome service worker cannot import() code lazily
 * (the HTML spec disallows it; Chromium 156 throws), but it may read its own package. No
 * webextension-polyfill either (background/native-browser.ts).
 */
// The rules' data grows by about half a KiB gzipped per review round (47.8 KiB after round 14,
// 49.2 KiB after round 17, with the list of file-sharing sites and seven more tools).
export const WORKER_START_BUDGET_GZIP = 52 * 1024;

export interface StartSize {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']|\bexport\s*[\w$*{}\s,]*from\s*["']([^"']+)["']/g;

export function workerStartSize(dist: string): StartSize {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { background: { service_worker?: string; scripts?: string[] } };
  const entries = manifest.background.service_worker ? [manifest.background.service_worker] : (manifest.background.scripts ?? []);
  const seen = new Set<string>();
  const queue = entries.map((e) => normalize(e));
  while (queue.length) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(dist, file), 'utf8');
    for (const m of text.matchAll(STATIC_IMPORT)) {
      const spec = m[1] ?? m[2];
      if (spec?.startsWith('.') || spec?.startsWith('/')) queue.push(normalize(spec.startsWith('/') ? spec.slice(1) : join(dirname(file), spec)));
    }
  }
  const files = [...seen];
  const all = Buffer.concat(files.map((f) => readFileSync(join(dist, f))));
  return { files, bytes: all.length, gzipBytes: gzipSync(all, { level: 9 }).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = workerStartSize(process.argv[2] ?? 'dist/chrome');
  console.log(`${size.files.join(', ')}: ${(size.bytes / 1024).toFixed(1)} KiB, ${(size.gzipBytes / 1024).toFixed(1)} KiB gzipped`);
}
