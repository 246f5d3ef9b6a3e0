// The one rules schema: what loads, what is refused, and how a refusal reads.
import { describe, expect, it } from 'vitest';
import { BUNDLED_FILES, bundledRulesData, bundledRuleset, RULES_VERSION } from '../ruleset/bundled-rules.ts';
import { classify } from '../classify.ts';
import { parseRulesData, RulesDataError } from './rules-data-schema.ts';
import { createRuleset } from '../ruleset/ruleset.ts';

const broken: { desc: string; input: unknown; expected: string }[] = [
  { desc: 'not an object', input: 'rules', expected: 'expected object' },
  { desc: 'no version', input: { blocklist: [] }, expected: 'version' },
  { desc: 'empty version', input: { version: '' }, expected: 'version' },
  { desc: 'blocklist not a list', input: { version: '1', blocklist: 'evil.example' }, expected: 'blocklist: expected an array' },
  { desc: 'a number in the blocklist', input: { version: '1', blocklist: ['a.example', 7] }, expected: 'blocklist[1]: expected a host name' },
  { desc: 'a host without a dot', input: { version: '1', allowlist: ['localhost'] }, expected: 'allowlist[0]' },
  { desc: 'a URL instead of a host', input: { version: '1', blocklist: ['https://evil.example/'] }, expected: 'blocklist[0]' },
  { desc: 'a bad regular expression', input: { version: '1', text: { windowsClaim: '(' } }, expected: 'text.windowsClaim: not a valid regular expression' },
  { desc: 'a lure without a hint', input: { version: '1', text: { lures: [{ code: 'lure-x', pattern: 'x' }] } }, expected: 'text.lures[0].hint' },
  { desc: 'a lure code not in kebab-case', input: { version: '1', text: { lures: [{ code: 'Lure X', pattern: 'x', hint: 'x' }] } }, expected: 'text.lures[0].code' },
  { desc: 'a lure naming an unknown context', input: { version: '1', text: { lures: [{ code: 'lure-x', pattern: 'x', hint: 'x', context: ['nope'] }] } }, expected: 'unknown context "nope"' },
  { desc: 'an extension with a dot', input: { version: '1', fileTypes: { diskImages: ['.iso'] } }, expected: 'fileTypes.diskImages[0]' },
];

describe('rules data schema', () => {
  it.each(broken)('refuses $desc, naming the file and field', ({ input, expected }) => {
    expect(() => createRuleset(input, 'feeds/test.json')).toThrow(RulesDataError);
    try {
      createRuleset(input, 'feeds/test.json');
    } catch (error) {
      expect((error as Error).message).toContain('feeds/test.json');
      expect((error as Error).message).toContain(expected);
    }
  });

  it('accepts a feed that carries only a version and a blocklist, lowercasing it', () => {
    const data = parseRulesData({ version: '2', blocklist: ['Evil.Example', 'bücher-download.example'] }, 'feed');
    expect(data.blocklist).toEqual(['evil.example', new URL('http://bücher-download.example').hostname]);
    expect(data.blocklist?.[1]).toMatch(/^xn--/);
  });

  it('every bundled file validates and carries the same version', () => {
    for (const [source, data] of BUNDLED_FILES) {
      expect(parseRulesData(data, source).version, source).toBe(RULES_VERSION);
    }
  });

  it('the printed bundled rules load back as one rules file that judges alike', () => {
    const copy = createRuleset(JSON.parse(JSON.stringify(bundledRulesData())), 'copy.json');
    const download = { url: 'https://cdn.example.net/a', filename: 'Windows 12.iso' };
    expect(classify(download, copy)).toEqual(classify(download, bundledRuleset()));
  });

  it('bundledRuleset compiles the bundled data once and only adds user lists', () => {
    const a = bundledRuleset();
    const b = bundledRuleset({ allow: ['example.org'], block: [] });
    expect(b.rules).toBe(a.rules);
    expect(b.version).toBe(RULES_VERSION);
  });
});
