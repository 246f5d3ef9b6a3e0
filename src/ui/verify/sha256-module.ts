// Builds the WebAssembly module behind the verify page's SHA-256: one exported function,
// `blocks(offset, count)`, that runs the SHA-256 compression over `count` 64-byte blocks at
// `offset` in its memory, with the eight state words at address 0.
//
// Why hand-made and not a library's: the verify issue asks for at least sha256sum's speed, and
// hash-wasm's SHA-256 (compiled C, and what this page used first) runs at 0.8–0.95× sha256sum
// here. This module unrolls all 64 rounds with the state in locals and renames the working
// variables instead of moving them; it computes the message schedule four words at a time on
// 128-bit SIMD vectors, which run beside the scalar rounds, and orders each round's sums for
// the shortest dependency chain. Measured in Node per CPU second: about 470 MB/s, against
// 310–340 for hash-wasm and for sha256sum (bench/verify.ts has the in-browser figures).
//
// The bytes are generated from this readable source rather than shipped as an opaque binary;
// `sha256.test.ts` checks both variants against Node's SHA-256.
import {
  constant, get, load, oneFunctionModule, op, pickWords, set, simd, store, tee, vectorConstant, vectorLoad, vectorStore, type Code,
} from './wasm-encoding.ts';

const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

// Locals: the two parameters; the state H0–H7, the working variables and the 16-word message
// window (scalar only); temporaries; and with SIMD four vectors of message words and a temporary.
const OFFSET = 0;
const COUNT = 1;
const H = (i: number) => 2 + i;
const WORK = (i: number) => 10 + i;
const W = (i: number) => 18 + (i % 16);
const U = 34;
const SIGMA1 = 35;
/** a ^ b of this round and of the last: the last round's a ^ b is this round's b ^ c. */
const AB = (t: number) => 36 + (t % 2);
const I32_LOCALS = 38 - 2;
/** W[4j..4j+3] lives in X(j), four words per vector, four vectors in turn. */
const X = (j: number) => 38 + (j % 4);
const VT = 42;
const V128_LOCALS = 5;

/** With SIMD, the schedule leaves W[t] + K[t] here for the rounds: 64 words. */
const WK = 64;

/**
 * Σ0 and Σ1: `x rotr a ^ x rotr b ^ x rotr c`. They sit on the rounds' critical path, so the
 * three rotates run side by side (3 steps deep); folding them into two rotates of a running xor
 * saves an instruction but is 5 steps deep, and measured 389 against 452 MB/s.
 */
function bigSigma(x: number, a: number, b: number, c: number): Code {
  return [...get(x), ...constant(a), op.rotr, ...get(x), ...constant(b), op.rotr, op.xor, ...get(x), ...constant(c), op.rotr, op.xor];
}

/** σ0 and σ1: `x rotr a ^ x rotr b ^ x >>> shift` as `(x rotr (b-a) ^ x) rotr a ^ x >>> shift`. */
function smallSigma(x: number, a: number, b: number, shift: number): Code {
  return [...get(x), ...constant(b - a), op.rotr, ...get(x), op.xor, ...constant(a), op.rotr, ...get(x), ...constant(shift), op.shrU, op.xor];
}

/** Scalar: loads message word `i` of the block at OFFSET, big-endian (wasm loads little-endian). */
function loadWord(i: number): Code {
  return [
    ...get(OFFSET), ...load(i * 4), ...tee(U), ...constant(8), op.rotr, ...constant(0xff00ff00), op.and,
    ...get(U), ...constant(8), op.rotl, ...constant(0x00ff00ff), op.and, op.or,
    ...set(W(i)),
  ];
}

/** Scalar: W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], in the 16-word window. */
function expandWord(t: number): Code {
  return [
    ...smallSigma(W(t - 2), 17, 19, 10),
    ...get(W(t - 7)), op.add,
    ...smallSigma(W(t - 15), 7, 18, 3), op.add,
    ...get(W(t)), op.add,
    ...set(W(t)),
  ];
}

