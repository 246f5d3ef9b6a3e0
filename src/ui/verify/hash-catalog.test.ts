import { describe, expect, it } from 'vitest';
import shipped from './data/known-hashes.json' with { type: 'json' };
import { findKnownHash, HashCatalogSchema, matchKey, parseHashCatalog } from './hash-catalog.ts';

const HASH = 'b0bb8b63e34bd1a677a0382c3b26a3ee303207f6f2f54f8c382038f42bab203c';
const entry = { fileName: 'Win11_24H2_English_x64.iso', sha256: HASH.toUpperCase(), source: 'https://www.microsoft.com/software-download/windows11' };
const catalogText = (entries: unknown[], version: unknown = 1) => JSON.stringify({ version, entries });

describe('the shipped catalog', () => {
  it('is valid and empty: ISO Guard ships no hash it has not checked', () => {
    expect(HashCatalogSchema.parse(shipped)).toEqual({ version: 1, entries: [] });
  });
});

describe('parseHashCatalog', () => {
  it('accepts a valid file and normalises the hashes', () => {
    const result = parseHashCatalog(catalogText([entry]));
    expect(result).toEqual({ ok: true, catalog: { version: 1, entries: [{ ...entry, sha256: HASH }] } });
  });

  const refused = [
    { desc: 'text that is not JSON', text: 'Win11 ' + HASH, reason: /^not JSON/ },
    { desc: 'a missing version', text: JSON.stringify({ entries: [] }), reason: /^version: / },
    { desc: 'a bad hash in one entry', text: catalogText([entry, { ...entry, fileName: 'b.iso', sha256: 'abc' }]), reason: /^entries\.1\.sha256: not a SHA-256/ },
    { desc: 'a path instead of a file name', text: catalogText([{ ...entry, fileName: 'C:\\Users\\me\\a.iso' }]), reason: /^entries\.0\.fileName: a file name, not a path/ },
    { desc: 'an entry without a source', text: catalogText([{ fileName: 'a.iso', sha256: HASH }]), reason: /^entries\.0\.source: / },
    { desc: 'an unknown field', text: catalogText([{ ...entry, md5: 'x' }]), reason: /^entries\.0: / },
    { desc: 'one name with two hashes', text: catalogText([entry, { ...entry, fileName: 'win11_24h2_english_x64.ISO', sha256: '0'.repeat(64) }]), reason: /^entries\.1\.fileName: listed twice/ },
  ];
  for (const { desc, text, reason } of refused) {
    it(`refuses ${desc}, saying why`, () => {
      const result = parseHashCatalog(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(reason);
    });
  }
});

describe('findKnownHash', () => {
  const parsed = parseHashCatalog(catalogText([entry]));
  if (!parsed.ok) throw new Error(parsed.reason);
  const cases = [
    { name: 'Win11_24H2_English_x64.iso', found: true },
    { name: 'win11_24h2_english_x64.ISO', found: true },
    { name: 'Win11_24H2_English_x64 (1).iso', found: true },
    { name: 'Win11_24H2_EnglishInternational_x64.iso', found: false },
    { name: 'Win11_24H2_English_x64.iso.exe', found: false },
  ];
  for (const { name, found } of cases) {
    it(`${found ? 'finds' : 'does not find'} ${name}`, () => {
      expect(findKnownHash(parsed.catalog, name)?.sha256).toBe(found ? HASH : undefined);
    });
  }
  it('only strips a browser duplicate suffix before the extension', () => {
    expect(matchKey('Backup (2).iso')).toBe('backup.iso');
    expect(matchKey('Backup (2) final.iso')).toBe('backup (2) final.iso');
  });
});
