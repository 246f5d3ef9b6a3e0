// Virtual hard disks are recognised, not read: a VHD's footer (Microsoft "Virtual Hard Disk Image
// Format Specification", Hard Disk Footer: cookie "conectix", the last 512 bytes, copied at the
// start of dynamic disks) and a VHDX's file type identifier ([MS-VHDX] 2.2.1: "vhdxfile" at 0).
import { startsWith } from '../image/fields.ts';
import type { ImageReader } from '../image/image-reader.ts';

export async function detectVirtualDisk(reader: ImageReader, head: Uint8Array): Promise<'vhd' | 'vhdx' | null> {
  if (startsWith(head, 0, 'vhdxfile')) return 'vhdx';
  if (startsWith(head, 0, 'conectix')) return 'vhd';
  if (reader.size >= 512 && reader.size % 512 === 0) {
    const footer = await reader.read(reader.size - 512, 512, 'VHD footer');
    if (startsWith(footer, 0, 'conectix')) return 'vhd';
  }
  return null;
}
