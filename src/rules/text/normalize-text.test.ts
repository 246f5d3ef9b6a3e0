import { describe, expect, it } from 'vitest';
import { foldText, foldWords, hiddenCharacterFlags, normalizeText, safeDecode, tokenize } from './normalize-text.ts';
import { decodePunycodeLabel } from './punycode.ts';
import { boundedEditDistance } from './edit-distance.ts';

describe('foldWords', () => {
  it.each([
    { desc: 'a small letter before a capital starts a word; the whole name follows', input: 'InstallWindows12.exe', expected: 'install windows 12 exe installwindows 12 exe ' },
    { desc: 'a run of capitals stays one word', input: 'KMSpicoNet', expected: 'kmspico net kmspiconet ' },
    { desc: 'an escaped capital starts a word too', input: 'Get%57indows12', expected: 'get windows 12 getwindows 12 ' },
    { desc: 'random capitals split the text, so it is read whole too', input: 'WiNdOwS12', expected: 'wi nd ow s 12 windows 12 ' },
    { desc: 'a glued name past 40 characters is read, not dropped', input: 'Windows12ProfessionalX64EnglishFullVersion', expected: 'windows 12 professional x 64 english full version ' },
    { desc: 'lowercase text is left as it is', input: 'getwin12', expected: 'getwin 12 ' },
  ])('$desc', ({ input, expected }) => {
    expect(tokenize(foldWords(input))).toBe(expected);
  });

  it('leaves the text official names are matched on unsplit', () => {
    expect(foldText('MediaCreationTool22H2.exe')).toBe('mediacreationtool22h2.exe');
  });
});

describe('normalizeText', () => {
  it.each([
    { desc: 'splits letters from digits', input: 'Win11_24H2_English_x64.iso', expected: 'win 11 24 h 2 english x 64 iso ' },
    { desc: 'full-width letters and digits (NFKC)', input: 'Ｗｉｎｄｏｗｓ１２', expected: 'windows 12 ' },
    { desc: 'mathematical letters (NFKC)', input: '𝐖𝐢𝐧𝐝𝐨𝐰𝐬 12', expected: 'windows 12 ' },
    { desc: 'Cyrillic look-alikes', input: 'Wіndоws 12', expected: 'windows 12 ' },
    { desc: 'Greek capitals that lowercase to other shapes', input: 'ΝΕΧΤ VALLEY', expected: 'next valley ' },
    { desc: 'accents', input: 'Wíndöws', expected: 'windows ' },
    { desc: 'zero-width characters', input: 'Win\u200bdo\u200dws\ufeff 12', expected: 'windows 12 ' },
    { desc: 'percent-encoding', input: 'Windows%2012%20Pro', expected: 'windows 12 pro ' },
    { desc: 'double percent-encoding', input: 'Windows%252012', expected: 'windows 12 ' },
    { desc: 'malformed percent-encoding survives', input: 'a%E0%A4%A%2012', expected: 'a e 0 a 4 a 12 ' },
    { desc: 'Arabic-Indic digits', input: 'windows ١٢', expected: 'windows 12 ' },
    { desc: 'long random runs are dropped', input: `x?sig=${'a1B2'.repeat(15)}&n=win12`, expected: 'x sig n win 12 ' },
  ])('$desc', ({ input, expected }) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('flags bidi controls and invisible characters', () => {
    expect(hiddenCharacterFlags('a\u202Eb')).toEqual({ bidi: true, invisible: false });
    expect(hiddenCharacterFlags('a\u200Bb')).toEqual({ bidi: false, invisible: true });
    expect(hiddenCharacterFlags('plain.iso')).toEqual({ bidi: false, invisible: false });
  });

  it('safeDecode never throws', () => {
    expect(safeDecode('%')).toBe('%');
    expect(safeDecode('%E2%80%AE')).toBe('\u202E');
  });
});

describe('punycode and edit distance', () => {
  it.each([
    { input: 'microsft-sbh', expected: 'microsоft' },
    { input: 'mnchen-3ya', expected: 'münchen' },
    { input: 'bcher-kva', expected: 'bücher' },
    { input: 'zz!', expected: null },
  ])('decodes $input', ({ input, expected }) => {
    expect(decodePunycodeLabel(input)).toBe(expected);
  });

  it.each([
    { a: 'microsoft', b: 'microsoft', max: 1, expected: 0 },
    { a: 'mircosoft', b: 'microsoft', max: 1, expected: 1 },
    { a: 'microsft', b: 'microsoft', max: 1, expected: 1 },
    { a: 'macrohard', b: 'microsoft', max: 2, expected: 3 },
  ])('distance $a ~ $b', ({ a, b, max, expected }) => {
    expect(boundedEditDistance(a, b, max)).toBe(expected);
  });
});
