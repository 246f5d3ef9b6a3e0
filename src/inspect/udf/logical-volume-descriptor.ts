// ECMA-167 3/10.6: the logical volume descriptor: the volume's name (the label Windows shows),
// its block size, where the file set descriptor is (a long_ad in the contents use) and its
// partition maps: type 1 (3/10.7.2) or type 2 (3/10.7.3), of which OSTA UDF 2.60 2.2.10 defines
// the metadata partition map used by UDF 2.50 and later.
import { ascii, slice, u16le, u32le, u8 } from '../image/fields.ts';
import { Unreadable } from '../image/image-reader.ts';
import { decodeDstring } from './dstring.ts';
import { type LongAd, readLongAd } from './allocation-descriptors.ts';

export type PartitionMap =
  | { kind: 'physical'; partitionNumber: number }
  | { kind: 'metadata'; partitionNumber: number; metadataFile: number }
  | { kind: 'unsupported'; identifier: string };

export interface LogicalVolumeDescriptor {
  label: string;
  blockSize: number;
  fileSet: LongAd;
  maps: PartitionMap[];
}

const MAX_MAPS = 16;

export function readLogicalVolumeDescriptor(bytes: Uint8Array): LogicalVolumeDescriptor {
  const blockSize = u32le(bytes, 212);
  if (blockSize !== 2048) throw new Unreadable(`The UDF block size ${blockSize} is not the 2048 bytes of optical media.`);
  const count = u32le(bytes, 268);
  if (count < 1 || count > MAX_MAPS) throw new Unreadable(`The UDF volume claims ${count} partition maps.`);
  const maps: PartitionMap[] = [];
  for (let at = 440, i = 0; i < count; i++) {
    const type = u8(bytes, at, 'partition map');
    const length = u8(bytes, at + 1, 'partition map');
    if (length < 6) throw new Unreadable('A UDF partition map is damaged.');
    if (type === 1) maps.push({ kind: 'physical', partitionNumber: u16le(bytes, at + 4) });
    else {
      const identifier = ascii(slice(bytes, at + 4, 32), 1, 23).replace(/\0+$/, '');
      if (identifier === '*UDF Metadata Partition') {
        maps.push({ kind: 'metadata', partitionNumber: u16le(bytes, at + 38), metadataFile: u32le(bytes, at + 40) });
      } else maps.push({ kind: 'unsupported', identifier });
    }
    at += length;
  }
  return { label: decodeDstring(slice(bytes, 84, 128)), blockSize, fileSet: readLongAd(bytes, 248), maps };
}
