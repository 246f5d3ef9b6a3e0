import { describe, expect, it } from 'vitest';
import { bundledRuleset } from '../ruleset/bundled-rules.ts';
import { foldWords } from './normalize-text.ts';
import { looksLikeWindows } from './misspelt-words.ts';
import { mayHideWindows, readWords } from './read-words.ts';
import { vocabularyOf } from './vocabulary.ts';

const vocab = bundledRuleset().rules.lures.vocabulary;
const read = (raw: string): string => readWords(foldWords(raw), vocab);

describe('readWords: no choice of capitals, separators or glue hides a known word', () => {
  it.each([
    { desc: 'all capitals, glued', input: 'WINDOWS12PRO.iso', expected: 'windows 12 pro iso ' },
    { desc: 'all small letters, glued', input: 'installwindows12setup.iso', expected: 'install windows 12 setup iso ' },
    { desc: 'spaced-out letters', input: 'w.i.n.d.o.w.s-12.iso', expected: 'windows 12 iso ' },
    { desc: 'letters and digits spaced twice', input: 'W  i  n  d  o  w  s  1  2  L i t e.iso', expected: 'windows 12 lite iso ' },
    { desc: 'a misspelling (transposed letters)', input: 'Widnows 12 x64.iso', expected: 'windows 12 x 64 iso ' },
    { desc: 'a misspelling (a dropped letter)', input: 'wndows_11_pro.iso', expected: 'windows 11 pro iso ' },
    { desc: 'a misspelling glued to a word before it', input: 'getwindos12.iso', expected: 'get windows 12 iso ' },
    { desc: 'all in one, glued', input: 'win11allinone.iso', expected: 'win 11 all in one iso ' },
    { desc: 'a misspelt activator name (l for i)', input: 'KMSPlco_v10.2.exe', expected: 'kmspico v 10 2 exe ' },
    { desc: 'a misspelt activator name (a changed letter)', input: 'kmsautu.zip', expected: 'kmsauto zip ' },
    { desc: 'a short word near no activator name stays', input: 'kmz.zip', expected: 'kmz zip ' },
  ])('$desc: $input', ({ input, expected }) => {
    expect(read(input)).toBe(expected);
  });

  it('reads leetspeak after the plain words, so digits that are digits still count', () => {
    expect(read('W1nd0ws_12_Pro.iso')).toBe('w 1 nd 0 ws 12 pro iso windows 12 pro iso ');
    expect(read('W!nd0w$ 11.iso')).toContain('windows 11 ');
  });

  it('reads look-alike letters in the version beside "Windows" as digits, after the plain words', () => {
    expect(read('Windows_l2_Pro.iso')).toBe('windows l 2 pro iso windows 12 pro iso ');
    expect(read('WinI2.iso')).toContain(' win 12 ');
    for (const input of ['Windows_i7_recovery.iso', 'Windows lo-fi.zip', 'Win 7i.iso', 'windows i386.iso', 'winlogon.exe', 'darwin l2.iso']) expect(read(input)).not.toMatch(/ 1\d /);
  });

  it.each(['darwin12.iso', 'winrar-x64-701.exe', 'python-3.12.0-win32.zip', 'satellite-image.iso', 'downloader.exe', 'homepage', 'mp3player.exe', 'h264-x64.iso'])(
    'leaves words it does not know whole: %s',
    (input) => {
      expect(read(input)).toBe(readWords(foldWords(input), vocabularyOf([])));
    },
  );

  it('knows misspellings of "windows" by distance, not from a list', () => {
    for (const word of ['windos', 'wndows', 'widnows', 'windoes', 'windowz', 'wimdows', 'winodws']) expect(looksLikeWindows(word)).toBe(true);
    for (const word of ['wins', 'winds', 'wizard', 'webos', 'wonders', 'willow']) expect(looksLikeWindows(word)).toBe(false);
  });

  it('takes its vocabulary from the patterns, without their look-arounds', () => {
    const words = vocabularyOf(['\\b(?:windows|win) ?12\\b(?! th\\b)', '\\bsetup\\b']).words;
    expect([...words].sort()).toEqual(['setup', 'win', 'windows']);
  });

  it('reads a long hostile text to its end, and a huge one plainly', () => {
    expect(readWords(`${'w1n '.repeat(2000)}getwindows12`, vocab)).toMatch(/ get windows 12 $/);
    const huge = `${'w1n'.repeat(5_000)} getwindows12`;
    expect(readWords(huge, vocab)).toBe('getwindows 12 ');
  });

  it('sends a name to the word reading only when a "windows" may hide in it', () => {
    for (const name of ['windos pro.iso', 'w.i.n.d.o.w.s.iso', 'w1nd0ws.iso', 'wind0ws.iso', 'getwndows.iso']) expect(mayHideWindows(name)).toBe(true);
    for (const name of ['fedora-workstation-live.iso', 'ubuntu-24.04.iso', 'wallpaper.zip', 'www.example.iso']) expect(mayHideWindows(name)).toBe(false);
  });
});
