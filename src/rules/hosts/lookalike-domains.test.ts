// Look-alike host names, checked through classifyPage so the whole host path is exercised.
import { describe, expect, it } from 'vitest';
import { bundledRuleset } from '../ruleset/bundled-rules.ts';
import { classifyPage } from '../classify-page.ts';
import { foldTypos } from './lookalike-domains.ts';
import type { VerdictKind } from '../types.ts';

const rules = bundledRuleset();

const rows: { desc: string; input: string; expected: { verdict: VerdictKind; codes: string[] } }[] = [
  { desc: 'combosquat microsoft-download', input: 'https://microsoft-download.net/', expected: { verdict: 'dangerous', codes: ['lookalike-domain'] } },
  { desc: 'combosquat glued', input: 'https://microsoftupdates.info/', expected: { verdict: 'dangerous', codes: ['lookalike-domain'] } },
  { desc: 'brand on another ending', input: 'https://microsoft.ru/', expected: { verdict: 'dangerous', codes: ['lookalike-domain'] } },
  { desc: 'typo: transposed letters', input: 'https://mircosoft.com/', expected: { verdict: 'dangerous', codes: ['lookalike-domain'] } },
  { desc: 'typo: doubled letter', input: 'https://microsofft.com/', expected: { verdict: 'dangerous', codes: ['lookalike-domain'] } },
  { desc: 'typo: l for i', input: 'https://mlcrosoft.com/', expected: { verdict: 'dangerous', codes: ['lookalike-domain'] } },
  { desc: 'typo: vv for w', input: 'https://vvindowsupdate.com/', expected: { verdict: 'dangerous', codes: ['lookalike-domain'] } },
  { desc: 'typo: 0 for o in windows', input: 'https://wind0ws.com/', expected: { verdict: 'dangerous', codes: ['lookalike-domain'] } },
  { desc: 'windows plus a risk word', input: 'https://windows-upgraded.net/', expected: { verdict: 'dangerous', codes: ['lookalike-domain'] } },
  { desc: 'windows plus a version number', input: 'https://windows11-free.org/', expected: { verdict: 'dangerous', codes: ['lookalike-domain'] } },
  { desc: 'homograph, Cyrillic о', input: 'https://xn--microsft-sbh.com/', expected: { verdict: 'dangerous', codes: ['homograph-domain'] } },
  { desc: 'homograph with accents', input: 'https://mícrosoft.com/', expected: { verdict: 'dangerous', codes: ['homograph-domain'] } },
  { desc: 'mixed scripts imitating another name', input: 'https://xn--pple-43d.com/', expected: { verdict: 'suspicious', codes: ['mixed-script-domain'] } },
  { desc: 'a Microsoft name decorated with a letter of no Latin look-alike (mcrosoftҡ)', input: 'https://xn--mcrosoft-b1h.com/', expected: { verdict: 'dangerous', codes: ['homograph-domain'] } },
  { desc: 'subdomain trick, full official host', input: 'https://software.download.prss.microsoft.com.evil.example/', expected: { verdict: 'dangerous', codes: ['subdomain-trick'] } },
  { desc: 'subdomain trick with a hyphen', input: 'https://microsoft.com-download.info/', expected: { verdict: 'dangerous', codes: ['subdomain-trick'] } },
  { desc: 'combosquat on a shared host part', input: 'https://microsoft-download.github.io/', expected: { verdict: 'dangerous', codes: ['lookalike-domain'] } },
  { desc: 'Microsoft itself', input: 'https://www.microsoft.com/en-us/software-download/windows11', expected: { verdict: 'official', codes: ['official-source'] } },
  { desc: 'a Microsoft-owned domain', input: 'https://login.microsoftonline.com/', expected: { verdict: 'unknown', codes: [] } },
  { desc: "Microsoft's GitHub pages", input: 'https://microsoft.github.io/', expected: { verdict: 'unknown', codes: [] } },
  { desc: 'googleusercontent is no combosquat', input: 'https://lh3.googleusercontent.com/', expected: { verdict: 'unknown', codes: [] } },
  { desc: 'github', input: 'https://github.com/ventoy/Ventoy', expected: { verdict: 'unknown', codes: [] } },
  { desc: 'sourceforge', input: 'https://sourceforge.net/projects/clonezilla/', expected: { verdict: 'unknown', codes: [] } },
  { desc: 'archive.org', input: 'https://archive.org/details/knoppix', expected: { verdict: 'unknown', codes: [] } },
  { desc: 'windows news site', input: 'https://www.windowscentral.com/', expected: { verdict: 'unknown', codes: [] } },
  { desc: 'the windows club', input: 'https://www.thewindowsclub.com/', expected: { verdict: 'unknown', codes: [] } },
  { desc: 'PHP for Windows', input: 'https://windows.php.net/download', expected: { verdict: 'unknown', codes: [] } },
  { desc: 'German IDN with an umlaut', input: 'https://xn--mnchen-3ya.de/', expected: { verdict: 'unknown', codes: [] } },
];

describe('look-alike domains', () => {
  it.each(rows)('$desc', ({ input, expected }) => {
    const verdict = classifyPage(input, rules);
    expect({ verdict: verdict.verdict, codes: verdict.reasons.map((r) => r.code) }).toEqual(expected);
  });

  it.each([
    { desc: 'rn becomes m', input: 'rnicrosoft', expected: 'microsoft' },
    { desc: 'digits inside words become letters', input: 'micr0s0ft', expected: 'microsoft' },
    { desc: 'version numbers stay', input: 'windows11', expected: 'windows11' },
    { desc: 'l becomes i', input: 'mlcrosoft', expected: 'microsoft' },
  ])('foldTypos: $desc', ({ input, expected }) => {
    expect(foldTypos(input)).toBe(expected);
  });
});
