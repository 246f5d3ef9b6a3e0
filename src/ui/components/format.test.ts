import { describe, expect, it } from 'vitest';
import { formatSize } from './format.ts';

describe('formatSize', () => {
  const cases = [
    { desc: 'unknown size', input: -1, expected: undefined },
    { desc: 'bytes', input: 512, expected: '512 byte' },
    { desc: 'a 100 KB lure', input: 102_400, expected: '102.4 kB' },
    { desc: 'a real Windows 11 ISO', input: 5_819_484_160, expected: '5.8 GB' },
  ];
  for (const { desc, input, expected } of cases) {
    it(desc, () => expect(formatSize(input, 'en-US')).toBe(expected));
  }
  it('follows the language', () => expect(formatSize(5_819_484_160, 'de-DE')?.replace(/\s/g, ' ')).toBe('5,8 GB'));
});
