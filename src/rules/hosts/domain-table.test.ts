import { describe, expect, it } from 'vitest';
import { DomainTable, suffixHashes } from './domain-table.ts';

function match(table: DomainTable, host: string, minStart = 0): string | null {
  const starts = new Int32Array(128);
  const hashes = new Int32Array(128);
  const n = suffixHashes(host, minStart, starts, hashes);
  const at = table.matchSuffix(host, starts, hashes, n);
  return at < 0 ? null : host.slice(at);
}

const table = DomainTable.from(['evil.example', 'bad.shared.example', 'x.co.uk', 'evil.example']);

const rows: { desc: string; input: { host: string; domainStart: number }; expected: string | null }[] = [
  { desc: 'the listed domain itself', input: { host: 'evil.example', domainStart: 0 }, expected: 'evil.example' },
  { desc: 'a subdomain of a listed domain', input: { host: 'dl.cdn.evil.example', domainStart: 7 }, expected: 'evil.example' },
  { desc: 'a longer name that merely ends alike', input: { host: 'notevil.example', domainStart: 0 }, expected: null },
  { desc: 'a listed subdomain of a shared host', input: { host: 'bad.shared.example', domainStart: 4 }, expected: 'bad.shared.example' },
  { desc: 'its sibling is not listed', input: { host: 'good.shared.example', domainStart: 5 }, expected: null },
  { desc: 'two-part public suffix', input: { host: 'www.x.co.uk', domainStart: 4 }, expected: 'x.co.uk' },
  { desc: 'suffixes shorter than the registrable domain are not tried', input: { host: 'a.evil.example', domainStart: 0 }, expected: null },
];

describe('DomainTable', () => {
  it.each(rows)('$desc', ({ input, expected }) => {
    expect(match(table, input.host, input.domainStart)).toBe(expected);
  });

  it('drops duplicates and answers has()', () => {
    expect(table.size).toBe(3);
    expect(table.has('x.co.uk')).toBe(true);
    expect(table.has('co.uk')).toBe(false);
  });

  it('finds every one of 100,000 names and none of 10,000 others', () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `site-${i.toString(36)}.example`);
    const big = DomainTable.from(names);
    expect(big.size).toBe(100_000);
    expect(names.every((name) => big.has(name))).toBe(true);
    expect(Array.from({ length: 10_000 }, (_, i) => `other-${i}.example`).some((name) => big.has(name))).toBe(false);
  });

  it('reports bad entries with their index', () => {
    const checked = DomainTable.check(['ok.example', '', 'no_dot', 'a..b', 3, 'x'.repeat(64) + '.example']);
    expect('issues' in checked && checked.issues.map((issue) => issue.index)).toEqual([1, 2, 3, 4, 5]);
  });
});
