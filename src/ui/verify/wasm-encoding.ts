// Just enough of the WebAssembly binary format to write one function over one memory: the
// opcodes sha256-module.ts uses, LEB128 numbers, and the module's sections. Hand-written because
// the format is small and fixed, and a text-format assembler would add a dependency to the build.

/** Bytes of WebAssembly code: one instruction is an array of opcode and immediates. */
export type Code = number[];

export const op = {
  block: 0x02, loop: 0x03, end: 0x0b, brIf: 0x0d,
  localGet: 0x20, localSet: 0x21, localTee: 0x22,
  load: 0x28, store: 0x36, const: 0x41,
  eqz: 0x45, add: 0x6a, sub: 0x6b, and: 0x71, or: 0x72, xor: 0x73, shl: 0x74, shrU: 0x76, rotl: 0x77, rotr: 0x78,
  voidBlock: 0x40, i32: 0x7f, v128: 0x7b,
} as const;

/** SIMD instructions: the 0xfd prefix, then the opcode as unsigned LEB128. */
export const simd = {
  load: [0xfd, 0x00], store: [0xfd, 0x0b], const: [0xfd, 0x0c], shuffle: [0xfd, 0x0d],
  xor: [0xfd, 0x51], shl: [0xfd, 0xab, 0x01], shrU: [0xfd, 0xad, 0x01], add: [0xfd, 0xae, 0x01],
} as const;

export function unsignedLeb(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

function signedLeb(value: number): number[] {
  const out: number[] = [];
  value |= 0;
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    const done = (value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

export const get = (local: number): Code => [op.localGet, ...unsignedLeb(local)];
export const set = (local: number): Code => [op.localSet, ...unsignedLeb(local)];
export const tee = (local: number): Code => [op.localTee, ...unsignedLeb(local)];
export const constant = (value: number): Code => [op.const, ...signedLeb(value)];
/** i32.load / i32.store with 4-byte alignment and a constant offset. */
export const load = (offset: number): Code => [op.load, 2, ...unsignedLeb(offset)];
export const store = (offset: number): Code => [op.store, 2, ...unsignedLeb(offset)];

/** A 128-bit constant of four 32-bit words. */
export function vectorConstant(words: readonly number[]): Code {
  return [...simd.const, ...words.flatMap((w) => [w & 0xff, (w >>> 8) & 0xff, (w >>> 16) & 0xff, (w >>> 24) & 0xff])];
}

/** i8x16.shuffle picking 32-bit lanes of the pair on the stack: 0–3 from the first, 4–7 from the second. */
export const pickWords = (...words: number[]): Code => [...simd.shuffle, ...words.flatMap((w) => [w * 4, w * 4 + 1, w * 4 + 2, w * 4 + 3])];
export const vectorLoad = (offset: number): Code => [...simd.load, 4, ...unsignedLeb(offset)];
export const vectorStore = (offset: number): Code => [...simd.store, 4, ...unsignedLeb(offset)];

function section(id: number, content: number[]): number[] {
  return [id, ...unsignedLeb(content.length), ...content];
}

const name = (text: string): number[] => [...unsignedLeb(text.length), ...[...text].map((ch) => ch.charCodeAt(0))];

export interface OneFunction {
  /** Its export name. */
  name: string;
  /** How many i32 parameters it takes; it returns nothing. */
  params: number;
  /** Its locals besides the parameters. */
  locals: { i32: number; v128: number };
  /** Its code, ending with `end`. */
  body: Code;
  /** 64 KiB pages of fixed-size memory, exported as `memory`. */
  pages: number;
}

export function oneFunctionModule(f: OneFunction): Uint8Array<ArrayBuffer> {
  const locals: number[][] = [];
  if (f.locals.i32 > 0) locals.push([...unsignedLeb(f.locals.i32), op.i32]);
  if (f.locals.v128 > 0) locals.push([...unsignedLeb(f.locals.v128), op.v128]);
  const body = [...unsignedLeb(locals.length), ...locals.flat(), ...f.body];
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
    ...section(1, [1, 0x60, f.params, ...Array<number>(f.params).fill(op.i32), 0]), // type: (i32 …) -> ()
    ...section(3, [1, 0]), // function 0 has type 0
    ...section(5, [1, 0x01, ...unsignedLeb(f.pages), ...unsignedLeb(f.pages)]),
    ...section(7, [2, ...name(f.name), 0x00, 0, ...name('memory'), 0x02, 0]),
    ...section(10, [1, ...unsignedLeb(body.length), ...body]),
  ];
  return new Uint8Array(bytes);
}
