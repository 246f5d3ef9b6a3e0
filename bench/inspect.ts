// Inspect section: the whole inspection of a real-size (about 6 GB, sparse) Windows-shaped UDF
// image (see windows-sized-image.ts) from a local file, against `sha256sum` on the same file in
// the same run. Time is the median of several inspections (the first, from a colder cache, is
// shown too); bytes read are counted through a wrapping ByteSource. Targets: ≤ 50 ms, ≤ 2 MB.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openFileByteSource } from '../src/cli/file-byte-source.ts';
import { inspect } from '../src/inspect/index.ts';
import { countingSource } from '../src/inspect/testing/inspect-file.ts';
import { IMAGE_BYTES, windowsSizedImage } from './windows-sized-image.ts';

const RUNS = 9;
const TMP = join(import.meta.dirname, 'tmp', 'inspect');

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, digits = 1): number => Number(x.toFixed(digits));

async function inspectOnce(image: string): Promise<{ ms: number; bytes: number; reads: number; editions: number; verdict: string }> {
  const file = await openFileByteSource(image);
  try {
    const source = countingSource(file);
    const started = performance.now();
    const result = await inspect(source, image);
    const ms = performance.now() - started;
    return { ms, bytes: source.bytesRead, reads: source.reads, editions: result.windows?.images.length ?? 0, verdict: result.verdict };
  } finally {
    await file.close();
  }
}

export async function run(): Promise<Record<string, number | string>> {
  mkdirSync(TMP, { recursive: true });
  const image = windowsSizedImage(TMP);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await inspectOnce(image));
  const first = runs[0]!;
  if (first.verdict !== 'no-sign-of-change' || first.editions !== 11) throw new Error(`unexpected inspection: ${first.verdict}, ${first.editions} editions`);
  const started = performance.now();
  execFileSync('sha256sum', [image], { encoding: 'utf8' });
  const shaMs = performance.now() - started;
  const inspectMs = median(runs.map((r) => r.ms));
  return {
    'image size (GB)': round(IMAGE_BYTES / 1e9, 2),
    'editions found': first.editions,
    'inspect: first run (ms)': round(first.ms),
    'inspect: median of 9 (ms)': round(inspectMs),
    'inspect: bytes read (KB)': round(first.bytes / 1024),
    'inspect: reads': first.reads,
    'sha256sum on the same file (ms)': Math.round(shaMs),
    'sha256sum / inspect (times)': Math.round(shaMs / inspectMs),
    'target: ≤ 50 ms and ≤ 2048 KB read': inspectMs <= 50 && first.bytes <= 2 * 1024 * 1024 ? 'met' : 'missed',
  };
}
