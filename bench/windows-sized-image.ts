// Makes a real-size (about 6 GB, sparse) Windows-shaped UDF image without writing 6 GB: a small
// image is built with the real tools (wimlib for an 11-edition install.wim, pycdlib for UDF 2.60
// laid out like Windows media, about a thousand files), then sources/install.wim is moved to the
// end and grown to about 5.7 GB: its file entry gets allocation descriptors for the new size
// (descriptor CRCs recomputed, ECMA-167 3/7.2.6), the partition grows to match, the WIM header is
// copied to the new start with its XML resource moved to the new end, and the file is extended
// sparsely. 7-Zip lists the result, so the structures are real, not just what our reader wants.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { captureWim, requireTools, udfImage, windowsEdition, writeTree } from '../src/inspect/testing/fixtures.ts';

const SECTOR = 2048;
export const IMAGE_BYTES = 6_000_000_000 - (6_000_000_000 % SECTOR);
const EDITIONS: [string, string][] = [
  ['Windows 11 Home', 'Core'], ['Windows 11 Home N', 'CoreN'], ['Windows 11 Home Single Language', 'CoreSingleLanguage'],
  ['Windows 11 Education', 'Education'], ['Windows 11 Education N', 'EducationN'], ['Windows 11 Pro', 'Professional'],
  ['Windows 11 Pro N', 'ProfessionalN'], ['Windows 11 Pro Education', 'ProfessionalEducation'], ['Windows 11 Pro Education N', 'ProfessionalEducationN'],
  ['Windows 11 Pro for Workstations', 'ProfessionalWorkstation'], ['Windows 11 Pro N for Workstations', 'ProfessionalWorkstationN'],
];

/** CRC-16/CCITT (polynomial 0x1021, initial 0), the descriptor CRC of ECMA-167 3/7.2.6. */
function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** Recomputes a descriptor's CRC over `crcLength` body bytes and then its tag checksum. */
function seal(d: Uint8Array, crcLength: number): void {
  const view = new DataView(d.buffer, d.byteOffset, d.byteLength);
  view.setUint16(10, crcLength, true);
  view.setUint16(8, crc16(d.subarray(16, 16 + crcLength)), true);
  let sum = 0;
  for (let i = 0; i < 16; i++) if (i !== 4) sum += d[i]!;
  d[4] = sum & 0xff;
}

function pread(fd: number, offset: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  readSync(fd, out, 0, length, offset);
  return out;
}

