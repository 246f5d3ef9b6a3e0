// ECMA-167 4/14.4: a file identifier descriptor, one per name in a directory: characteristics
// (bit 1 directory, bit 2 deleted, bit 3 parent), the name's length, the ICB (a long_ad to the
// file entry), the implementation use length, then the name in OSTA CS0, padded to 4 bytes.
import { u16le, u8 } from '../image/fields.ts';
import { Unreadable } from '../image/image-reader.ts';
import { type LongAd, readLongAd } from './allocation-descriptors.ts';
import { TAG, tagId } from './descriptor-tag.ts';
import { decodeCs0 } from './dstring.ts';

export interface FileIdentifier {
  /** Bytes taken, padding included. */
  length: number;
  name: string;
  isDirectory: boolean;
  skip: boolean;
  icb: LongAd;
}

export function readFileIdentifierDescriptor(bytes: Uint8Array, at: number): FileIdentifier {
  if (tagId(bytes, at) !== TAG.fileIdentifier) throw new Unreadable('A UDF directory holds a damaged file identifier descriptor.');
  const characteristics = u8(bytes, at + 18, 'file identifier');
  const nameLength = u8(bytes, at + 19, 'file identifier');
  const useLength = u16le(bytes, at + 36, 'file identifier');
  const nameAt = at + 38 + useLength;
  if (nameAt + nameLength > bytes.length) throw new Unreadable('A UDF file name runs past the end of its directory.');
  const name = decodeCs0(bytes.subarray(nameAt, nameAt + nameLength));
  return {
    length: (38 + useLength + nameLength + 3) & ~3,
    name,
    isDirectory: (characteristics & 0x02) !== 0,
    skip: (characteristics & 0x0c) !== 0 || name === '',
    icb: readLongAd(bytes, at + 20),
  };
}
