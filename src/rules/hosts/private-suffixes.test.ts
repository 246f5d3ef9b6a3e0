// The rules read registrable domains with the ICANN section of the Public Suffix List plus a few
// entries of its private section. Checked here against the full list (tldts, a dev dependency).
import { getDomain, getPublicSuffix } from 'tldts';
import { getPublicSuffix as icannSuffix } from 'tldts-icann';
import { describe, expect, it } from 'vitest';
import { describeHost } from './describe-host.ts';
import { PRIVATE_SUFFIXES, withPrivateSuffixes } from './private-suffixes.ts';

const FULL = { allowPrivateDomains: true } as const;

describe('private suffixes', () => {
  it.each([...PRIVATE_SUFFIXES])('%s is a plain entry of the private section', (suffix) => {
    expect(getPublicSuffix(`site.${suffix}`, FULL)).toBe(suffix);
    expect(icannSuffix(`site.${suffix}`)).not.toBe(suffix);
  });

  const hosts = [
    ...[...PRIVATE_SUFFIXES].flatMap((s) => [s, `alice.${s}`, `www.alice.${s}`, `a.b.c.${s}`]),
    'github.com', 'www.microsoft.com', 'software.download.prss.microsoft.com', 'news.bbc.co.uk', 'bbc.co.uk', 'a.b.example.com.au',
    'x.core.windows.net', 'mystore.blob.core.windows.net', 'evil-microsoft.com', 'xn--micrsoft-6za.com', 'co.uk', 'com',
  ];
  it.each(hosts)('%s has the registrable domain the full list gives', (host) => {
    expect(describeHost(`https://${host}/`)?.domain).toBe(getDomain(host, FULL));
  });

  it('tells two sites on one shared host apart', () => {
    expect(describeHost('https://alice.github.io/x')?.domain).toBe('alice.github.io');
    expect(describeHost('https://mallory.github.io/x')?.domain).toBe('mallory.github.io');
  });
});

describe('withPrivateSuffixes on odd hosts', () => {
  it.each([
    ['.github.io', 'github.io', '.github.io'],
    ['..x.github.io', 'github.io', 'x.github.io'],
    ['a.github.io', 'github.io', 'a.github.io'],
    ['github.io', 'github.io', null],
    ['example.com', 'example.com', 'example.com'],
    ['x.example.com', null, null],
  ])('%s (ICANN domain %s) → %s, and returns', (host, icann, expected) => {
    expect(withPrivateSuffixes(host, icann)).toBe(expected);
  });
});
