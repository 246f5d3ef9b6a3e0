// UDF 2.50+ keeps file entries and directories in a metadata partition (OSTA UDF 2.60 2.2.10),
// which pycdlib and genisoimage do not write and mkudffs only writes with a virtual partition.
// So this image is hand-built to the spec: a type 1 and a metadata partition map, the metadata
// file in the physical partition mapping metadata block m to physical block 20 + m.
import { describe, expect, it } from 'vitest';
import { ImageReader } from '../image/image-reader.ts';
import { inspect } from '../index.ts';
import { bytesSource } from '../testing/inspect-file.ts';
import { readUdfTree } from './udf-tree.ts';

const S = 2048;
const PART_START = 300;
const METADATA_AT = 20;

function tag(d: Uint8Array, id: number, location: number): void {
  const v = new DataView(d.buffer, d.byteOffset);
  v.setUint16(0, id, true);
  v.setUint16(2, 3, true);
  v.setUint32(12, location, true);
  let sum = 0;
  for (let i = 0; i < 16; i++) if (i !== 4) sum += d[i]!;
  d[4] = sum & 0xff;
}
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
function dstring(d: Uint8Array, at: number, size: number, text: string): void {
  d.set([8, ...ascii(text)], at);
  d[at + size - 1] = text.length + 1;
}
function longAd(d: Uint8Array, at: number, length: number, block: number, ref: number): void {
  const v = new DataView(d.buffer, d.byteOffset);
  v.setUint32(at, length, true);
  v.setUint32(at + 4, block, true);
  v.setUint16(at + 8, ref, true);
}
function fid(name: string | null, directory: boolean, block: number): Uint8Array {
  const id = name === null ? [] : [8, ...ascii(name)];
  const d = new Uint8Array((38 + id.length + 3) & ~3);
  d[18] = (directory ? 2 : 0) | (name === null ? 8 : 0);
  d[19] = id.length;
  longAd(d, 20, S, block, 1);
  d.set(id, 38);
  tag(d, 257, 0);
  return d;
}
/** A file entry with its data embedded (ICB flags 3) or one short_ad. */
function fileEntry(type: number, data: Uint8Array | { length: number; block: number }): Uint8Array {
  const d = new Uint8Array(S);
  const v = new DataView(d.buffer);
  d[27] = type;
  if (data instanceof Uint8Array) {
    v.setUint16(34, 3, true);
    v.setBigUint64(56, BigInt(data.length), true);
    v.setUint32(172, data.length, true);
    d.set(data, 176);
  } else {
    v.setBigUint64(56, BigInt(data.length), true);
    v.setUint32(172, 8, true);
    v.setUint32(176, data.length, true);
    v.setUint32(180, data.block, true);
  }
  tag(d, 261, 0);
  return d;
}
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
};

function metadataImage(metadataExtentBlocks = 10): Uint8Array {
  const image = new Uint8Array((PART_START + 100) * S);
  const sector = (n: number): Uint8Array => image.subarray(n * S, (n + 1) * S);
  sector(16).set([0, ...ascii('BEA01'), 1]);
  sector(17).set([0, ...ascii('NSR03'), 1]);
  sector(18).set([0, ...ascii('TEA01'), 1]);
  const avdp = sector(256);
  new DataView(avdp.buffer, avdp.byteOffset).setUint32(16, 4 * S, true);
  new DataView(avdp.buffer, avdp.byteOffset).setUint32(20, 32, true);
  tag(avdp, 2, 256);
  dstring(sector(32), 24, 32, 'PVD_LABEL');
  tag(sector(32), 1, 32);
  const pd = new DataView(image.buffer, 33 * S);
  pd.setUint32(188, PART_START, true);
  pd.setUint32(192, 100, true);
  tag(sector(33), 5, 33);
  const lvd = sector(34);
  const lv = new DataView(lvd.buffer, lvd.byteOffset);
  dstring(lvd, 84, 128, 'METADATA_MEDIA');
  lv.setUint32(212, S, true);
  longAd(lvd, 248, S, 0, 1); // the file set descriptor: metadata block 0
  lv.setUint32(268, 2, true);
  lvd.set([1, 6, 1, 0, 0, 0], 440);
  lvd.set([2, 64], 446);
  lvd.set(ascii('*UDF Metadata Partition'), 446 + 5);
  lv.setUint16(446 + 38, 0, true);
  lv.setUint32(446 + 40, 0, true); // the metadata file: physical block 0
  tag(lvd, 6, 34);
  tag(sector(35), 8, 35);
  const physical = (b: number): Uint8Array => sector(PART_START + b);
  const metadata = (m: number): Uint8Array => physical(METADATA_AT + m);
  physical(0).set(fileEntry(250, { length: metadataExtentBlocks * S, block: METADATA_AT }));
  longAd(metadata(0), 400, S, 1, 1);
  tag(metadata(0), 256, 0);
  metadata(1).set(fileEntry(4, concat(fid(null, true, 1), fid('hello.txt', false, 2), fid('sources', true, 3))));
  metadata(2).set(fileEntry(5, new TextEncoder().encode('hello')));
  metadata(3).set(fileEntry(4, concat(fid(null, true, 1), fid('setup.cmd', false, 4))));
  // This file's data is in the physical partition, found by a short_ad in the metadata partition's terms.
  metadata(4).set(fileEntry(5, { length: 9, block: 6 }));
  metadata(6).set(new TextEncoder().encode('@echo off'));
  return image;
}

describe('a UDF 2.50+ metadata partition', () => {
  it('finds the file set, directories and files through the metadata file', async () => {
    const tree = await readUdfTree(new ImageReader(bytesSource(metadataImage()), 1 << 22));
    expect(tree.label).toBe('METADATA_MEDIA');
    expect(tree.entries.map((e) => e.path)).toEqual(['hello.txt', 'sources', 'sources/setup.cmd']);
    expect(new TextDecoder().decode(await tree.readFile(tree.entries[0]!, 0, 100))).toBe('hello');
    expect(new TextDecoder().decode(await tree.readFile(tree.entries[2]!, 0, 100))).toBe('@echo off');
  });

  it('is inspected as UDF with the logical volume label, its one script read through both partitions', async () => {
    const result = await inspect(bytesSource(metadataImage()), 'media.iso');
    expect(result).toMatchObject({ format: 'udf', label: 'METADATA_MEDIA', verdict: 'not-windows', windows: null });
    expect(result.findings).toEqual([expect.objectContaining({ code: 'lone-program', path: 'sources/setup.cmd', args: ['sources/setup.cmd', 'script'] })]);
  });

  it('an address past the end of the metadata file is unreadable, not a wild read', async () => {
    const result = await inspect(bytesSource(metadataImage(2)), 'media.iso');
    expect(result.verdict).toBe('unreadable');
    expect(result.findings[0]?.detail).toBe('A UDF address lies outside the metadata partition.');
  });
});