/** Builds (once) `<dir>/Win11_24H2_English_x64.iso`, about 6 GB, sparse; returns its path. */
export function windowsSizedImage(dir: string): string {
  const image = join(dir, 'Win11_24H2_English_x64.iso');
  if (existsSync(image)) return image;
  requireTools();
  const media = join(dir, 'media');
  const files: Record<string, string> = { 'setup.exe': 'MZ', 'autorun.inf': '[AutoRun.Amd64]\r\nopen=setup.exe\r\n', bootmgr: 'b', 'bootmgr.efi': 'MZ', 'boot/bcd': 'b', 'boot/boot.sdi': 's', 'boot/bootsect.exe': 'MZ', 'efi/boot/bootx64.efi': 'MZ', 'efi/microsoft/boot/bcd': 'b', 'sources/boot.wim': 'placeholder' };
  // Windows media carry about a thousand files, most of them in sources/ and its language folders.
  for (let d = 0; d < 40; d++) for (let f = 0; f < 20; f++) files[`sources/${d < 20 ? `lang-${d}` : `dlmanifests/component-${d}`}/file${f}.dll.mui`] = 'x';
  for (let f = 0; f < 150; f++) files[`sources/setup-component-${f}.dll`] = 'MZ';
  for (let d = 0; d < 40; d++) files[`boot/fonts/font${d}.ttf`] = files[`efi/microsoft/boot/fonts/font${d}.ttf`] = 'f';
  writeTree(media, files);
  const content = writeTree(join(dir, 'content'), { 'Windows/System32/config/SOFTWARE': 'hive' });
  captureWim(join(media, 'sources/install.wim'), content, EDITIONS.map(([name, id]) => windowsEdition(name, id, 26100)));
  udfImage(media, image, 'CCCOMA_X64FRE_EN-US_DV9');

  const fd = openSync(image, 'r+');
  try {
    const size = readFileSync(image).length;
    // The partition descriptor (tag 5) of the main and reserve sequences.
    const partitions: number[] = [];
    for (let s = 16; s < 300; s++) if (new DataView(pread(fd, s * SECTOR, 2).buffer).getUint16(0, true) === 5) partitions.push(s);
    const pd = pread(fd, partitions[0]! * SECTOR, SECTOR);
    const partitionStart = new DataView(pd.buffer).getUint32(188, true);
    // The WIM's data, and the file entry (tag 261/266) whose short_ad points at it.
    const whole = readFileSync(image);
    const wimAt = whole.indexOf(Buffer.from('MSWIM\0\0\0'));
    const wimBlock = wimAt / SECTOR - partitionStart;
    let entrySector = -1;
    for (let s = partitionStart; s < size / SECTOR && entrySector < 0; s++) {
      const v = new DataView(whole.buffer, whole.byteOffset + s * SECTOR, SECTOR);
      const tag = v.getUint16(0, true);
      if ((tag === 261 || tag === 266) && v.getUint32(tag === 261 ? 176 + v.getUint32(168, true) + 4 : 216 + v.getUint32(208, true) + 4, true) === wimBlock) entrySector = s;
    }
    if (wimAt < 0 || entrySector < 0) throw new Error('could not find install.wim in the small image');
    const header = new Uint8Array(whole.subarray(wimAt, wimAt + 208));
    const h = new DataView(header.buffer);
    const xmlSize = h.getUint32(72, true) & 0xffffff;
    const xml = new Uint8Array(whole.subarray(wimAt + Number(h.getBigUint64(80, true)), wimAt + Number(h.getBigUint64(80, true)) + xmlSize));

    // The grown install.wim starts after everything else and ends at the end of the image.
    const newStart = Math.ceil(size / SECTOR);
    const wimBytes = IMAGE_BYTES - SECTOR - newStart * SECTOR; // the last sector holds an anchor
    h.setBigUint64(80, BigInt(wimBytes - xmlSize), true);
    writeSync(fd, header, 0, header.length, newStart * SECTOR);
    writeSync(fd, xml, 0, xml.length, IMAGE_BYTES - SECTOR - xmlSize);

    const fe = pread(fd, entrySector * SECTOR, SECTOR);
    const v = new DataView(fe.buffer);
    const extended = v.getUint16(0, true) === 266;
    const eaLength = v.getUint32(extended ? 208 : 168, true);
    const adsAt = (extended ? 216 : 176) + eaLength;
    const maxExtent = 0x3fffffff & ~(SECTOR - 1);
    let ads = 0;
    for (let left = wimBytes, block = newStart - partitionStart; left > 0; ads++) {
      const length = Math.min(left, maxExtent);
      v.setUint32(adsAt + ads * 8, length, true);
      v.setUint32(adsAt + ads * 8 + 4, block, true);
      block += length / SECTOR;
      left -= length;
    }
    v.setUint32(extended ? 212 : 172, ads * 8, true);
    v.setBigUint64(56, BigInt(wimBytes), true);
    v.setBigUint64(64, BigInt(Math.ceil(wimBytes / SECTOR)), true); // logical blocks recorded
    if (extended) v.setBigUint64(72, BigInt(wimBytes), true); // object size
    seal(fe, adsAt + ads * 8 - 16);
    writeSync(fd, fe, 0, fe.length, entrySector * SECTOR);

    for (const sector of partitions) {
      const d = pread(fd, sector * SECTOR, SECTOR);
      new DataView(d.buffer).setUint32(192, IMAGE_BYTES / SECTOR - partitionStart, true);
      seal(d, new DataView(d.buffer).getUint16(10, true));
      writeSync(fd, d, 0, d.length, sector * SECTOR);
    }
    // The second anchor (ECMA-167 3/8.4.2.1) belongs in the image's last sector.
    const anchor = pread(fd, 256 * SECTOR, SECTOR);
    new DataView(anchor.buffer).setUint32(12, IMAGE_BYTES / SECTOR - 1, true);
    seal(anchor, new DataView(anchor.buffer).getUint16(10, true));
    writeSync(fd, anchor, 0, anchor.length, IMAGE_BYTES - SECTOR);
  } finally {
    closeSync(fd);
  }
  // 7-Zip must see the grown install.wim, or the image is not what it claims to be.
  const listing = execFileSync('7zz', ['l', '-slt', '-ba', image], { encoding: 'utf8' });
  const wimSize = /Path = sources[\\/]install\.wim\nFolder = -\nSize = (\d+)/.exec(listing)?.[1];
  if (!wimSize || Number(wimSize) < 5e9) throw new Error(`7-Zip does not list a 5 GB+ install.wim:\n${listing.slice(0, 2000)}`);
  return image;
}
