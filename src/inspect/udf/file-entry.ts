// ECMA-167 4/14.9 file entry and 4/14.17 extended file entry: the ICB tag's file type
// (4/14.6.6: 4 directory, 5 file) and flags (bits 0-2, how allocation descriptors are
// recorded: 0 short_ad, 1 long_ad, 3 embedded in the entry), the information length, and the
// allocation descriptors that follow the extended attributes.
import { slice, u16le, u32le, u64le, u8 } from '../image/fields.ts';
import { Unreadable } from '../image/image-reader.ts';
import { type FileExtent, readExtents } from './allocation-descriptors.ts';
import { TAG, tagId } from './descriptor-tag.ts';

export interface FileEntry {
  isDirectory: boolean;
  size: number;
  /** Where the data is, or the data itself when it is embedded in the entry. */
  data: { extents: FileExtent[] } | { embedded: Uint8Array };
}

export function readFileEntry(bytes: Uint8Array, partition: number): FileEntry {
  const tag = tagId(bytes);
  if (tag !== TAG.fileEntry && tag !== TAG.extendedFileEntry) throw new Unreadable('A UDF file entry is missing or damaged.');
  const extended = tag === TAG.extendedFileEntry;
  const fileType = u8(bytes, 27);
  const adType = u16le(bytes, 34) & 7;
  const size = u64le(bytes, 56, 'file entry');
  const eaLength = u32le(bytes, extended ? 208 : 168);
  const adLength = u32le(bytes, extended ? 212 : 172);
  const descriptors = slice(bytes, (extended ? 216 : 176) + eaLength, adLength, 'file entry');
  const isDirectory = fileType === 4;
  if (adType === 3) return { isDirectory, size: Math.min(size, descriptors.length), data: { embedded: descriptors } };
  if (adType !== 0 && adType !== 1) throw new Unreadable('A UDF file entry uses extended allocation descriptors, which ISO Guard does not read.');
  return { isDirectory, size, data: { extents: readExtents(descriptors, adType === 1, partition) } };
}
