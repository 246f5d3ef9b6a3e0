// Every read of the engine goes through an ImageReader: it bounds-checks against the file's size,
// counts the bytes read and refuses to go past a budget, so a hostile image can neither make the
// engine read a whole 6 GB file nor ask for an absurd length. Small blocks are cached because
// directory walks read the same sectors again (a file entry, then its directory data).
import type { ByteSource } from '../types.ts';

/** Thrown when the image cannot be read; `message` is the plain English reason shown to people. */
export class Unreadable extends Error {
  override readonly name = 'Unreadable';
}

const CACHE_BLOCK = 32 * 1024;
const CACHE_BLOCKS = 64;

export class ImageReader {
  bytesRead = 0;
  private readonly cache = new Map<number, Uint8Array>();

  constructor(
    private readonly source: ByteSource,
    readonly budget: number,
  ) {}

  get size(): number {
    return this.source.size;
  }

  /** Exactly `length` bytes at `offset`, or Unreadable (truncated file, over budget, bad range). */
  async read(offset: number, length: number, what = 'data'): Promise<Uint8Array> {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
      throw new Unreadable(`The ${what} is at an impossible place (offset ${offset}, length ${length}).`);
    }
    if (offset + length > this.size) {
      throw new Unreadable(`The ${what} lies beyond the end of the file: the image is truncated or damaged.`);
    }
    if (length === 0) return new Uint8Array(0);
    const first = Math.floor(offset / CACHE_BLOCK);
    const last = Math.floor((offset + length - 1) / CACHE_BLOCK);
    // Large reads (a WIM's XML) bypass the cache; small ones are served block by block.
    if (last - first > 2) return this.readRaw(offset, length, what);
    const out = new Uint8Array(length);
    for (let block = first; block <= last; block++) {
      const bytes = await this.block(block, what);
      const blockStart = block * CACHE_BLOCK;
      const from = Math.max(offset, blockStart);
      const to = Math.min(offset + length, blockStart + bytes.length);
      if (to <= from) throw new Unreadable(`The ${what} could not be read in full: the file ended early.`);
      out.set(bytes.subarray(from - blockStart, to - blockStart), from - offset);
    }
    return out;
  }

  private async block(block: number, what: string): Promise<Uint8Array> {
    const cached = this.cache.get(block);
    if (cached) return cached;
    const start = block * CACHE_BLOCK;
    const bytes = await this.readRaw(start, Math.min(CACHE_BLOCK, this.size - start), what);
    if (this.cache.size >= CACHE_BLOCKS) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(block, bytes);
    return bytes;
  }

  private async readRaw(offset: number, length: number, what: string): Promise<Uint8Array> {
    if (this.bytesRead + length > this.budget) {
      throw new Unreadable(`Reading the ${what} would take more than ${Math.round(this.budget / 1048576)} MB: the image's structures are too large or loop.`);
    }
    this.bytesRead += length;
    let bytes: Uint8Array;
    try {
      bytes = await this.source.read(offset, length);
    } catch (error) {
      throw new Unreadable(`The file could not be read (${error instanceof Error ? error.message : String(error)}).`);
    }
    if (bytes.length < length) throw new Unreadable(`The ${what} could not be read in full: the file ended early.`);
    return bytes.length === length ? bytes : bytes.subarray(0, length);
  }
}
