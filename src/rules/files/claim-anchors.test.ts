import { describe, expect, it } from 'vitest';
import { bundledRuleset } from '../ruleset/bundled-rules.ts';
import { mayHoldPieces, requiredPieces } from './claim-anchors.ts';
import { foldText, tokenize } from '../text/normalize-text.ts';

describe('claim pattern pieces', () => {
  it.each([
    { desc: 'spelled-out words, split where letters meet digits', input: '\\bw ?12\\b|x64', expected: [['w', '12'], ['x', '64']] },
    { desc: 'one set per way through a group', input: 'a(?:b|c)d', expected: [['a', 'b', 'd'], ['a', 'c', 'd']] },
    { desc: 'optional and repeated parts need nothing', input: 'x(?:y)?z|win[0-9]+|ab+c|(?=abc)de', expected: [['x', 'z'], ['win'], ['ab', 'c'], ['de']] },
    { desc: 'character codes and back references are not read', input: '(ab)\\1|\\x61', expected: null },
    { desc: 'a group of many ways after pieces adds none', input: 'win (?:a|b|c|d|e|f|g|h|i)', expected: [['win']] },
    { desc: 'a group of many ways with nothing before it gives one set each', input: '(?:a|b|c|d|e|f|g|h|i)', expected: [['a'], ['b'], ['c'], ['d'], ['e'], ['f'], ['g'], ['h'], ['i']] },
  ])('$desc', ({ input, expected }) => {
    expect(requiredPieces(input)).toEqual(expected);
  });

  it('never says no where a claim pattern matches the words', () => {
    const names = bundledRuleset().rules.names;
    const parts = ['Win', 'W', 'dows', 'Windows', ' ', '_', '-', ' - ', '1', '12', '7', 'XP', 'vista', 'Server', 'ubuntu', '.iso', 'x64', 'ws', '2022', '2012', 'std', 'DC', '98'];
    let seed = 11;
    for (let n = 0; n < 5000; n++) {
      let name = '';
      for (let k = 0; k < 4; k++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        name += parts[seed % parts.length];
      }
      const folded = foldText(name);
      const words = tokenize(folded);
      if (names.windowsClaim?.test(words) || names.modernWindowsClaim?.test(words)) expect(mayHoldPieces(folded, names.claimPieces), name).toBe(true);
    }
    expect(mayHoldPieces('debian-12.8.0-amd64-netinst.iso', names.claimPieces)).toBe(false);
  });
});
