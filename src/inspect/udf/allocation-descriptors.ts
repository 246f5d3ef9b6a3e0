// ECMA-167 4/14.14: allocation descriptors. short_ad (4/14.14.1: length, position in the same
// partition), long_ad (4/14.14.2: length, block, partition reference). The top two bits of the
// length are the extent type (4/14.14.1.1): 0 recorded, 1 allocated only, 2 unallocated,
// 3 the next extent of descriptors (not followed: Windows media never need it).
import { u16le, u32le } from '../image/fields.ts';

export interface LongAd {
  length: number;
  block: number;
  partition: number;
}

export function readLongAd(bytes: Uint8Array, at: number): LongAd {
  return { length: u32le(bytes, at) & 0x3fffffff, block: u32le(bytes, at + 4), partition: u16le(bytes, at + 8) };
}

export interface FileExtent extends LongAd {
  /** False for an allocated but unrecorded extent: it reads as zeros. */
  recorded: boolean;
}

/** The extents listed in `bytes`: short (`long = false`, in `partition`) or long descriptors. */
export function readExtents(bytes: Uint8Array, long: boolean, partition: number): FileExtent[] {
  const size = long ? 16 : 8;
  const extents: FileExtent[] = [];
  for (let at = 0; at + size <= bytes.length; at += size) {
    const raw = u32le(bytes, at);
    const type = raw >>> 30;
    const length = raw & 0x3fffffff;
    if (length === 0 || type === 3) break;
    extents.push({ length, block: u32le(bytes, at + 4), partition: long ? u16le(bytes, at + 8) : partition, recorded: type === 0 });
  }
  return extents;
}
