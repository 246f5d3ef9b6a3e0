import { describe, expect, it } from 'vitest';
import { ipv6Groups, isPrivateUseName, isPublicAddress } from './special-addresses.ts';

describe('isPublicAddress', () => {
  it.each([
    ['10.1.2.3', false], ['172.31.255.255', false], ['172.32.0.1', true], ['192.168.1.10', false],
    ['127.0.0.1', false], ['169.254.10.1', false], ['100.64.0.1', false], ['100.127.255.255', false], ['100.128.0.1', true],
    ['0.0.0.0', false], ['192.0.2.5', false], ['198.51.100.7', false], ['203.0.113.9', false], ['198.19.1.1', false],
    ['224.0.0.251', false], ['255.255.255.255', false], ['8.8.8.8', true], ['185.199.108.153', true],
    ['[::1]', false], ['[::]', false], ['[fd12:3456::1]', false], ['[fc00::1]', false], ['[fe80::1]', false],
    ['[2001:db8::1]', false], ['[3fff::1]', false], ['[ff02::1]', false],
    ['[::ffff:7f00:1]', false], ['[::ffff:127.0.0.1]', false], ['[::ffff:808:808]', true], ['[64:ff9b::a00:1]', false],
    ['[2606:4700:4700::1111]', true], ['[2a00:1450:4001:80b::200e]', true],
    ['example.com', false], ['999.1.1.1', false],
  ])('%s → %s', (host, expected) => {
    expect(isPublicAddress(host)).toBe(expected);
  });

  it('reads IPv6 in every written form', () => {
    expect(ipv6Groups('2001:db8::1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Groups('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
    expect(ipv6Groups('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ipv6Groups('1::2::3')).toBeNull();
    expect(ipv6Groups('1:2:3')).toBeNull();
    expect(ipv6Groups('12345::')).toBeNull();
  });
});

describe('isPrivateUseName', () => {
  it.each(['nas.local', 'files.corp', 'deploy.internal', 'router.home.arpa', 'lab.test', 'share.lan'])('%s is a private network name', (host) => {
    expect(isPrivateUseName(host)).toBe(true);
  });
  it.each(['example.com', 'corp.example.net', 'local.de', 'internal-tools.io', 'localhost.example.org'])('%s is a public name', (host) => {
    expect(isPrivateUseName(host)).toBe(false);
  });
});
