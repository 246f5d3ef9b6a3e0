import { describe, expect, it } from 'vitest';
import { hiddenCharacterFlags } from '../../rules/text/normalize-text.ts';
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
    { desc: 'a Hangul filler (a letter that draws nothing) is shown', input: 'Win11.iso\u3164.exe', expected: 'Win11.iso⟦U+3164⟧.exe' },
    { desc: 'Hangul choseong and jungseong fillers are shown', input: 'a\u115Fb\u1160c', expected: 'a⟦U+115F⟧b⟦U+1160⟧c' },
    { desc: 'a half-width Hangul filler is shown', input: 'a\uFFA0.exe', expected: 'a⟦U+FFA0⟧.exe' },
    { desc: 'a combining grapheme joiner is shown', input: 'win\u034Fdows', expected: 'win⟦U+034F⟧dows' },
    { desc: 'Khmer inherent vowels are shown', input: 'a\u17B4b\u17B5c', expected: 'a⟦U+17B4⟧b⟦U+17B5⟧c' },
    { desc: 'a Mongolian vowel separator is shown', input: 'a\u180Eb', expected: 'a⟦U+180E⟧b' },
    { desc: 'a tag character is shown', input: 'a\u{E0041}b', expected: 'a⟦U+E0041⟧b' },
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

  it('marks every filler of a padded name, so the real extension is seen to follow them', () => {
    const segments = revealSegments(`Win11.iso${'\u3164'.repeat(40)}.exe`);
    expect(segments.filter((s) => s.kind === 'hidden')).toHaveLength(40);
    expect(segments.at(0)).toEqual({ kind: 'text', text: 'Win11.iso' });
    expect(segments.at(-1)).toEqual({ kind: 'text', text: '.exe' });
  });

  it('marks every character the rules count as hidden', () => {
    const unmarked: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      const flags = hiddenCharacterFlags(`a${char}b`);
      if ((flags.bidi || flags.invisible) && !hasHiddenCharacters(char)) unmarked.push(`U+${code.toString(16).toUpperCase()}`);
    }
    expect(unmarked).toEqual([]);
  });
});

describe('baseName', () => {
  it('takes the last part of a POSIX or Windows path', () => {
    expect(baseName('/home/me/Downloads/a.iso')).toBe('a.iso');
    expect(baseName('C:\\Users\\me\\Downloads\\b.iso')).toBe('b.iso');
    expect(baseName('c.iso')).toBe('c.iso');
  });
});
