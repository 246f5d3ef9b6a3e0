import { describe, expect, it } from 'vitest';
import { hashesMatch, parseExpectedHash } from './expected-hash.ts';

const HASH = 'b0bb8b63e34bd1a677a0382c3b26a3ee303207f6f2f54f8c382038f42bab203c';

describe('parseExpectedHash', () => {
  const accepted = [
    { desc: 'lower case', input: HASH },
    { desc: 'upper case', input: HASH.toUpperCase() },
    { desc: 'surrounding spaces and a newline', input: `  ${HASH}\n` },
    { desc: 'groups split by spaces, tabs and line breaks', input: HASH.replace(/(.{8})/g, '$1 \t\r\n') },
    { desc: 'a no-break and a zero-width space from a web page', input: `\u00A0${HASH.slice(0, 32)}\u200B${HASH.slice(32)}` },
  ];
  for (const { desc, input } of accepted) {
    it(`accepts ${desc}`, () => expect(parseExpectedHash(input)).toEqual({ ok: true, sha256: HASH }));
  }

  const refused = [
    { desc: 'nothing', input: '', expected: { ok: false, problem: 'empty' } },
    { desc: 'only white space', input: ' \n\t ', expected: { ok: false, problem: 'empty' } },
    { desc: 'one digit short', input: HASH.slice(1), expected: { ok: false, problem: 'wrong-length', digits: 63 } },
    { desc: 'one digit too many', input: `${HASH}0`, expected: { ok: false, problem: 'wrong-length', digits: 65 } },
    { desc: 'a SHA-1', input: 'da39a3ee5e6b4b0d3255bfef95601890afd80709', expected: { ok: false, problem: 'wrong-length', digits: 40 } },
    { desc: 'a non-hex letter', input: `${HASH.slice(0, 63)}g`, expected: { ok: false, problem: 'not-hex', offending: 'g' } },
    { desc: 'a "0x" prefix', input: `0x${HASH}`, expected: { ok: false, problem: 'not-hex', offending: 'x' } },
    { desc: 'a pasted table row', input: `English 64-bit ${HASH}`, expected: { ok: false, problem: 'not-hex', offending: 'n' } },
    { desc: 'a dash between groups', input: `${HASH.slice(0, 32)}-${HASH.slice(32)}`, expected: { ok: false, problem: 'not-hex', offending: '-' } },
  ];
  for (const { desc, input, expected } of refused) {
    it(`refuses ${desc}`, () => expect(parseExpectedHash(input)).toEqual(expected));
  }
});

describe('hashesMatch', () => {
  it('matches the same digest in either case', () => expect(hashesMatch(HASH.toUpperCase(), HASH)).toBe(true));
  it('does not match when one digit differs', () => expect(hashesMatch(HASH, `${HASH.slice(0, 63)}d`)).toBe(false));
});
