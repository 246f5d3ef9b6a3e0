import fc from 'fast-check';
import * as tldts from 'tldts-icann';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { icannSuffixTables } from '../../../scripts/icann-suffixes.ts';
import { suffixRulesFile, tablesUnder } from '../../rules/hosts/icann-tables.ts';

const tables = icannSuffixTables();
const OPTIONS = { allowPrivateDomains: false, extractHostname: false, validateHostname: true, mixedInputs: false } as const;
const served: string[] = [];
/** The extension's package: each deep top-level domain's file, as the build writes them. */
const PACKAGE = (url: string): Response => {
  const tld = tables.deepTlds.find((t) => url === `/${suffixRulesFile(t)}`);
  return tld ? Response.json(tablesUnder(tables, tld)) : new Response('not found', { status: 404 });
};

/** A fresh copy of the worker's module, with the extension's package answering `fetch`. */
async function freshModule(file: (url: string) => Response) {
  vi.resetModules();
  vi.stubGlobal('fetch', async (url: string) => {
    served.push(url);
    return file(url);
  });
  return import('./public-suffix-lazy.ts');
}

afterEach(() => {
  vi.unstubAllGlobals();
  served.length = 0;
});

describe("the worker's public suffix list, loaded on first need", () => {
  it('reads nothing for hosts under top-level domains without deeper rules', async () => {
    const psl = await freshModule(PACKAGE);
    for (const host of ['www.microsoft.com', 'microsoft-software-download.example', 'a.b.de', 'win12.download', 'x.xn--p1ai']) {
      expect(psl.getDomain(host, OPTIONS)).toBe(tldts.getDomain(host, OPTIONS));
    }
    expect(psl.suffixMisses()).toBe(0);
    expect(served).toEqual([]);
  });

  it('guesses and counts a miss for a deep one until loaded, then answers as tldts-icann', async () => {
    const psl = await freshModule(PACKAGE);
    expect(psl.getDomain('shop.example.co.uk', OPTIONS)).toBe('example.co.uk');
    expect(psl.suffixMisses()).toBe(1);
    await psl.loadSuffixRules();
    expect(served).toEqual(['/suffixes/uk.json']);
    psl.getDomain('zakupy.info.pl', OPTIONS); // info.pl is a suffix: the guess cannot know
    expect(psl.suffixMisses()).toBe(2);
    await psl.loadSuffixRules();
    expect(served).toEqual(['/suffixes/uk.json', '/suffixes/pl.json']);
    await psl.loadSuffixRules(tables.deepTlds);
    const misses = psl.suffixMisses();
    for (const host of ['a.b.kawasaki.jp', 'city.kawasaki.jp', 'www.ck', 'x.www.ck', 'foo.ck', 'microsoft.com.au', 'x.gov.uk', 'pvt.k12.ma.us']) {
      expect(psl.parse(host, OPTIONS), host).toEqual(tldts.parse(host, OPTIONS));
    }
    expect(psl.suffixMisses()).toBe(misses);
  });

  it('parses any host name as tldts-icann does once loaded', async () => {
    const psl = await freshModule(PACKAGE);
    await psl.loadSuffixRules(tables.deepTlds);
    // Labels are never empty: tldts-icann's Node build carries its own older tldts-core, which
    // reads a name ending in a dot differently (the extension's build uses tldts-core for both).
    const label = fc.oneof(fc.constantFrom(...tables.deepTlds, 'co', 'com', 'ac', 'kawasaki', 'city', 'www', '*', 'k12', 'xn--p1ai'), fc.stringMatching(/^[a-z0-9-]{1,8}$/));
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 5 }), (labels) => {
        const host = labels.join('.');
        expect(psl.parse(host, OPTIONS)).toEqual(tldts.parse(host, OPTIONS));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps judging with its guess when the file is damaged, and says so', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const psl = await freshModule((url) => (url.endsWith('/uk.json') ? new Response('{"rules": 7}') : PACKAGE(url)));
    await psl.loadSuffixRules(['uk', 'jp']);
    expect(psl.getDomain('shop.example.co.uk', OPTIONS)).toBe('example.co.uk');
    expect(psl.getDomain('a.b.example.uk', OPTIONS)).toBe('example.uk');
    expect(psl.getDomain('a.b.kawasaki.jp', OPTIONS)).toBe(tldts.getDomain('a.b.kawasaki.jp', OPTIONS));
    expect(psl.suffixMisses()).toBe(0);
    expect(String(errors.mock.calls[0]?.[0])).toMatch(/for \.uk could not be loaded/);
    errors.mockRestore();
  });
});
