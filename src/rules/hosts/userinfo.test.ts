import { describe, expect, it } from 'vitest';
import { userinfoLooksLikeHost, userinfoShownHost } from './userinfo.ts';

describe('userinfoLooksLikeHost', () => {
  it.each([
    ['microsoft.com', true], ['www.microsoft.com', true], ['software.download.prss.microsoft.com', true],
    ['microsoft.com:443', true], ['microsoft%2Ecom', true], ['192.168.0.1', true], ['download.microsoft.co.uk', true],
    ['first.last', false], ['john.doe:secret', false], ['j.smith', false], ['max.mustermann', false], ['', false], ['admin', false],
    ['a.'.repeat(200), true],
  ])('%s → %s', (userinfo, expected) => {
    expect(userinfoLooksLikeHost(userinfo)).toBe(expected);
  });
});

describe('userinfoShownHost', () => {
  it.each([
    ['deploy.app', 'deploy.app'], ['deploy.bot', false], ['Download.Microsoft.com:443', 'download.microsoft.com'], ['www.example.org', true],
    ['93.184.216.34', true], ['j.smith', false], ['', false],
  ])('%s → %s', (userinfo, expected) => {
    expect(userinfoShownHost(userinfo)).toBe(expected);
  });
});
