// Random and mutated images: whatever the bytes, the inspector answers (never throws, never
// hangs), with a known verdict, within its read budget and in bounded time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspect, READ_BUDGET } from './index.ts';
import { INSPECTION_VERDICTS } from './types.ts';
import { bytesSource, countingSource } from './testing/inspect-file.ts';
import { captureWim, isoImage, requireTools, tempDir, udfImage, windowsEdition, writeTree } from './testing/fixtures.ts';

const temp = tempDir('property');
const images: Uint8Array[] = [];

beforeAll(() => {
  requireTools();
  const content = writeTree(join(temp.dir, 'content'), { 'a.txt': 'x' });
  const media = writeTree(join(temp.dir, 'media'), { 'setup.exe': 'MZ', 'autounattend.xml': '<unattend><AutoLogon><Enabled>true</Enabled></AutoLogon></unattend>', 'sources/a/b/c.txt': 'c' });
  captureWim(join(media, 'sources/install.wim'), content, [windowsEdition('Windows 11 Pro', 'Professional', 26100), windowsEdition('Windows 11 Home', 'Core', 26100)]);
  images.push(new Uint8Array(readFileSync(udfImage(media, join(temp.dir, 'udf.iso'), 'CCCOMA'))));
  images.push(new Uint8Array(readFileSync(isoImage(media, join(temp.dir, 'rr.iso'), 'RR', { bootFile: 'setup.exe' }))));
  images.push(new Uint8Array(readFileSync(join(media, 'sources/install.wim'))));
}, 60_000);
afterAll(() => temp.remove());

async function answersSafely(bytes: Uint8Array): Promise<void> {
  const source = countingSource(bytesSource(bytes));
  const started = performance.now();
  const result = await inspect(source, 'random.iso');
  expect(performance.now() - started).toBeLessThan(1500);
  expect(source.bytesRead).toBeLessThanOrEqual(READ_BUDGET);
  expect(INSPECTION_VERDICTS).toContain(result.verdict);
  expect(typeof result.summary).toBe('string');
  for (const finding of result.findings) expect(finding.detail.length).toBeGreaterThan(0);
  // An unreadable image is told why; a reader that crashed on it ("The inspector failed") is a bug.
  expect(result.findings.map((f) => f.detail).join('\n')).not.toContain('The inspector failed');
}

describe('whatever the bytes', () => {
  it('random bytes, with the magic of each format at its place', async () => {
    const magic = fc.constantFrom(
      [0, ''], [32769, 'CD001'], [32769, 'BEA01'], [0, 'MSWIM\0\0\0'], [0, 'vhdxfile'], [0, 'MZ'], [0, 'PK\x03\x04'],
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 70_000 }), magic, async (random, [at, text]) => {
        const bytes = new Uint8Array(Math.max(random.length, (at as number) + 8));
        bytes.set(random);
        bytes.set(Buffer.from(text as string, 'latin1'), at as number);
        await answersSafely(bytes);
      }),
      { numRuns: 60 },
    );
  });

  it('real images with bytes changed where their structures are', async () => {
    const mutation = fc.record({
      image: fc.nat({ max: 2 }),
      changes: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }), wide: fc.boolean() }), { minLength: 1, maxLength: 24 }),
      cut: fc.option(fc.nat(), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ image, changes, cut }) => {
        const original = images[image]!;
        const bytes = original.slice(0, cut === undefined ? undefined : cut % (original.length + 1));
        // Most structures live in the first ~600 KB (descriptors, directories, WIM header); a wide change lands anywhere.
        for (const { at, value, wide } of changes) if (bytes.length > 0) bytes[at % (wide ? bytes.length : Math.min(bytes.length, 600_000))] = value;
        await answersSafely(bytes);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
