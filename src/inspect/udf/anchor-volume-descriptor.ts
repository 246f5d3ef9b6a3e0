// ECMA-167 3/10.2: the anchor volume descriptor pointer at sector 256 (or N-256, N-1: 3/8.4.2.1)
// locates the main volume descriptor sequence (an extent_ad: length, then location).
import { u32le } from '../image/fields.ts';
import { type ImageReader, Unreadable } from '../image/image-reader.ts';
import { TAG, tagId } from './descriptor-tag.ts';

export const UDF_SECTOR = 2048;

export interface Extent {
  length: number;
  location: number;
}

export async function readAnchorVolumeDescriptor(reader: ImageReader): Promise<Extent> {
  const lastSector = Math.floor(reader.size / UDF_SECTOR) - 1;
  for (const sector of [256, lastSector - 256, lastSector]) {
    if (sector < 256 || (sector + 1) * UDF_SECTOR > reader.size) continue;
    const bytes = await reader.read(sector * UDF_SECTOR, 512, 'UDF anchor volume descriptor');
    if (tagId(bytes) !== TAG.anchor || u32le(bytes, 12) !== sector) continue;
    return { length: u32le(bytes, 16), location: u32le(bytes, 20) };
  }
  throw new Unreadable('The image says it is UDF but has no anchor volume descriptor: it is truncated or damaged.');
}
