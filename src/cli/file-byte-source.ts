// The inspector's ByteSource over a file on disk (Node): positional reads, nothing loaded whole.
import { open, type FileHandle } from 'node:fs/promises';
import type { ByteSource } from '../inspect/types.ts';

export interface FileByteSource extends ByteSource {
  close(): Promise<void>;
}

export async function openFileByteSource(path: string): Promise<FileByteSource> {
  const handle: FileHandle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    async read(offset, length) {
      const wanted = Math.max(0, Math.min(length, size - offset));
      const buffer = new Uint8Array(wanted);
      let filled = 0;
      while (filled < wanted) {
        const { bytesRead } = await handle.read(buffer, filled, wanted - filled, offset + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return buffer.subarray(0, filled);
    },
    close: () => handle.close(),
  };
}
