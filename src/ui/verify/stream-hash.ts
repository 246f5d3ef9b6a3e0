// Streams a file through SHA-256 with ONE reused buffer: a BYOB reader fills the same memory
// again and again, so hashing a 6 GB ISO keeps the page's memory flat (the default reader hands
// out a fresh chunk per read, and measured +490–770 MB here).

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