const ZERO = vectorConstant([0, 0, 0, 0]);
/** Reverses the bytes of each 32-bit lane. */
const BYTE_SWAP = [...simd.shuffle, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12];

/** SIMD σ0 / σ1 of the four words in vector local `x`. Wasm SIMD has no rotate: a rotate is two shifts. */
function vectorSigma(x: number, a: number, b: number, shift: number): Code {
  const part = (shiftOp: readonly number[], amount: number): Code => [...get(x), ...constant(amount), ...shiftOp];
  return [
    ...part(simd.shrU, a), ...part(simd.shl, 32 - a), ...simd.xor,
    ...part(simd.shrU, b), ...simd.xor, ...part(simd.shl, 32 - b), ...simd.xor,
    ...part(simd.shrU, shift), ...simd.xor,
  ];
}

/** SIMD: stores W[4j..4j+3] + K[4j..4j+3] where round 4j.. reads it. */
function storeWK(j: number): Code {
  return [...constant(0), ...get(X(j)), ...vectorConstant(K.slice(4 * j, 4 * j + 4)), ...simd.add, ...vectorStore(WK + 16 * j)];
}

/** SIMD: message words 4j..4j+3 of the block, byte-swapped to big-endian by one shuffle. */
function loadGroup(j: number): Code {
  return [...get(OFFSET), ...vectorLoad(16 * j), ...tee(VT), ...get(VT), ...BYTE_SWAP, ...set(X(j)), ...storeWK(j)];
}

/**
 * SIMD: W[4j..4j+3] from the four vectors before it, into X(j) (which held W[4j-16..4j-13]).
 * σ1 needs W[t-2], so the last two words wait for the first two: σ1 runs twice, on two lanes each.
 */
function expandGroup(j: number): Code {
  return [
    // W[t-15..t-12]: the last three words of X(j-4) and the first of X(j-3)
    ...get(X(j)), ...get(X(j + 1)), ...pickWords(1, 2, 3, 4), ...set(VT),
    ...get(X(j)), ...vectorSigma(VT, 7, 18, 3), ...simd.add,
    // + W[t-7..t-4]
    ...get(X(j + 2)), ...get(X(j + 3)), ...pickWords(1, 2, 3, 4), ...simd.add,
    ...set(X(j)),
    // + σ1(W[t-2], W[t-1]) in the first two lanes
    ...get(X(j + 3)), ...ZERO, ...pickWords(2, 3, 4, 5), ...set(VT),
    ...get(X(j)), ...vectorSigma(VT, 17, 19, 10), ...simd.add, ...set(X(j)),
    // + σ1(W[t], W[t+1]) in the last two lanes
    ...ZERO, ...get(X(j)), ...pickWords(0, 1, 4, 5), ...set(VT),
    ...get(X(j)), ...vectorSigma(VT, 17, 19, 10), ...simd.add, ...set(X(j)),
    ...storeWK(j),
  ];
}

/**
 * Round t. The working variables rotate by renaming: in round t, variable a lives in
 * WORK((0 - t) mod 8), b in WORK((1 - t) mod 8), and so on, so a round writes only d and h.
 *
 * The sums are grouped so the new e and a wait as little as possible on this round's e and a
 * (the two dependency chains that bound SHA-256): with U = h + K[t] + W[t] + Ch(e, f, g),
 * which does not wait for Σ1(e), e' = (d + U) + Σ1(e) and a' = ((U + Σ1(e)) + Maj) + Σ0(a).
 * Grouping as in the standard T1 + T2 measured 452 against 471 MB/s.
 */
