// A UDF volume as a reader needs it: the main volume descriptor sequence (ECMA-167 3/8.4.2) read
// up to its terminating descriptor, the partitions it maps, and block addressing through them.
// For a metadata partition (OSTA UDF 2.60 2.2.10), blocks are found through the metadata file's
// allocation descriptors, which live in the physical partition.
import { slice } from '../image/fields.ts';
import { type ImageReader, Unreadable } from '../image/image-reader.ts';
import { type Extent, UDF_SECTOR } from './anchor-volume-descriptor.ts';
import type { FileExtent, LongAd } from './allocation-descriptors.ts';
import { TAG, tagId } from './descriptor-tag.ts';
import { decodeDstring } from './dstring.ts';
import { readFileEntry } from './file-entry.ts';
import { type LogicalVolumeDescriptor, readLogicalVolumeDescriptor } from './logical-volume-descriptor.ts';
import { type PartitionDescriptor, readPartitionDescriptor } from './partition-descriptor.ts';

const MAX_SEQUENCE = 64;

export class UdfVolume {
  private metadataExtents = new Map<number, FileExtent[]>();

  private constructor(
    private readonly reader: ImageReader,
    readonly volumeLabel: string,
    readonly logical: LogicalVolumeDescriptor,
    private readonly partitions: PartitionDescriptor[],
  ) {}

  static async open(reader: ImageReader, sequence: Extent): Promise<UdfVolume> {
    let label = '';
    let logical: LogicalVolumeDescriptor | null = null;
    const partitions: PartitionDescriptor[] = [];
    const sectors = Math.min(Math.floor(sequence.length / UDF_SECTOR), MAX_SEQUENCE);
    for (let i = 0; i < sectors; i++) {
      const bytes = await reader.read((sequence.location + i) * UDF_SECTOR, UDF_SECTOR, 'UDF volume descriptor');
      const tag = tagId(bytes);
      if (tag === TAG.terminating || tag === -1 || tag === 0) break;
      if (tag === TAG.primaryVolume) label = decodeDstring(slice(bytes, 24, 32));
      if (tag === TAG.partition) partitions.push(readPartitionDescriptor(bytes));
      if (tag === TAG.logicalVolume && !logical) logical = readLogicalVolumeDescriptor(bytes);
    }
    if (!logical) throw new Unreadable('The UDF volume has no logical volume descriptor.');
    const volume = new UdfVolume(reader, label, logical, partitions);
    for (const [ref, map] of logical.maps.entries()) {
      if (map.kind !== 'metadata') continue;
      const physical = logical.maps.findIndex((m) => m.kind === 'physical' && m.partitionNumber === map.partitionNumber);
      if (physical < 0) throw new Unreadable('The UDF metadata partition has no physical partition.');
      const entry = readFileEntry(await volume.readBlock({ block: map.metadataFile, partition: physical, length: UDF_SECTOR }, 'UDF metadata file'), physical);
      if (!('extents' in entry.data)) throw new Unreadable('The UDF metadata file is damaged.');
      volume.metadataExtents.set(ref, entry.data.extents);
    }
    return volume;
  }

  /** The byte offset in the image of `block` of partition reference `ref`, and how many bytes follow it contiguously. */
  locate(ref: number, block: number): { offset: number; run: number } {
    const map = this.logical.maps[ref];
    if (!map) throw new Unreadable(`A UDF address names partition ${ref}, which the volume does not map.`);
    if (map.kind === 'unsupported') throw new Unreadable(`The UDF volume uses a "${map.identifier}" partition, which ISO Guard does not read.`);
    if (map.kind === 'physical') {
      const partition = this.partitions.find((p) => p.number === map.partitionNumber);
      if (!partition) throw new Unreadable(`The UDF partition ${map.partitionNumber} has no partition descriptor.`);
      if (block >= partition.length) throw new Unreadable('A UDF address lies outside its partition.');
      return { offset: (partition.start + block) * UDF_SECTOR, run: (partition.length - block) * UDF_SECTOR };
    }
    let at = block * UDF_SECTOR;
    for (const extent of this.metadataExtents.get(ref) ?? []) {
      if (at < extent.length) {
        const physical = this.locate(extent.partition, extent.block);
        return { offset: physical.offset + at, run: Math.min(physical.run - at, extent.length - at) };
      }
      at -= extent.length;
    }
    throw new Unreadable('A UDF address lies outside the metadata partition.');
  }

  async readBlock(ad: Pick<LongAd, 'block' | 'partition' | 'length'>, what: string): Promise<Uint8Array> {
    const { offset } = this.locate(ad.partition, ad.block);
    return this.reader.read(offset, UDF_SECTOR, what);
  }

  /** Bytes `[from, from + length)` of the data described by `extents`; unrecorded extents read as zeros. */
  async readExtents(extents: FileExtent[], from: number, length: number, what: string): Promise<Uint8Array> {
    const out = new Uint8Array(length);
    let base = 0;
    for (const extent of extents) {
      const start = Math.max(from, base);
      const end = Math.min(from + length, base + extent.length);
      for (let at = start; at < end && extent.recorded; ) {
        const within = at - base;
        const place = this.locate(extent.partition, extent.block + Math.floor(within / UDF_SECTOR));
        const take = Math.min(end - at, place.run - (within % UDF_SECTOR));
        if (take <= 0) throw new Unreadable(`The ${what} runs outside its partition.`);
        out.set(await this.reader.read(place.offset + (within % UDF_SECTOR), take, what), at - from);
        at += take;
      }
      base += extent.length;
      if (base >= from + length) break;
    }
    return out;
  }
}
