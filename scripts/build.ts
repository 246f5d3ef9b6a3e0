// `npm run build`: the Chrome and Firefox builds in dist/<browser>/, then store-ready zips in dist/.
import { zipSync } from 'fflate';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';

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
}
