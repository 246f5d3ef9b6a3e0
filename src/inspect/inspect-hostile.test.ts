// Broken and hostile input: each gets a clear `unreadable` answer, fast, reading little.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspect } from './index.ts';
import { bytesSource, codes, countingSource, inspectFile } from './testing/inspect-file.ts';
import { patchIsoDirectory, patchUdfLoop, patchWimXml, replaceUtf16 } from './testing/corrupt.ts';
import { captureWim, isoImage, requireTools, tempDir, udfImage, windowsEdition, writeTree } from './testing/fixtures.ts';

const temp = tempDir('hostile');
const at = (name: string): string => join(temp.dir, name);
let udf: Uint8Array;
let wim: Uint8Array;
let iso: Uint8Array;

const deepTree = (levels: number): Record<string, string> => ({ [`${Array.from({ length: levels }, (_, i) => `d${i}`).join('/')}/leaf.txt`]: 'x' });

beforeAll(() => {
  requireTools();
  const content = writeTree(at('content'), { 'a.txt': 'x' });
  writeTree(at('media'), { 'setup.exe': 'MZ', 'LOOPDIR/inner/x.txt': 'x', 'SUBDIR/y.txt': 'y' });
  captureWim(at('media/sources/install.wim'), content, [windowsEdition('Windows 11 Pro', 'Professional', 26100)]);
  udfImage(at('media'), at('windows.iso'), 'CCCOMA_X64FRE_EN-US_DV9');
  isoImage(at('media'), at('plain.iso'), 'PLAIN', { joliet: false });
  udf = new Uint8Array(readFileSync(at('windows.iso')));
  iso = new Uint8Array(readFileSync(at('plain.iso')));
  wim = new Uint8Array(readFileSync(at('media/sources/install.wim')));
  writeTree(at('deep'), deepTree(40));
  isoImage(at('deep'), at('deep.iso'), 'DEEP', { joliet: false, deep: true });
  udfImage(at('deep'), at('deep-udf.iso'), 'DEEP_UDF');
}, 60_000);
afterAll(() => temp.remove());

async function unreadable(bytes: Uint8Array, name = 'hostile.iso'): Promise<string> {
  const source = countingSource(bytesSource(bytes));
  const started = performance.now();
  const result = await inspect(source, name);
  expect(performance.now() - started).toBeLessThan(2000);
  expect(source.bytesRead).toBeLessThanOrEqual(16 * 1024 * 1024);
  expect(result, result.summary).toMatchObject({ verdict: 'unreadable', windows: null });
  expect(codes(result)).toEqual(['unreadable']);
  return result.findings[0]!.detail;
}

