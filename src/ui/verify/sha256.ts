// Streaming SHA-256 on the WebAssembly compression in sha256-module.ts. This side keeps the
// partial block between updates and writes the padding; the module does all the rounds.
import { INPUT_OFFSET, sha256ModuleBytes } from './sha256-module.ts';

/** The part of a hasher that hashing a stream needs. */
export interface Sha256Hasher {
  init(): void;
  update(data: Uint8Array): void;
  /** Lowercase hex. The hasher must be `init()`ed again before reuse. */
  digest(): string;
}

const INITIAL_STATE = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const INPUT = INPUT_OFFSET;
/** Blocks copied in per call: 1 MiB, half of what one Chromium Blob read delivers. */
const CHUNK_BLOCKS = 16 * 1024;
const PAGE_BYTES = 64 * 1024;
const PAGES = Math.ceil((INPUT + CHUNK_BLOCKS * 64) / PAGE_BYTES);

interface Sha256Exports {
  blocks(offset: number, count: number): void;
  memory: WebAssembly.Memory;
}

const generated = new Map<boolean, Uint8Array<ArrayBuffer>>();
const compiled = new Map<boolean, Promise<WebAssembly.Module>>();

/** Generated once per variant (a few ms), compiled once per variant. */
function moduleBytes(withSimd: boolean): Uint8Array<ArrayBuffer> {
  let bytes = generated.get(withSimd);
  if (!bytes) {
    bytes = sha256ModuleBytes(PAGES, withSimd);
    generated.set(withSimd, bytes);
  }
  return bytes;
}

function compile(withSimd: boolean): Promise<WebAssembly.Module> {
  let module = compiled.get(withSimd);
  if (!module) {
    module = WebAssembly.compile(moduleBytes(withSimd));
    compiled.set(withSimd, module);
  }
  return module;
}

/** True where WebAssembly SIMD is on; a browser may turn it off. */
export const simdAvailable = (): boolean => WebAssembly.validate(moduleBytes(true));

/**
 * A SHA-256 hasher on the SIMD module where the browser runs it, else the scalar one.
 * `simd: false` asks for the scalar module (tests and the benchmark use it).
 */
export async function createSha256(options: { simd?: boolean } = {}): Promise<Sha256Hasher> {
  const instance = await WebAssembly.instantiate(await compile((options.simd ?? true) && simdAvailable()));
  const { blocks, memory } = instance.exports as unknown as Sha256Exports;
  const bytes = new Uint8Array(memory.buffer);
  const view = new DataView(memory.buffer);
  let pending = 0; // bytes of a partial block waiting at INPUT
  let total = 0;

  return {
    init() {
      INITIAL_STATE.forEach((word, i) => view.setUint32(i * 4, word, true));
      pending = 0;
      total = 0;
    },

    update(data) {
      total += data.byteLength;
      let at = 0;
      if (pending > 0) {
        at = Math.min(64 - pending, data.byteLength);
        bytes.set(data.subarray(0, at), INPUT + pending);
        pending += at;
        if (pending < 64) return;
        blocks(INPUT, 1);
        pending = 0;
      }
      while (data.byteLength - at >= 64) {
        const count = Math.min(Math.floor((data.byteLength - at) / 64), CHUNK_BLOCKS);
        bytes.set(data.subarray(at, at + count * 64), INPUT);
        blocks(INPUT, count);
        at += count * 64;
      }
      bytes.set(data.subarray(at), INPUT);
      pending = data.byteLength - at;
    },

    digest() {
      // Padding: 0x80, zeros up to 56 bytes into a block, then the length in bits, big-endian.
      const padded = pending < 56 ? 64 : 128;
      bytes.fill(0, INPUT + pending, INPUT + padded);
      bytes[INPUT + pending] = 0x80;
      view.setUint32(INPUT + padded - 8, Math.floor(total / 2 ** 29), false);
      view.setUint32(INPUT + padded - 4, (total % 2 ** 29) * 8, false);
      blocks(INPUT, padded / 64);
      let hex = '';
      for (let i = 0; i < 8; i++) hex += view.getUint32(i * 4, true).toString(16).padStart(8, '0');
      return hex;
    },
  };
}
