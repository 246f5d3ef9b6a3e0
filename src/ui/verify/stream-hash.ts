// Streams a file through SHA-256 with ONE reused buffer: a BYOB reader fills the same memory
// again and again, so hashing a 6 GB ISO keeps the page's memory flat (the default reader hands
// out a fresh chunk per read, and measured +490–770 MB here).
import type { Sha256Hasher } from './sha256.ts';

/**
 * Chromium hands a Blob stream over in pieces of at most 2 MiB (its data pipe), so a bigger
 * buffer is never filled further; bench/verify.ts measured 1–16 MiB (see the verify issue).
 */
export const HASH_BUFFER_BYTES = 2 * 1024 * 1024;

export interface StreamHashOptions {
  bufferBytes: number;
  /** Called at most once per `progressEveryMs`, and once at the end. */
  onProgress(bytesDone: number, atMs: number): void;
  progressEveryMs: number;
  now(): number;
}

export async function hashBlob(blob: Blob, hasher: Sha256Hasher, options: StreamHashOptions): Promise<{ sha256: string; bytes: number }> {
  let bytesDone = 0;
  let reportedAt = options.now();
  hasher.init();
  for await (const chunk of readChunks(blob, options.bufferBytes)) {
    hasher.update(chunk);
    bytesDone += chunk.byteLength;
    const now = options.now();
    if (now - reportedAt >= options.progressEveryMs) {
      reportedAt = now;
      options.onProgress(bytesDone, now);
    }
  }
  options.onProgress(bytesDone, options.now());
  return { sha256: hasher.digest(), bytes: bytesDone };
}

/**
 * Yields the blob's bytes; each chunk is only valid until the next one is asked for, because
 * it lives in the one reused buffer. A browser whose Blob stream is not a byte stream gets the
 * default reader instead: slower to free memory, but still correct.
 */
export async function* readChunks(blob: Blob, bufferBytes: number): AsyncGenerator<Uint8Array, void, undefined> {
  const stream = blob.stream();
  let reader: ReadableStreamBYOBReader;
  try {
    reader = stream.getReader({ mode: 'byob' });
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    yield* readDefault(stream.getReader());
    return;
  }
  let buffer = new ArrayBuffer(bufferBytes);
  try {
    for (;;) {
      // A BYOB read transfers the buffer and gives it back as value.buffer: same memory, new handle.
      const { value, done } = await reader.read(new Uint8Array(buffer));
      if (value) buffer = value.buffer as ArrayBuffer;
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

async function* readDefault(reader: ReadableStreamDefaultReader<Uint8Array>): AsyncGenerator<Uint8Array, void, undefined> {
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
