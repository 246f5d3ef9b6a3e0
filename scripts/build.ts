// `npm run build`: the Chrome and Firefox builds in dist/<browser>/, then store-ready zips in dist/.
import { zipSync } from 'fflate';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { WORKER_START_BUDGET_GZIP, workerStartSize } from './worker-start-size.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { version: string };

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function zipFolder(dir: string, out: string): number {
  const entries = Object.fromEntries(
    filesUnder(dir)
      .sort()
      // Fixed timestamps make the zip reproducible from the same sources.
      .map((file) => [relative(dir, file), [readFileSync(file), { mtime: new Date('2026-01-01T00:00:00Z') }]]),
  );
  const zip = zipSync(entries as Parameters<typeof zipSync>[0], { level: 9 });
  writeFileSync(out, zip);
  return zip.byteLength;
}

for (const browser of ['chrome', 'firefox'] as const) {
  await build({ configFile: join(root, 'vite.config.ts'), mode: browser, logLevel: 'warn' });
  const zip = join(dist, `iso-guard-${version}-${browser}.zip`);
  const bytes = zipFolder(join(dist, browser), zip);
  console.log(`built dist/${browser}/ and ${relative(root, zip)} (${(bytes / 1024).toFixed(1)} KiB)`);
  // The worker wakes on every navigation: what it loads at start must not grow unnoticed.
  const start = workerStartSize(join(dist, browser));
  const line = `worker start: ${(start.bytes / 1024).toFixed(1)} KiB, ${(start.gzipBytes / 1024).toFixed(1)} KiB gzipped (budget ${(WORKER_START_BUDGET_GZIP / 1024).toFixed(1)} KiB)`;
  if (start.gzipBytes > WORKER_START_BUDGET_GZIP) {
    console.error(`${line}: over budget`);
    process.exit(1);
  }
  console.log(line);
}
