import { describe, expect, it } from 'vitest';
import { percentDecode } from './percent-decode.ts';

describe('percentDecode', () => {
  it.each([
    ['plain', 'plain'],
    ['Windows%2012.iso', 'Windows 12.iso'],
    ['%E2%80%AE', '\u202E'],
    ['%F0%9F%98%80', '😀'],
    ['100%', '100%'],
    ['%zz%4', '%zz%4'],
    ['%e0%a4%', '%e0%a4%'], // a cut sequence stays as written
    ['%ff%41', '%ffA'], // a byte that can never start UTF-8, then a good one
    ['%C0%AF', '%C0%AF'], // overlong "/" is not decoded
    ['%ED%A0%80', '%ED%A0%80'], // a lone surrogate is not decoded
    ['a%C3%A9b', 'aéb'],
  ])('%s → %s', (input, expected) => {
    expect(percentDecode(input)).toBe(expected);
  });

  it('agrees with decodeURIComponent wherever that one succeeds', () => {
    const samples = ['%57in%31%32', 'x%2Fy%3F%26', '%D0%BE%CC%81', 'caf%C3%A9%20bar', '%25%32%35'];
    for (const sample of samples) expect(percentDecode(sample)).toBe(decodeURIComponent(sample));
  });
});
