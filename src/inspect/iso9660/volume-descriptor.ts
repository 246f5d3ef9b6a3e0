// ECMA-119 (ISO 9660) 8: the volume descriptor set, one 2048-byte descriptor per sector from
// sector 16: 8.2 boot record (type 0), 8.4 primary (1), 8.5 supplementary (2, Joliet when its
// escape sequences name UCS-2), 8.3 terminator (255). Also spots the ECMA-167 2/9.1 volume
// recognition sequence ("BEA01", "NSR02"/"NSR03") that marks a UDF file system.
import { ascii, slice, startsWith, u16le, u32le, u8 } from '../image/fields.ts';
import { type ImageReader, Unreadable } from '../image/image-reader.ts';

export const SECTOR = 2048;
const MAX_DESCRIPTORS = 64;

export interface VolumeDescriptors {
  /** `blocks`: the volume space size (8.4.8), what the whole image should span. */
  primary: { label: string; blockSize: number; blocks: number; root: Uint8Array } | null;
  joliet: { root: Uint8Array } | null;
  /** The boot record's El Torito boot catalog sector, when the image is bootable (El Torito 2.0). */
  bootCatalog: number | null;
  /** An NSR02/NSR03 descriptor was seen: the image carries UDF. */
  udf: boolean;
}

export async function readVolumeDescriptors(reader: ImageReader): Promise<VolumeDescriptors | null> {
  const found: VolumeDescriptors = { primary: null, joliet: null, bootCatalog: null, udf: false };
  let any = false;
  for (let i = 0; i < MAX_DESCRIPTORS; i++) {
    const offset = (16 + i) * SECTOR;
    if (offset + SECTOR > reader.size) break;
    const d = await reader.read(offset, SECTOR, 'volume descriptor');
    if (startsWith(d, 1, 'NSR02') || startsWith(d, 1, 'NSR03')) { found.udf = true; any = true; continue; }
    if (startsWith(d, 1, 'BEA01') || startsWith(d, 1, 'TEA01') || startsWith(d, 1, 'BOOT2')) { any = true; continue; }
    if (!startsWith(d, 1, 'CD001')) break;
    any = true;
    const type = u8(d, 0);
    if (type === 255) continue; // the UDF recognition sequence may follow the terminator
    if (type === 0 && startsWith(d, 7, 'EL TORITO SPECIFICATION')) found.bootCatalog = u32le(d, 71);
    if (type === 1 && !found.primary) {
      const blockSize = u16le(d, 128);
      if (blockSize !== 2048 && blockSize !== 512 && blockSize !== 1024) throw new Unreadable(`The ISO 9660 block size ${blockSize} is not one the standard allows.`);
      found.primary = { label: ascii(d, 40, 32).replace(/[\0 ]+$/, ''), blockSize, blocks: u32le(d, 80), root: slice(d, 156, 34) };
    }
    // Joliet: escape sequence %/@, %/C or %/E in the supplementary descriptor (Joliet spec 2.2).
    if (type === 2 && d[88] === 0x25 && d[89] === 0x2f && [0x40, 0x43, 0x45].includes(d[90] ?? 0)) {
      found.joliet = { root: slice(d, 156, 34) };
    }
  }
  return any ? found : null;
}
