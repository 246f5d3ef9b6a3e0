// ECMA-167 3/7.2: the 16-byte descriptor tag that opens every UDF descriptor. Its checksum
// (3/7.2.3) and its recorded location (3/7.2.8) are checked, so a sector of other data or a
// descriptor copied elsewhere is never taken for the one we looked for.
import { u16le, u32le } from '../image/fields.ts';
import { Unreadable } from '../image/image-reader.ts';

export const TAG = {
  primaryVolume: 1, anchor: 2, partition: 5, logicalVolume: 6, terminating: 8,
  fileSet: 256, fileIdentifier: 257, fileEntry: 261, extendedFileEntry: 266,
} as const;

export function tagChecksumOk(bytes: Uint8Array, at = 0): boolean {
  if (at + 16 > bytes.length) return false;
  let sum = 0;
  for (let i = 0; i < 16; i++) if (i !== 4) sum += bytes[at + i]!;
  return (sum & 0xff) === bytes[at + 4];
}

/** The tag's identifier when its checksum holds, else -1. */
export function tagId(bytes: Uint8Array, at = 0): number {
  return tagChecksumOk(bytes, at) ? u16le(bytes, at) : -1;
}

/** Throws unless the tag is `expected`, valid, and says it is at `location` (when given). */
export function expectTag(bytes: Uint8Array, expected: number, what: string, location?: number): void {
  if (tagId(bytes) !== expected) throw new Unreadable(`The UDF ${what} is missing or damaged.`);
  if (location !== undefined && u32le(bytes, 12) !== location) throw new Unreadable(`The UDF ${what} is not where it says it is.`);
}