describe('broken images', () => {
  it('a 0-byte file', async () => {
    expect(await unreadable(new Uint8Array(0))).toBe('The file is empty (0 bytes).');
  });

  it('an image cut short at any of several points', async () => {
    // Before the volume descriptors, only the image's empty system area is left.
    expect(await unreadable(udf.slice(0, 20_000))).toMatch(/^The file holds only zeros where a disk image's structures would be/);
    for (const cut of [40 * 2048, Math.floor(udf.length / 2), udf.length - 4096]) {
      expect(await unreadable(udf.slice(0, cut)), `cut at ${cut}`).toMatch(new RegExp(`^The image is ${cut} bytes but its volume spans ${udf.length}: it is truncated`));
    }
  });

  it('a WIM cut short, with XML of an absurd size, or beyond the end', async () => {
    expect(await unreadable(wim.slice(0, 100), 'install.wim')).toMatch(/shorter than its own header/);
    expect(await unreadable(wim.slice(0, wim.length - 200), 'install.wim')).toMatch(/beyond the end of the file/);
    const huge = wim.slice();
    patchWimXml(huge, { size: 2 ** 40 });
    expect(await unreadable(huge, 'install.wim')).toMatch(/claims 1099511627776 bytes/);
    const far = wim.slice();
    patchWimXml(far, { offset: 2 ** 52 });
    expect(await unreadable(far, 'install.wim')).toMatch(/beyond the end of the file/);
  });

  it('malformed WIM XML, inside an image too', async () => {
    const broken = wim.slice();
    replaceUtf16(broken, '</NAME>', '</NAMX>');
    expect(await unreadable(broken, 'install.wim')).toMatch(/XML metadata is malformed/);
    const image = udf.slice();
    replaceUtf16(image, '</NAME>', '</NAMX>');
    expect(await unreadable(image)).toMatch(/XML metadata is malformed/);
  });
});

describe('hostile images', () => {
  it('an ISO 9660 directory that loops back to the root', async () => {
    const looped = iso.slice();
    patchIsoDirectory(looped, 'SUBDIR', { toRoot: true });
    expect(await unreadable(looped)).toMatch(/loops back to a directory already read/);
  });

  it('a UDF directory that loops back to the root', async () => {
    const looped = udf.slice();
    patchUdfLoop(looped, 'inner');
    expect(await unreadable(looped)).toMatch(/loops back to a directory already read/);
  });

  it('a directory of absurd length', async () => {
    const absurd = iso.slice();
    patchIsoDirectory(absurd, 'SUBDIR', { length: 0xfffff000 });
    expect(await unreadable(absurd)).toBe('The directory SUBDIR claims 4294963200 bytes: directories that large are in no real disk image.');
  });

  it('a UDF volume claiming a million partition maps', async () => {
    const absurd = udf.slice();
    let patched = 0;
    for (let sector = 16; sector < 64; sector++) {
      const descriptor = new DataView(absurd.buffer, sector * 2048, 2048);
      if (descriptor.getUint16(0, true) === 6) { descriptor.setUint32(268, 1_000_000, true); patched++; } // logical volume descriptor: N_PM
    }
    expect(patched).toBeGreaterThan(0);
    expect(await unreadable(absurd)).toBe('The UDF volume claims 1000000 partition maps.');
  });

  it('directories nested 40 deep, in ISO 9660 and in UDF', async () => {
    expect((await inspectFile(at('deep.iso'))).findings[0]?.detail).toBe('The directories nest deeper than 32 levels.');
    expect((await inspectFile(at('deep-udf.iso'))).findings[0]?.detail).toBe('The directories nest deeper than 32 levels.');
  });

  it('a 50 GB sparse file reads a few kilobytes and says why it cannot be read', async () => {
    const sparse = at('huge.iso');
    execFileSync('truncate', ['-s', '50G', sparse]);
    try {
      const result = await inspectFile(sparse);
      expect(result).toMatchObject({ verdict: 'unreadable', findings: [{ code: 'unreadable', detail: "The file holds only zeros where a disk image's structures would be: it was never fully written (an unfinished download?)." }] });
      expect(result.bytesRead).toBeLessThan(256 * 1024);
    } finally {
      writeFileSync(sparse, '');
    }
  });

  it('a 50 GB sparse file that starts like a real image is read for its structures only', async () => {
    const big = at('big.iso');
    writeFileSync(big, udf);
    execFileSync('truncate', ['-s', '50G', big]);
    try {
      const result = await inspectFile(big);
      expect(result).toMatchObject({ format: 'udf', verdict: 'no-sign-of-change', windows: { release: 'Windows 11 24H2' } });
      expect(result.bytesRead).toBeLessThan(2 * 1024 * 1024);
    } finally {
      writeFileSync(big, '');
    }
  });
});

describe('an answer file that is no XML, or an entity bomb', () => {
  it('is reported as an answer file that could not be read, without expanding anything', async () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><unattend>&lol2;</unattend>';
    writeTree(at('bomb'), { 'setup.exe': 'MZ', 'autounattend.xml': bomb, 'sources/unattend.xml': '<unattend><settings>' });
    captureWim(at('bomb/sources/install.wim'), at('content'), [windowsEdition('Windows 11 Pro', 'Professional', 26100)]);
    isoImage(at('bomb'), at('bomb.iso'), 'BOMB');
    const result = await inspectFile(at('bomb.iso'));
    expect(result.verdict).toBe('modified');
    const details = result.findings.filter((f) => f.code === 'answer-file').map((f) => f.detail);
    expect(details).toHaveLength(2);
    for (const detail of details) expect(detail).toMatch(/could not be read as XML \(.+\)/);
  });
});
