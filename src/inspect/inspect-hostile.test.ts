// Broken and hostile input: each gets a clear `unreadable` answer, never a crash, a hang or an
// unbounded read.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, openSync, closeSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspect } from './index.ts';
import { handBuiltIso } from './testing/hand-built.ts';
import { captureWim, isoImage, requireTools, tempDir, udfImage, windowsEdition, writeTree } from './testing/fixtures.ts';
import { counting, inspectFile, memorySource } from './testing/sources.ts';

const tmp = tempDir('hostile');
const at = (name: string): string => join(tmp.dir, name);
const SECTOR = 2048;

beforeAll(() => {
  requireTools();
  const content = writeTree(at('content'), { 'Windows/a.txt': 'a' });
  writeTree(at('media'), { 'setup.exe': 'MZ', 'sources/boot.wim': 'x' });
  captureWim(at('media/sources/install.wim'), content, [windowsEdition('Windows 11 Pro', 'Professional', 26100)]);
  captureWim(at('install.wim'), content, [windowsEdition('Windows 11 Pro', 'Professional', 26100)]);
  udfImage(at('media'), at('win.iso'), 'CCCOMA_X64FRE_EN-US_DV9');
  let deep = at('deep');
  for (let i = 0; i < 40; i++) deep = join(deep, `d${i}`);
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(deep, 'bottom.txt'), 'bottom');
  isoImage(at('deep'), at('deep.iso'), 'DEEP');
}, 60_000);
afterAll(() => tmp.remove());

async function unreadable(bytes: Uint8Array, name = 'hostile.iso'): Promise<string> {
  const result = await inspect(memorySource(bytes), name);
  expect(result.verdict).toBe('unreadable');
  expect(result.findings).toHaveLength(1);
  expect(result.findings[0]?.code).toBe('unreadable');
  return result.findings[0]!.detail;
}

describe('hostile and broken images', () => {
  it('a 0-byte file', async () => {
    expect(await unreadable(new Uint8Array(0))).toBe('The file is empty (0 bytes).');
  });

  it('a directory that contains itself', async () => {
    const iso = handBuiltIso([[{ name: '.', extent: 18, length: SECTOR, directory: true }, { name: '..', extent: 18, length: SECTOR, directory: true }, { name: 'LOOP', extent: 18, length: SECTOR, directory: true }]]);
    expect(await unreadable(iso)).toMatch(/LOOP loops back to a directory already read/);
  });

  it('a directory whose length runs far past the end of the file', async () => {
    const iso = handBuiltIso([[{ name: 'HUGE', extent: 19, length: 0xffffffff, directory: true }], []]);
    expect(await unreadable(iso)).toBe('The directory HUGE claims 4294967295 bytes: directories that large are in no real disk image.');
  });

  it('directories nested 40 deep', async () => {
    const result = await inspectFile(at('deep.iso'));
    expect(result.verdict).toBe('unreadable');
    expect(result.findings[0]?.detail).toBe('The directories nest deeper than 32 levels.');
  });

  it('truncated images say they are truncated', async () => {
    const whole = readFileSync(at('win.iso'));
    for (const keep of [40 * 1024, 300 * 1024, Math.floor(whole.length * 0.9)]) {
      const detail = await unreadable(new Uint8Array(whole.subarray(0, keep)));
      expect(detail).toMatch(/truncated|ended early|no anchor volume descriptor/);
    }
  });

  it('a UDF volume claiming a million partition maps', async () => {
    const iso = new Uint8Array(readFileSync(at('win.iso')));
    let patched = 0;
    for (let sector = 16; sector < 64; sector++) {
      const view = new DataView(iso.buffer, sector * SECTOR, SECTOR);
      if (view.getUint16(0, true) === 6) { view.setUint32(268, 1_000_000, true); patched++; }
    }
    expect(patched).toBeGreaterThan(0);
    expect(await unreadable(iso)).toBe('The UDF volume claims 1000000 partition maps.');
  });

  it('a WIM whose XML claims an absurd size, and one whose XML is malformed', async () => {
    const wim = new Uint8Array(readFileSync(at('install.wim')));
    const huge = wim.slice();
    new DataView(huge.buffer).setUint32(72, 0xfffffff0, true);
    expect(await unreadable(huge, 'install.wim')).toMatch(/XML metadata claims \d+ bytes/);
    const broken = wim.slice();
    const xmlAt = Number(new DataView(broken.buffer).getBigUint64(80, true));
    const close = Buffer.from('</WIM>', 'utf16le');
    const where = Buffer.from(broken).indexOf(close, xmlAt);
    expect(where).toBeGreaterThan(0);
    broken.set(Buffer.from('</XIM>', 'utf16le'), where);
    expect(await unreadable(broken, 'install.wim')).toMatch(/XML metadata is malformed \(mismatched closing tag <\/XIM>\)/);
  });

  it('a 50 GB sparse file of zeros, and a 50 GB one that starts like a real image, read only a little', async () => {
    const zeros = at('zeros.iso');
    closeSync(openSync(zeros, 'w'));
    truncateSync(zeros, 50 * 1024 ** 3);
    const empty = await inspectFile(zeros);
    expect(empty.verdict).toBe('unreadable');
    expect(empty.findings[0]?.detail).toMatch(/only zeros/);
    expect(empty.bytesRead).toBeLessThan(256 * 1024);

    const big = at('big.iso');
    copyFileSync(at('win.iso'), big);
    truncateSync(big, 50 * 1024 ** 3);
    const result = await inspectFile(big);
    expect(result).toMatchObject({ format: 'udf', verdict: 'no-sign-of-change' });
    expect(result.bytesRead).toBeLessThan(2 * 1024 * 1024);
    execFileSync('rm', ['-f', zeros, big]);
  });

  it('a source that fails or returns short reads', async () => {
    const failing = { size: 1 << 20, read: async () => { throw new Error('EIO: i/o error'); } };
    const result = await inspect(failing, 'x.iso');
    expect(result.findings[0]?.detail).toBe('The file could not be read (EIO: i/o error).');
    const short = counting({ size: 1 << 20, read: async () => new Uint8Array(10) });
    expect((await inspect(short, 'x.iso')).findings[0]?.detail).toMatch(/ended early/);
  });
});
