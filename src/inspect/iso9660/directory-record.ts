// ECMA-119 9.1: a directory record. Its name is d-characters (or UCS-2 big-endian under Joliet);
// a Rock Ridge NM entry (IEEE P1282 / RRIP 4.1.4) in the system use area gives the POSIX name.
import { u32le, u8, utf16be } from '../image/fields.ts';
import { rockRidgeName } from './rock-ridge.ts';

export interface DirectoryRecord {
  length: number;
  extent: number;
  dataLength: number;
  isDirectory: boolean;
  /** The record's name, or `.`/`..` for the self and parent records. */
  name: string;
}

/** The record at `at` in a directory's bytes, or null for the zero padding at a sector's end. */
export function readDirectoryRecord(bytes: Uint8Array, at: number, joliet: boolean): DirectoryRecord | null {
  const length = u8(bytes, at, 'directory record');
  if (length === 0) return null;
  if (length < 34 || at + length > bytes.length) return { length: Math.max(length, 1), extent: 0, dataLength: 0, isDirectory: false, name: '' };
  const idLength = u8(bytes, at + 32);
  const extent = u32le(bytes, at + 2);
  const dataLength = u32le(bytes, at + 10);
  const isDirectory = (u8(bytes, at + 25) & 0x02) !== 0;
  const id = bytes.subarray(at + 33, Math.min(at + 33 + idLength, at + length));
  let name: string;
  if (idLength === 1 && (id[0] === 0 || id[0] === 1)) name = id[0] === 0 ? '.' : '..';
  else if (joliet) name = utf16be(id);
  else {
    const systemUse = bytes.subarray(at + 33 + idLength + (idLength % 2 === 0 ? 1 : 0), at + length);
    name = rockRidgeName(systemUse) ?? new TextDecoder('latin1').decode(id);
  }
  if (!joliet || !name.startsWith('.')) name = name.replace(/;\d*$/, '');
  if (!isDirectory && name.endsWith('.') && !/^\.+$/.test(name)) name = name.slice(0, -1);
  return { length, extent, dataLength, isDirectory, name };
}
