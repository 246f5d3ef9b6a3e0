import { describe, expect, it } from 'vitest';
import { bundledRuleset, classify } from '../index.ts';
import { englishWords } from './foreign-words.ts';

describe('foreign words', () => {
  it.each([
    ['윈도우11_경량_24H2_x64.iso', ' windows 11_ lite _24H2_x64.iso'],
    ['ويندوز_11_لايت_x64.iso', ' windows _11_ lite _x64.iso'],
    ['Windows 11 精简版.iso', 'Windows 11  lite .iso'],
    ['ubuntu-24.04.iso', 'ubuntu-24.04.iso'],
  ])('%s reads as %s', (text, english) => expect(englishWords(text)).toBe(english));

  const ruleset = bundledRuleset();
  it.each([
    { desc: 'Korean "Windows 11 lite" image', filename: '윈도우11_경량_24H2_x64.iso', verdict: 'suspicious' },
    { desc: 'Arabic "Windows 11 lite" image', filename: 'ويندوز_11_لايت_x64.iso', verdict: 'suspicious' },
    { desc: 'Russian "Windows 12 Pro" image', filename: 'Виндовс 12 Про.iso', verdict: 'dangerous' },
    { desc: 'Korean photo album that names no Windows build', filename: '가족 사진 모음.zip', verdict: 'ignored' },
  ])('$desc is $verdict', ({ filename, verdict }) => {
    expect(classify({ url: 'https://files.example.net/get', filename, totalBytes: 2_800_000_000 }, ruleset).verdict).toBe(verdict);
  });
});
