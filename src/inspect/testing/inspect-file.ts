// Inspects a file on disk for the tests, counting the bytes the engine asked for.
import { openFileByteSource } from '../../cli/file-byte-source.ts';
import { inspect } from '../index.ts';
import type { ByteSource, Inspection } from '../types.ts';

/** Wraps a source so a test can see how many bytes (and reads) the engine asked for. */
export function countingSource(source: ByteSource): ByteSource & { bytesRead: number; reads: number } {
  const counted = {
    size: source.size,
    bytesRead: 0,
    reads: 0,
    async read(offset: number, length: number) {
      const bytes = await source.read(offset, length);
      counted.bytesRead += bytes.length;
      counted.reads += 1;
      return bytes;
    },
  };
  return counted;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: async (offset, length) => bytes.slice(offset, Math.min(bytes.length, offset + length)) };
}

export async function inspectFile(path: string): Promise<Inspection & { bytesRead: number }> {
  const file = await openFileByteSource(path);
  try {
    const source = countingSource(file);
    return { ...(await inspect(source, path)), bytesRead: source.bytesRead };
  } finally {
    await file.close();
  }
}

export const codes = (inspection: Inspection): string[] => inspection.findings.map((f) => f.code);
