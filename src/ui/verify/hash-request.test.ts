import { describe, expect, it } from 'vitest';
import { isHashRequest } from './hash-request.ts';

describe('isHashRequest', () => {
  const file = new Blob(['x']);
  const cases = [
    { desc: 'a hash request with a file', data: { type: 'hash', file }, expected: true },
    { desc: 'no file', data: { type: 'hash' }, expected: false },
    { desc: 'a file name instead of a file', data: { type: 'hash', file: 'a.iso' }, expected: false },
    { desc: 'another type', data: { type: 'cancel', file }, expected: false },
    { desc: 'an extra field', data: { type: 'hash', file, bufferBytes: 1 }, expected: false },
    { desc: 'null', data: null, expected: false },
    { desc: 'a string', data: 'hash', expected: false },
  ];
  for (const { desc, data, expected } of cases) {
    it(`${expected ? 'accepts' : 'refuses'} ${desc}`, () => expect(isHashRequest(data)).toBe(expected));
  }
});
