// El Torito 1.0 2.1 and 2.3: the boot catalog's validation entry (header 01, key 55 AA) and its
// initial entry's platform (0 x86 BIOS, 0xEF UEFI). Used only to say whether an image boots.
import { type ImageReader } from '../image/image-reader.ts';
import { SECTOR } from './volume-descriptor.ts';

export async function readBootCatalog(reader: ImageReader, sector: number): Promise<{ platforms: string[] } | null> {
  if (sector <= 16 || (sector + 1) * SECTOR > reader.size) return null;
  const catalog = await reader.read(sector * SECTOR, SECTOR, 'El Torito boot catalog');
  if (catalog[0] !== 1 || catalog[30] !== 0x55 || catalog[31] !== 0xaa) return null;
  const platforms = new Set<string>([catalog[1] === 0xef ? 'uefi' : 'bios']);
  // Section headers (0x90/0x91) name further platforms.
  for (let at = 64; at + 32 <= SECTOR; at += 32) {
    const kind = catalog[at];
    if (kind !== 0x90 && kind !== 0x91) continue;
    platforms.add(catalog[at + 1] === 0xef ? 'uefi' : 'bios');
    if (kind === 0x91) break;
  }
  return { platforms: [...platforms] };
}
