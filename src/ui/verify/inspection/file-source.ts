// The inspector's ByteSource over a picked or dropped file: each read is one `Blob.slice`, so
// only the descriptors, directories and WIM XML the engine asks for are ever read from disk.
import type { ByteSource } from '../../../inspect/types.ts';

/** No read the inspector makes is this large; a bigger one is a bug, refused before it fills memory. */
export const MAX_READ_BYTES = 64 * 1024 * 1024;

export interface CountingSource extends ByteSource {
  /** Bytes handed out so far, for the page's own check that a 6 GB image is not read whole. */
  readonly bytesRead: number;
}

export function fileSource(file: Blob): CountingSource {
  let bytesRead = 0;
  return {
    size: file.size,
    get bytesRead() {
      return bytesRead;
    },
    async read(offset: number, length: number): Promise<Uint8Array> {
      if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
        throw new RangeError(`bad read: offset ${offset}, length ${length}`);
      }
      if (length > MAX_READ_BYTES) throw new RangeError(`read of ${length} bytes is larger than ${MAX_READ_BYTES}`);
      // Past the end gives fewer bytes (or none), as the contract says; never more than asked.
      const end = Math.min(file.size, offset + length);
      if (offset >= end) return new Uint8Array(0);
      const bytes = new Uint8Array(await file.slice(offset, end).arrayBuffer());
      bytesRead += bytes.byteLength;
      return bytes;
    },
  };
}
