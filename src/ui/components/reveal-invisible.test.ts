import { describe, expect, it } from 'vitest';
import { baseName, hasHiddenCharacters, revealInvisible, revealSegments } from './reveal-invisible.ts';

describe('revealInvisible', () => {
  const cases: { desc: string; input: string; expected: string }[] = [
    { desc: 'a plain name is unchanged', input: 'Win11_24H2_English_x64.iso', expected: 'Win11_24H2_English_x64.iso' },
    { desc: 'a right-to-left override is shown', input: 'Windows12\u202Eosi.exe', expected: 'Windows12⟦RLO⟧osi.exe' },
    { desc: 'isolates and pops are shown', input: 'a\u2067b\u2069c', expected: 'a⟦RLI⟧b⟦PDI⟧c' },
    { desc: 'zero-width characters are shown', input: 'win\u200Bdows\uFEFF.iso', expected: 'win⟦ZWSP⟧dows⟦BOM⟧.iso' },
    { desc: 'a control character gets its code point', input: 'a\u0007b', expected: 'a⟦U+0007⟧b' },
    { desc: 'a no-break space is shown', input: 'a\u00A0.exe', expected: 'a⟦NBSP⟧.exe' },
    { desc: 'single spaces stay', input: 'Windows 11 x64.iso', expected: 'Windows 11 x64.iso' },
    { desc: 'a padding run of spaces is counted', input: 'setup.iso      .exe', expected: 'setup.iso⟦6×SPACE⟧.exe' },
    { desc: 'letters outside Latin stay as they are', input: 'Виндовс.iso', expected: 'Виндовс.iso' },
    { desc: 'an astral character is one character', input: 'w\u{E0001}x', expected: 'w⟦U+E0001⟧x' },
  ];
  for (const { desc, input, expected } of cases) {
    it(desc, () => expect(revealInvisible(input)).toBe(expected));
  }

  it('marks hidden parts separately so the page can style them', () => {
    expect(revealSegments('a\u202Eb')).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'hidden', label: 'RLO' },
      { kind: 'text', text: 'b' },
    ]);
  });

  it('tells whether a name hides anything', () => {
    expect(hasHiddenCharacters('Windows12\u202Eosi.exe')).toBe(true);
    expect(hasHiddenCharacters('Windows 11.iso')).toBe(false);
  });
});

describe('baseName', () => {
  it('takes the last part of a POSIX or Windows path', () => {
    expect(baseName('/home/me/Downloads/a.iso')).toBe('a.iso');
    expect(baseName('C:\\Users\\me\\Downloads\\b.iso')).toBe('b.iso');
    expect(baseName('c.iso')).toBe('c.iso');
  });
});
