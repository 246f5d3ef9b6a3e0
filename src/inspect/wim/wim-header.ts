// The WIM header (Microsoft "Windows Imaging File Format" WIM_HEADER_V1_2; wimlib's
// header.h): 208 bytes, magic "MSWIM\0\0\0", flags, the part number and part count of a split
// (.swm) image, the image count, and resource headers (RESHDR_DISK_SHORT: 7-byte size, 1-byte
// flags, 8-byte offset, 8-byte original size) for the lookup table and the XML metadata.
import { startsWith, u16le, u32le, u64le, u8 } from '../image/fields.ts';
import { Unreadable } from '../image/image-reader.ts';

export const WIM_HEADER_SIZE = 208;
const FLAG_COMPRESS_LZMS = 0x00080000;
const RESHDR_COMPRESSED = 0x04;

export interface ResourceHeader {
  size: number;
  flags: number;
  offset: number;
  originalSize: number;
}

export interface WimHeader {
  /** LZMS-compressed solid images are what Microsoft ships as .esd. */
  lzms: boolean;
  partNumber: number;
  totalParts: number;
  imageCount: number;
  xml: ResourceHeader;
}

export const isWim = (bytes: Uint8Array): boolean => startsWith(bytes, 0, 'MSWIM\0\0\0');

function readResourceHeader(bytes: Uint8Array, at: number): ResourceHeader {
  const low = u32le(bytes, at);
  const high = u16le(bytes, at + 4) + u8(bytes, at + 6) * 0x10000;
  return { size: high * 0x100000000 + low, flags: u8(bytes, at + 7), offset: u64le(bytes, at + 8, 'WIM resource'), originalSize: u64le(bytes, at + 16, 'WIM resource') };
}

export function readWimHeader(bytes: Uint8Array): WimHeader {
  if (!isWim(bytes)) throw new Unreadable('The WIM header is missing.');
  const headerSize = u32le(bytes, 8);
  if (headerSize !== WIM_HEADER_SIZE) throw new Unreadable(`The WIM header says it is ${headerSize} bytes, not 208.`);
  const partNumber = u16le(bytes, 40);
  const totalParts = u16le(bytes, 42);
  if (partNumber < 1 || totalParts < 1 || partNumber > totalParts) throw new Unreadable(`The WIM says it is part ${partNumber} of ${totalParts}.`);
  const xml = readResourceHeader(bytes, 72);
  if (xml.flags & RESHDR_COMPRESSED) throw new Unreadable('The WIM\'s XML metadata is compressed, which no Microsoft image does.');
  return { lzms: (u32le(bytes, 16) & FLAG_COMPRESS_LZMS) !== 0, partNumber, totalParts, imageCount: u32le(bytes, 44), xml };
}