function round(t: number, withSimd: boolean): Code {
  const v = (name: number) => WORK((((name - t) % 8) + 8) % 8);
  // c enters only through AB(t + 1), which is b ^ c.
  const [a, b, _c, d, e, f, g, h] = [0, 1, 2, 3, 4, 5, 6, 7].map(v) as [number, number, number, number, number, number, number, number];
  const plusWK = withSimd ? [...constant(0), ...load(WK + 4 * t), op.add] : [...constant(K[t]!), op.add, ...get(W(t)), op.add];
  return [
    ...(t >= 16 && !withSimd ? expandWord(t) : []),
    // U = h + K[t] + W[t] + Ch(e, f, g), with Ch(e, f, g) = g ^ (e & (f ^ g))
    ...get(h), ...plusWK, ...get(g), ...get(e), ...get(f), ...get(g), op.xor, op.and, op.xor, op.add, ...set(U),
    ...bigSigma(e, 6, 11, 25), ...set(SIGMA1),
    ...get(d), ...get(U), op.add, ...get(SIGMA1), op.add, ...set(d),
    // Maj(a, b, c) = ((a ^ b) & (b ^ c)) ^ b
    ...get(U), ...get(SIGMA1), op.add,
    ...get(a), ...get(b), op.xor, ...tee(AB(t)), ...get(AB(t + 1)), op.and, ...get(b), op.xor, op.add,
    ...bigSigma(a, 2, 13, 22), op.add, ...set(h),
  ];
}

function blockBody(withSimd: boolean): Code {
  const code: Code = [];
  for (let i = 0; i < 8; i++) code.push(...get(H(i)), ...set(WORK(i)));
  code.push(...get(H(1)), ...get(H(2)), op.xor, ...set(AB(1))); // b ^ c, for round 0 (t - 1 ≡ 1)
  if (!withSimd) {
    for (let i = 0; i < 16; i++) code.push(...loadWord(i));
    for (let t = 0; t < 64; t++) code.push(...round(t, false));
    return code;
  }
  for (let j = 0; j < 4; j++) code.push(...loadGroup(j));
  // Each group of the schedule is computed four rounds ahead of its use, so the vector units
  // work on it while the scalar units run the rounds.
  for (let j = 0; j < 16; j++) {
    if (j + 4 < 16) code.push(...expandGroup(j + 4));
    for (let t = 4 * j; t < 4 * j + 4; t++) code.push(...round(t, true));
  }
  return code;
}

function functionBody(withSimd: boolean): Code {
  const code: Code = [];
  for (let i = 0; i < 8; i++) code.push(...constant(0), ...load(i * 4), ...set(H(i)));
  code.push(op.block, op.voidBlock, ...get(COUNT), op.eqz, op.brIf, 0, op.loop, op.voidBlock);
  code.push(...blockBody(withSimd));
  // 64 rounds rename the variables eight times over, so a is back in WORK(0).
  for (let i = 0; i < 8; i++) code.push(...get(H(i)), ...get(WORK(i)), op.add, ...set(H(i)));
  code.push(...get(OFFSET), ...constant(64), op.add, ...set(OFFSET));
  code.push(...get(COUNT), ...constant(1), op.sub, ...tee(COUNT), op.brIf, 0, op.end, op.end);
  for (let i = 0; i < 8; i++) code.push(...constant(0), ...get(H(i)), ...store(i * 4));
  code.push(op.end);
  return code;
}

/** Where the caller may put input blocks: after the state and the schedule. */
export const INPUT_OFFSET = WK + 64 * 4;

/**
 * The module's bytes, with `pages` of 64 KiB memory exported as `memory`. `withSimd` runs the
 * message schedule on 128-bit vectors; every browser ISO Guard supports has them, but a
 * browser may turn them off, so the scalar module stays.
 */
export function sha256ModuleBytes(pages: number, withSimd: boolean): Uint8Array<ArrayBuffer> {
  return oneFunctionModule({
    name: 'blocks',
    params: 2,
    locals: { i32: I32_LOCALS, v128: withSimd ? V128_LOCALS : 0 },
    body: functionBody(withSimd),
    pages,
  });
}
