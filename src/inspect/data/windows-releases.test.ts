import { describe, expect, it } from 'vitest';
import { releaseOf, WINDOWS_RELEASES } from './windows-releases.ts';

describe('the Windows release table', () => {
  it('names the releases of the builds on current media', () => {
    expect([26200, 26100, 22631, 22621, 22000, 19045, 19044].map((b) => releaseOf(b)?.release)).toEqual([
      'Windows 11 25H2', 'Windows 11 24H2', 'Windows 11 23H2', 'Windows 11 22H2', 'Windows 11 21H2', 'Windows 10 22H2', 'Windows 10 21H2',
    ]);
  });

  it('tells Server from client on a shared build', () => {
    expect(releaseOf(26100, true)?.release).toBe('Windows Server 2025');
    expect(releaseOf(20348, true)?.release).toBe('Windows Server 2022');
    expect(releaseOf(20348)?.release).toBe('Windows Server 2022');
    expect(releaseOf(12345)).toBeNull();
  });

  it('has one row per build and kind', () => {
    const keys = WINDOWS_RELEASES.map((r) => `${r.build}:${Boolean(r.server)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
