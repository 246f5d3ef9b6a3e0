// Random and mutated images: the inspector always answers, quickly, within its read budget,
// and with one of the contract's verdicts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspect, READ_BUDGET } from './index.ts';
import { captureWim, requireTools, tempDir, udfImage, isoImage, windowsEdition, writeTree } from './testing/fixtures.ts';
import { counting, memorySource } from './testing/sources.ts';
import { FINDING_CODES, INSPECTION_VERDICTS } from './types.ts';

const tmp = tempDir('property');
const seeds: Uint8Array[] = [];

beforeAll(() => {
  requireTools();
  const at = (n: string): string => join(tmp.dir, n);
  const content = writeTree(at('content'), { 'a.txt': 'a' });
  writeTree(at('media'), { 'setup.exe': 'MZ', 'autounattend.xml': '<unattend><AutoLogon><Enabled>true</Enabled></AutoLogon></unattend>', 'sources/$OEM$/x.cmd': 'x' });
  captureWim(at('media/sources/install.wim'), content, [windowsEdition('Windows 11 Pro', 'Professional', 26100)]);
  udfImage(at('media'), at('udf.iso'), 'LABEL');
  isoImage(at('media'), at('rr.iso'), 'LABEL', { bootFile: 'setup.exe' });
  seeds.push(new Uint8Array(readFileSync(at('udf.iso'))), new Uint8Array(readFileSync(at('rr.iso'))), new Uint8Array(readFileSync(at('media/sources/install.wim'))));
}, 60_000);
afterAll(() => tmp.remove());

async function checked(bytes: Uint8Array): Promise<void> {
  const source = counting(memorySource(bytes));
  const started = performance.now();
  const result = await inspect(source, 'random.iso');
  expect(performance.now() - started).toBeLessThan(2000);
  expect(source.bytesRead).toBeLessThanOrEqual(READ_BUDGET + 64 * 1024);
  expect(INSPECTION_VERDICTS).toContain(result.verdict);
  for (const f of result.findings) expect(FINDING_CODES).toContain(f.code);
  // Every failure is one the readers foresaw and explained, never a stray exception.
  if (result.verdict === 'unreadable') expect(result.findings.find((f) => f.code === 'unreadable')?.detail).not.toMatch(/^The inspector failed/);
}

describe('random and mutated input', () => {
  it('random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 80_000 }), checked), { numRuns: 100 });
  });

  it('real images with bytes overwritten in their structures', async () => {
    const mutation = fc.record({
      seed: fc.nat(),
      edits: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }), run: fc.integer({ min: 1, max: 8 }) }), { minLength: 1, maxLength: 24 }),
      cut: fc.option(fc.double({ min: 0.05, max: 1, noNaN: true })),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ seed, edits, cut }) => {
        const original = seeds[seed % seeds.length]!;
        const bytes = original.slice(0, cut === null ? original.length : Math.ceil(original.length * cut));
        // Most edits land in the first 300 KB, where the descriptors and directories are.
        for (const e of edits) for (let i = 0; i < e.run; i++) bytes[(e.at % Math.min(bytes.length, 300 * 1024)) + i] = e.value;
        await checked(bytes);
      }),
      { numRuns: 300 },
    );
  });
});
