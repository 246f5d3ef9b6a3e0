// Walks a UDF file system: the file set descriptor (ECMA-167 4/14.1, its root directory ICB at
// byte 400), then each directory's file entry and its file identifier descriptors. The label is
// the logical volume identifier (what Windows shows for UDF media). Bounded by WALK_LIMITS; a
// directory entry seen twice (a loop) makes the image unreadable.
import { type ImageReader, Unreadable } from '../image/image-reader.ts';
import { type ImageEntry, type ImageTree, WALK_LIMITS } from '../image/image-tree.ts';
import { readLongAd, type LongAd } from './allocation-descriptors.ts';
import { readAnchorVolumeDescriptor } from './anchor-volume-descriptor.ts';
import { expectTag, TAG } from './descriptor-tag.ts';
import { type FileEntry, readFileEntry } from './file-entry.ts';
import { readFileIdentifierDescriptor } from './file-identifier-descriptor.ts';
import { UdfVolume } from './udf-volume.ts';

interface UdfEntry extends ImageEntry {
  icb: LongAd;
}

export async function readUdfTree(reader: ImageReader): Promise<ImageTree> {
  const volume = await UdfVolume.open(reader, await readAnchorVolumeDescriptor(reader));
  const fileSet = await volume.readBlock(volume.logical.fileSet, 'UDF file set descriptor');
  expectTag(fileSet, TAG.fileSet, 'file set descriptor');
  const root = readLongAd(fileSet, 400);

  const fileEntry = async (icb: LongAd): Promise<FileEntry> => readFileEntry(await volume.readBlock(icb, 'UDF file entry'), icb.partition);
  const readData = (entry: FileEntry, from: number, length: number, what: string): Promise<Uint8Array> => {
    const end = Math.min(entry.size, from + length);
    if (end <= from) return Promise.resolve(new Uint8Array(0));
    if ('embedded' in entry.data) return Promise.resolve(entry.data.embedded.slice(from, end));
    return volume.readExtents(entry.data.extents, from, end - from, what);
  };

  const entries: UdfEntry[] = [];
  const visited = new Set<string>();
  let directoryBytes = 0;
  async function walk(icb: LongAd, path: string, depth: number): Promise<void> {
    if (depth > WALK_LIMITS.depth) throw new Unreadable(`The directories nest deeper than ${WALK_LIMITS.depth} levels.`);
    const key = `${icb.partition}:${icb.block}`;
    if (visited.has(key)) throw new Unreadable(`The directory ${path || '/'} loops back to a directory already read.`);
    visited.add(key);
    const directory = await fileEntry(icb);
    if (!directory.isDirectory) throw new Unreadable(`${path || 'The root'} is listed as a directory but is not one.`);
    directoryBytes += directory.size;
    if (directoryBytes > WALK_LIMITS.directoryBytes) throw new Unreadable(`The directory ${path || '/'} claims ${directory.size} bytes: directories that large are in no real disk image.`);
    const bytes = await readData(directory, 0, directory.size, 'UDF directory');
    for (let at = 0; at + 38 <= bytes.length; ) {
      const fid = readFileIdentifierDescriptor(bytes, at);
      at += fid.length;
      if (fid.skip) continue;
      if (entries.length >= WALK_LIMITS.entries) throw new Unreadable(`The image lists more than ${WALK_LIMITS.entries} entries.`);
      const entry: UdfEntry = { path: path ? `${path}/${fid.name}` : fid.name, isDirectory: fid.isDirectory, size: -1, icb: fid.icb };
      entries.push(entry);
      if (fid.isDirectory) await walk(fid.icb, entry.path, depth + 1);
    }
  }
  await walk(root, '', 0);

  return {
    format: 'udf',
    label: volume.logical.label || volume.volumeLabel || null,
    entries,
    async readFile(entry, offset, length) {
      const file = await fileEntry((entry as UdfEntry).icb);
      entry.size = file.size;
      return readData(file, offset, length, `file ${entry.path}`);
    },
  };
}
