import { getPublicSuffix } from 'tldts-icann';
import { describe, expect, it } from 'vitest';
import { icannSuffixLookup } from '../src/rules/hosts/icann-tables.ts';
import { icannSuffixTables } from './icann-suffixes.ts';

const tables = icannSuffixTables();
const TLDTS = { allowPrivateDomains: false, extractHostname: false, validateHostname: false, mixedInputs: false } as const;

/** Host names that exercise every rule: the rule itself, one and two labels under it, a wildcard
 * filled in, and an exception with labels above it. */
function hostsAround(rules: readonly string[]): string[] {
  return rules.flatMap((rule) => {
    const host = rule.replace(/\*/g, 'w');
    return [host, `x.${host}`, `a.x.${host}`];
  });
}

describe('the ICANN suffix tables read out of tldts-icann', () => {
  it('name the top-level domains with deeper rules, and only their rules', () => {
    expect(tables.deepTlds).toEqual(expect.arrayContaining(['uk', 'jp', 'au', 'ck', 'br']));
    expect(tables.deepTlds).not.toContain('com');
    expect(tables.rules).toContain('co.uk');
    expect(tables.rules).toContain('*.ck');
    expect(tables.exceptions).toContain('www.ck');
    const deep = new Set(tables.deepTlds);
    for (const rule of [...tables.rules, ...tables.exceptions]) expect(deep.has(rule.slice(rule.lastIndexOf('.') + 1))).toBe(true);
  });

  it('answer as tldts-icann on every rule and exception of the list', () => {
    const lookup = icannSuffixLookup(tables);
    const hosts = [...hostsAround(tables.rules), ...hostsAround(tables.exceptions), ...tables.deepTlds.flatMap((t) => [t, `x.${t}`, `a.b.${t}`])];
    expect(hosts.length).toBeGreaterThan(18_000);
    const differing = hosts.filter((host) => lookup(host) !== getPublicSuffix(host, TLDTS));
    expect(differing).toEqual([]);
  });

  it('answer as tldts-icann on malformed names under deep domains', () => {
    const lookup = icannSuffixLookup(tables);
    for (const host of ['.co.uk', 'x..co.uk', '..uk', 'uk', 'co.uk.', '*.ck', 'www.www.ck', 'x.*.kawasaki.jp', 'city.kawasaki.jp']) {
      expect(lookup(host), host).toBe(getPublicSuffix(host, TLDTS));
    }
  });
});
