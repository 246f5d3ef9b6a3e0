// Whatever arrives, classify() answers with a valid verdict and never throws; the same for the
// page check, the URL check and the host helpers. 100,000 random, Unicode-heavy downloads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledRuleset } from './ruleset/bundled-rules.ts';
import { classify } from './classify.ts';
import { classifyPage } from './classify-page.ts';
import { describeHost, normalizeDomainInput } from './hosts/describe-host.ts';
import { guardedByUrl } from './guarded-by-url.ts';
import { REASON_CODES } from './reason-codes.ts';
import { VERDICTS, type DownloadInput, type Verdict } from './types.ts';

const rules = bundledRuleset({ allow: ['trusted.example'], block: ['blocked.example'] });
const KNOWN = new Set<string>(REASON_CODES);

const tricky = fc.constantFrom(
  '\u202E', '\u200B', '\uFEFF', 'і', 'о', 'Ｗ', '１２', '%', '%2', '%E2%80%AE', '@', '\\', '/', '.', '..', 'xn--', ':', '?', '#',
  'windows', 'win12', 'Windows 12', '.iso', '.exe', '.iso.exe', 'microsoft', 'microsoft.com', 'blob:', 'data:', 'https://', '[', ']', '\uD800',
);
const messy = fc.array(fc.oneof(tricky, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), { maxLength: 8 }).map((parts) => parts.join(''));
const urlish = fc.oneof(
  messy,
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.tuple(fc.constantFrom('https://', 'http://', 'blob:https://', 'data:', 'ftp://', 'chrome://', ''), messy, messy).map(([a, b, c]) => `${a}${b}/${c}`),
);
const download: fc.Arbitrary<DownloadInput> = fc.record(
  {
    url: urlish,
    finalUrl: urlish,
    referrer: urlish,
    pageUrl: urlish,
    filename: messy,
    mime: fc.oneof(messy, fc.constantFrom('application/x-iso9660-image', 'application/x-msdownload')),
    totalBytes: fc.oneof(fc.integer(), fc.double(), fc.constant(-1)),
  },
  { requiredKeys: ['url'] },
);

function isValid(verdict: Verdict): boolean {
  return (
    (VERDICTS as readonly string[]).includes(verdict.verdict) &&
    Array.isArray(verdict.reasons) &&
    verdict.reasons.every((r) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(r.code) && typeof r.detail === 'string' && r.detail !== '')
  );
}

describe('never throws', () => {
  it('classify: 100,000 random downloads give valid verdicts, none from the error fallback', () => {
    fc.assert(
      fc.property(download, (input) => {
        const verdict = classify(input, rules);
        expect(isValid(verdict)).toBe(true);
        expect(verdict.reasons.every((r) => KNOWN.has(r.code) && r.code !== 'rules-error')).toBe(true);
      }),
      { numRuns: 100_000 },
    );
  }, 300_000);

  it('classifyPage, guardedByUrl and the host helpers', () => {
    fc.assert(
      fc.property(urlish, (url) => {
        expect(isValid(classifyPage(url, rules))).toBe(true);
        expect(typeof guardedByUrl({ url }, rules)).toBe('boolean');
        const described = describeHost(url);
        expect(described === null || typeof described.hostname === 'string').toBe(true);
        expect(typeof normalizeDomainInput(url).ok).toBe('boolean');
      }),
      { numRuns: 20_000 },
    );
  }, 120_000);

  it('survives inputs that break the type contract', () => {
    const junk = [null, undefined, 3, {}, [], { url: null }, { url: 5, filename: {} }, { url: 'https://a.example/x.iso', totalBytes: 'big' }];
    for (const input of junk) expect(isValid(classify(input as unknown as DownloadInput, rules))).toBe(true);
  });
});
