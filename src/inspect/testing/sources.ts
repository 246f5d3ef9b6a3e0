// ByteSources for tests: a file on disk, bytes in memory, and a wrapper that counts what is read.
import { readFileSync } from 'node:fs';
import { openFileByteSource } from '../../cli/file-byte-source.ts';
import { inspect } from '../index.ts';
import type { ByteSource, Inspection } from '../types.ts';

export function memorySource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: async (offset, length) => bytes.slice(offset, offset + length) };
}

export interface CountingSource extends ByteSource {
  bytesRead: number;
  reads: number;
}

export function counting(source: ByteSource): CountingSource {
  const counted: CountingSource = {
    size: source.size,
    bytesRead: 0,
    reads: 0,
    async read(offset, length) {
      const bytes = await source.read(offset, length);
      counted.bytesRead += bytes.length;
      counted.reads++;
      return bytes;
    },
  };
  return counted;
}

export async function inspectFile(path: string, name = path): Promise<Inspection & { bytesRead: number }> {
  const file = await openFileByteSource(path);
  try {
    const source = counting(file);
    return { ...(await inspect(source, name)), bytesRead: source.bytesRead };
  } finally {
    await file.close();
  }
}

export const fileBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(path));
