// Little helpers to read fixed fields from a structure's bytes. Every one checks that the field
// lies inside the bytes it was given and throws Unreadable otherwise, so a reader never indexes
// past a buffer by trusting a length from the image.
import { Unreadable } from './image-reader.ts';

function check(bytes: Uint8Array, at: number, width: number, what: string): DataView {
  if (!Number.isInteger(at) || at < 0 || at + width > bytes.length) {
    throw new Unreadable(`A ${what} field lies outside its structure: the image is damaged.`);
  }
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export const u8 = (b: Uint8Array, at: number, what = 'structure'): number => check(b, at, 1, what).getUint8(at);
export const u16le = (b: Uint8Array, at: number, what = 'structure'): number => check(b, at, 2, what).getUint16(at, true);
export const u16be = (b: Uint8Array, at: number, what = 'structure'): number => check(b, at, 2, what).getUint16(at, false);
export const u32le = (b: Uint8Array, at: number, what = 'structure'): number => check(b, at, 4, what).getUint32(at, true);
export const u32be = (b: Uint8Array, at: number, what = 'structure'): number => check(b, at, 4, what).getUint32(at, false);

/** A 64-bit little-endian length; one past 2^53 is no real size and is refused. */
export function u64le(b: Uint8Array, at: number, what = 'structure'): number {
  const view = check(b, at, 8, what);
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Unreadable(`A ${what} length is absurdly large: the image is damaged or hostile.`);
  return Number(value);
}

/** `length` bytes at `at`, checked. */
export function slice(b: Uint8Array, at: number, length: number, what = 'structure'): Uint8Array {
  if (!Number.isInteger(at) || !Number.isInteger(length) || at < 0 || length < 0 || at + length > b.length) {
    throw new Unreadable(`A ${what} field lies outside its structure: the image is damaged.`);
  }
  return b.subarray(at, at + length);
}

export function ascii(b: Uint8Array, at: number, length: number): string {
  let text = '';
  for (const byte of slice(b, at, length)) text += byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : byte === 0 ? '\0' : '\uFFFD';
  return text;
}

export function startsWith(b: Uint8Array, at: number, magic: string): boolean {
  if (at < 0 || at + magic.length > b.length) return false;
  for (let i = 0; i < magic.length; i++) if (b[at + i] !== magic.charCodeAt(i)) return false;
  return true;
}

export const utf16le = (b: Uint8Array): string => new TextDecoder('utf-16le').decode(b);
export const utf16be = (b: Uint8Array): string => new TextDecoder('utf-16be').decode(b);
