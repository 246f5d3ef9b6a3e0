// Streams a file through SHA-256 with ONE reused buffer: a BYOB reader fills the same memory
// again and again, so hashing a 6 GB ISO keeps the page's memory flat (the default reader hands
// out a fresh chunk per read, and measured +490–770 MB here).

/**
 * Chromium hands a Blob stream over in pieces of at most 2 MiB (its data pipe), so a bigger
 * buffer is never filled further; bench/verify.ts measured 1–16 MiB (see the verify issue).
 */
export const HASH_BUFFER_BYTES = 2 * 1024 * 1024;

/** The part of hash-wasm's IHasher that hashing a stream needs. */
export interface Sha256Hasher {
  init(): unknown;
  update(data: Uint8Array): unknown;
  digest(): string;
}

export interface StreamHashOptions {
  bufferBytes: number;
  /** Called at most once per `progressEveryMs`, and once at the end. */
  onProgress(bytesDone: number, atMs: number): void;
  progressEveryMs: number;
  now(): number;
}

export async function hashBlob(blob: Blob, hasher: Sha256Hasher, options: StreamHashOptions): Promise<{ sha256: string; bytes: number }> {
  const reader = blob.stream().getReader({ mode: 'byob' });
  let buffer = new ArrayBuffer(options.bufferBytes);
  let bytesDone = 0;
  let reportedAt = options.now();
  hasher.init();
  try {
    for (;;) {
      // A BYOB read transfers the buffer and gives it back as value.buffer: same memory, new handle.
      const { value, done } = await reader.read(new Uint8Array(buffer));
      if (value) buffer = value.buffer as ArrayBuffer;
      if (done) break;
      hasher.update(value);
      bytesDone += value.byteLength;
      const now = options.now();
      if (now - reportedAt >= options.progressEveryMs) {
        reportedAt = now;
        options.onProgress(bytesDone, now);
      }
    }
  } finally {
    reader.releaseLock();
  }
  options.onProgress(bytesDone, options.now());
  return { sha256: hasher.digest(), bytes: bytesDone };
}
