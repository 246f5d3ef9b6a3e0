import { createHash } from 'node:crypto';
import { createSha256 } from './sha256.ts';
import { describe, expect, it } from 'vitest';
import { hashBlob, readChunks } from './stream-hash.ts';

function patternBytes(length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + (i >> 11)) & 0xff;
  return bytes;
}

const sizes = [0, 1, 64 * 1024 - 1, 1024 * 1024, 3 * 1024 * 1024 + 17];

describe('hashBlob', () => {
  for (const size of sizes) {
    it(`gives the same SHA-256 as Node for ${size} bytes, through a 64 KiB buffer`, async () => {
      const bytes = patternBytes(size);
      const progress: number[] = [];
      const result = await hashBlob(new Blob([bytes]), await createSha256(), {
        bufferBytes: 64 * 1024,
        progressEveryMs: 0,
        now: () => 0,
        onProgress: (done) => progress.push(done),
      });
      expect(result).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), bytes: size });
      expect(progress.at(-1)).toBe(size);
    });
  }

  it('throttles progress reports to the interval and always reports the end', async () => {
    let clock = 0;
    const reports: number[] = [];
    await hashBlob(new Blob([patternBytes(1024 * 1024)]), await createSha256(), {
      bufferBytes: 64 * 1024, // 16 reads, the clock moves 40 ms per read
      progressEveryMs: 100,
      now: () => (clock += 40),
      onProgress: (_done, at) => reports.push(at),
    });
    expect(reports.length).toBeLessThan(9);
    expect(reports.length).toBeGreaterThan(3);
    for (let i = 1; i < reports.length - 1; i++) expect(reports[i]! - reports[i - 1]!).toBeGreaterThanOrEqual(100);
  });
});

describe('readChunks', () => {
  it('reads through ONE reused buffer of the given size', async () => {
    let total = 0;
    let previous: Uint8Array | undefined;
    for await (const chunk of readChunks(new Blob([patternBytes(1024 * 1024)]), 64 * 1024)) {
      // The previous chunk's memory was handed back to the reader for this read (so it is detached).
      expect(previous?.buffer.byteLength ?? 0).toBe(0);
      previous = chunk;
      expect(chunk.byteLength).toBeLessThanOrEqual(64 * 1024);
      expect(chunk.buffer.byteLength).toBe(64 * 1024);
      expect(chunk.byteOffset).toBe(0);
      total += chunk.byteLength;
    }
    expect(total).toBe(1024 * 1024);
  });

  it('falls back to the default reader where a Blob stream is not a byte stream', async () => {
    const bytes = patternBytes(300_000);
    const plainStream = () => new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 100_000));
        controller.enqueue(bytes.subarray(100_000));
        controller.close();
      },
    });
    const blobLike = { stream: plainStream } as unknown as Blob;
    const result = await hashBlob(blobLike, await createSha256(), { bufferBytes: 64 * 1024, progressEveryMs: 0, now: () => 0, onProgress: () => undefined });
    expect(result).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), bytes: 300_000 });
  });
});
