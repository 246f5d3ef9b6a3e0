// ECMA-167 3/10.5: a partition descriptor: its number and where it starts on the disc.
import { u16le, u32le } from '../image/fields.ts';

export interface PartitionDescriptor {
  number: number;
  start: number;
  length: number;
}

export function readPartitionDescriptor(bytes: Uint8Array): PartitionDescriptor {
  return { number: u16le(bytes, 22), start: u32le(bytes, 188), length: u32le(bytes, 192) };
}
