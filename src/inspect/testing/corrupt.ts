// Damages real images the way a hostile one would be made: a directory pointed back at its
// parent (a loop), a length made absurd. Works on the bytes of a small image held in memory.

const find = (bytes: Uint8Array, needle: Uint8Array, from = 0): number => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(Buffer.from(needle), from);
const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * ISO 9660 (no Joliet): the directory record named `name` (upper case, 1–8 letters) is pointed at
 * the root directory's extent, so walking it leads back to the root. With `length`, its data
 * length is set instead.
 */
export function patchIsoDirectory(bytes: Uint8Array, name: string, change: { toRoot: true } | { length: number }): void {
  const pvd = 16 * 2048;
  const rootExtent = view(bytes).getUint32(pvd + 156 + 2, true);
  const rootDir = rootExtent * 2048;
  // A directory record: ... id length at 32, id at 33; find "<len><NAME>" in the root's sector.
  const id = new Uint8Array([name.length, ...Buffer.from(name, 'latin1')]);
  const at = find(bytes.subarray(rootDir, rootDir + 2048), id);
  if (at < 0) throw new Error(`no directory record named ${name}`);
  const record = rootDir + at - 32;
  if ('toRoot' in change) {
    view(bytes).setUint32(record + 2, rootExtent, true);
    view(bytes).setUint32(record + 6, rootExtent, false);
  } else {
    view(bytes).setUint32(record + 10, change.length, true);
    view(bytes).setUint32(record + 14, change.length, false);
  }
}

function fixTagChecksum(bytes: Uint8Array, at: number): void {
  let sum = 0;
  for (let i = 0; i < 16; i++) if (i !== 4) sum += bytes[at + i]!;
  bytes[at + 4] = sum & 0xff;
}

const isParentFid = (bytes: Uint8Array, at: number): boolean => view(bytes).getUint16(at, true) === 257 && (bytes[at + 18]! & 0x08) !== 0;

/**
 * UDF: the file identifier descriptor named `name` (8-bit CS0) is pointed at the file entry its
 * own directory's parent entry points to, so the walk goes back up and around.
 */
export function patchUdfLoop(bytes: Uint8Array, name: string): void {
  const nameAt = find(bytes, new Uint8Array([8, ...Buffer.from(name, 'latin1')]));
  if (nameAt < 0) throw new Error(`no UDF name ${name}`);
  // The name follows 38 bytes and the implementation use area (0 bytes from pycdlib, 32 from others).
  const fid = [0, 32].map((use) => nameAt - 38 - use).find((at) => view(bytes).getUint16(at, true) === 257);
  if (fid === undefined) throw new Error(`no file identifier descriptor for ${name}`);
  let parent = fid - 4;
  while (parent > fid - 4096 && !isParentFid(bytes, parent)) parent -= 4;
  if (!isParentFid(bytes, parent)) throw new Error('no parent entry before it');
  bytes.set(bytes.slice(parent + 20, parent + 36), fid + 20); // the ICB long_ad
  fixTagChecksum(bytes, fid);
}

/** WIM: the XML resource header's size and offset (RESHDR at 72). */
export function patchWimXml(bytes: Uint8Array, change: { size?: number; offset?: number }): void {
  if (change.size !== undefined) {
    view(bytes).setUint32(72, change.size % 2 ** 32, true);
    view(bytes).setUint16(76, Math.floor(change.size / 2 ** 32) & 0xffff, true);
    bytes[78] = Math.floor(change.size / 2 ** 48) & 0xff;
  }
  if (change.offset !== undefined) view(bytes).setBigUint64(80, BigInt(change.offset), true);
}

/** Replaces every UTF-16LE `from` in the bytes with `to` (same length). */
export function replaceUtf16(bytes: Uint8Array, from: string, to: string): void {
  const needle = Buffer.from(from, 'utf16le');
  for (let at = find(bytes, needle); at >= 0; at = find(bytes, needle, at + 1)) bytes.set(Buffer.from(to, 'utf16le'), at);
}
