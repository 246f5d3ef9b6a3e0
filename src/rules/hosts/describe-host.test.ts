import { describe, expect, it } from 'vitest';
import { describeHost, normalizeDomainInput, registrableDomain } from './describe-host.ts';

describe('describeHost', () => {
  it.each([
    { desc: 'a plain URL', input: 'https://dl.example.co.uk/x.iso', expected: { hostname: 'dl.example.co.uk', domain: 'example.co.uk', unicodeHostname: 'dl.example.co.uk', isIp: false, isPunycode: false } },
    { desc: 'a punycode look-alike', input: 'https://xn--microsft-sbh.com/x', expected: { hostname: 'xn--microsft-sbh.com', domain: 'xn--microsft-sbh.com', unicodeHostname: 'microsоft.com', isIp: false, isPunycode: true } },
    { desc: 'a Unicode host typed in', input: 'https://bücher.example/', expected: { hostname: 'xn--bcher-kva.example', domain: 'xn--bcher-kva.example', unicodeHostname: 'bücher.example', isIp: false, isPunycode: true } },
    { desc: 'a bare host', input: 'Example.COM', expected: { hostname: 'example.com', domain: 'example.com', unicodeHostname: 'example.com', isIp: false, isPunycode: false } },
    { desc: 'an IP address', input: 'http://203.0.113.9:8080/x', expected: { hostname: '203.0.113.9', domain: null, unicodeHostname: '203.0.113.9', isIp: true, isPunycode: false } },
    { desc: 'a user site on a shared host', input: 'https://someone.github.io/x', expected: { hostname: 'someone.github.io', domain: 'someone.github.io', unicodeHostname: 'someone.github.io', isIp: false, isPunycode: false } },
    { desc: 'userinfo is not the host', input: 'https://microsoft.com@evil.example/', expected: { hostname: 'evil.example', domain: 'evil.example', unicodeHostname: 'evil.example', isIp: false, isPunycode: false } },
    { desc: 'a page-made file, by its page', input: 'blob:https://www.win12-download.example/5f1c', expected: { hostname: 'www.win12-download.example', domain: 'win12-download.example', unicodeHostname: 'www.win12-download.example', isIp: false, isPunycode: false } },
    { desc: 'a host with a port, typed in', input: 'example.com:8080', expected: { hostname: 'example.com', domain: 'example.com', unicodeHostname: 'example.com', isIp: false, isPunycode: false } },
  ])('$desc', ({ input, expected }) => {
    expect(describeHost(input)).toEqual(expected);
  });

  it.each(['', 'not a url', 'https://', 'exa mple.com', 'http://[::1', '%%%', 'data:text/plain,hi', 'javascript:alert(1)'])('returns null for %j', (input) => {
    expect(describeHost(input)).toBeNull();
  });

  it('registrableDomain', () => {
    expect(registrableDomain('https://a.b.example.org/x')).toBe('example.org');
    expect(registrableDomain('nonsense here')).toBeNull();
  });
});

describe('normalizeDomainInput', () => {
  it.each([
    { desc: 'a domain', input: 'example.com', expected: { ok: true, domain: 'example.com' } },
    { desc: 'a URL, www dropped', input: 'https://www.example.com/x', expected: { ok: true, domain: 'example.com' } },
    { desc: 'a subdomain is kept', input: 'mirror.example.com', expected: { ok: true, domain: 'mirror.example.com' } },
    { desc: 'a wildcard', input: '*.example.com', expected: { ok: true, domain: 'example.com' } },
    { desc: 'spaces and case', input: '  Example.COM ', expected: { ok: true, domain: 'example.com' } },
    { desc: 'an IDN', input: 'bücher.example', expected: { ok: true, domain: 'xn--bcher-kva.example' } },
    { desc: 'an IP address', input: '192.168.1.20', expected: { ok: true, domain: '192.168.1.20' } },
  ])('accepts $desc', ({ input, expected }) => {
    expect(normalizeDomainInput(input)).toEqual(expected);
  });

  it.each(['', '   ', 'com', 'co.uk', 'not a site', 'http://', '!!!.com'])('refuses %j with a message', (input) => {
    const result = normalizeDomainInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(5);
  });
});
