// Walks an ISO 9660 directory hierarchy (ECMA-119 6.8) from the root record, preferring Joliet
// names, then Rock Ridge, then the plain d-character names. Bounded by WALK_LIMITS; a directory
// seen twice (a loop) makes the image unreadable.
import { type ImageReader, Unreadable } from '../image/image-reader.ts';
import { type ImageEntry, type ImageTree, WALK_LIMITS } from '../image/image-tree.ts';
import { readDirectoryRecord } from './directory-record.ts';
import type { VolumeDescriptors } from './volume-descriptor.ts';

interface IsoEntry extends ImageEntry {
  extent: number;
}

export async function readIso9660Tree(reader: ImageReader, descriptors: VolumeDescriptors): Promise<ImageTree> {
  const primary = descriptors.primary;
  if (!primary) throw new Unreadable('The ISO 9660 image has no primary volume descriptor.');
  const joliet = descriptors.joliet !== null;
  const rootRecord = readDirectoryRecord((descriptors.joliet ?? primary).root, 0, false);
  if (!rootRecord?.isDirectory) throw new Unreadable('The ISO 9660 root directory record is damaged.');
  const block = primary.blockSize;
  const entries: IsoEntry[] = [];
  const visited = new Set<number>();
  let directoryBytes = 0;

  async function walk(extent: number, length: number, path: string, depth: number): Promise<void> {
    if (depth > WALK_LIMITS.depth) throw new Unreadable(`The directories nest deeper than ${WALK_LIMITS.depth} levels.`);
    if (visited.has(extent)) throw new Unreadable(`The directory ${path || '/'} loops back to a directory already read.`);
    visited.add(extent);
    directoryBytes += length;
    if (directoryBytes > WALK_LIMITS.directoryBytes) throw new Unreadable(`The directory ${path || '/'} claims ${length} bytes: directories that large are in no real disk image.`);
    const bytes = await reader.read(extent * block, length, 'ISO 9660 directory');
    for (let at = 0; at < bytes.length; ) {
      const record = readDirectoryRecord(bytes, at, joliet);
      if (!record) { at = (Math.floor(at / block) + 1) * block; continue; } // padding to the sector's end
      at += record.length;
      if (record.name === '.' || record.name === '..' || record.name === '') continue;
      if (entries.length >= WALK_LIMITS.entries) throw new Unreadable(`The image lists more than ${WALK_LIMITS.entries} entries.`);
      const entry: IsoEntry = { path: path ? `${path}/${record.name}` : record.name, isDirectory: record.isDirectory, size: record.dataLength, extent: record.extent };
      entries.push(entry);
      if (record.isDirectory) await walk(record.extent, record.dataLength, entry.path, depth + 1);
    }
  }
  await walk(rootRecord.extent, rootRecord.dataLength, '', 0);

  return {
    format: 'iso9660',
    label: primary.label || null,
    entries,
    async readFile(entry, offset, length) {
      const { extent } = entry as IsoEntry;
      const end = Math.min(entry.size, offset + length);
      return end <= offset ? new Uint8Array(0) : reader.read(extent * block + offset, end - offset, `file ${entry.path}`);
    },
  };
}
