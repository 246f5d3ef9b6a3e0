// Hand-built bytes for hostile images: a minimal ISO 9660 volume whose directories are given
// as records, so a test can make them loop or lie about their lengths.
const SECTOR = 2048;

export interface RawRecord {
  name: string;
  extent: number;
  length: number;
  directory: boolean;
}

function record(r: RawRecord): Uint8Array {
  const id = r.name === '.' ? [0] : r.name === '..' ? [1] : [...r.name].map((c) => c.charCodeAt(0));
  const length = 33 + id.length + (id.length % 2 === 0 ? 1 : 0);
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  bytes[0] = length;
  view.setUint32(2, r.extent, true);
  view.setUint32(6, r.extent, false);
  view.setUint32(10, r.length, true);
  view.setUint32(14, r.length, false);
  bytes[25] = r.directory ? 2 : 0;
  bytes[32] = id.length;
  bytes.set(id, 33);
  return bytes;
}

/** An ISO 9660 image: PVD at 16, terminator at 17, then `directories[i]` at sector 18 + i (the first is the root). */
export function handBuiltIso(directories: RawRecord[][], label = 'HOSTILE'): Uint8Array {
  const image = new Uint8Array((18 + directories.length + 1) * SECTOR);
  const pvd = image.subarray(16 * SECTOR, 17 * SECTOR);
  pvd.set([1, ...'CD001'.split('').map((c) => c.charCodeAt(0)), 1]);
  pvd.set([...label.padEnd(32)].map((c) => c.charCodeAt(0)), 40);
  new DataView(pvd.buffer, pvd.byteOffset).setUint16(128, SECTOR, true);
  pvd.set(record({ name: '.', extent: 18, length: SECTOR, directory: true }), 156);
  image.set([255, ...'CD001'.split('').map((c) => c.charCodeAt(0)), 1], 17 * SECTOR);
  directories.forEach((records, i) => {
    let at = (18 + i) * SECTOR;
    for (const r of records) {
      const bytes = record(r);
      image.set(bytes, at);
      at += bytes.length;
    }
  });
  return image;
}
