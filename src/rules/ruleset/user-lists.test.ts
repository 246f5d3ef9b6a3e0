// The user's allow and block lists against the bundled lists: the most specific entry wins,
// an allow beats a block at the same level, and trusting a site keeps name tricks visible.
import { describe, expect, it } from 'vitest';
import { bundledRuleset } from './bundled-rules.ts';
import { classify } from '../classify.ts';
import { createRuleset } from './ruleset.ts';
import type { DownloadInput, UserLists, VerdictKind } from '../types.ts';

const data = {
  version: 'test',
  fileTypes: { diskImages: ['iso'], executables: ['exe'], decoys: ['iso'] },
  blocklist: ['evil.example', 'bad.files.example', 'dropboxusercontent.com'],
  allowlist: ['good.evil.example'],
  sharedHosts: ['dropboxusercontent.com'],
};

const rows: { desc: string; input: { user: UserLists; download: DownloadInput }; expected: { verdict: VerdictKind; codes: string[] } }[] = [
  { desc: 'a blocklisted domain', input: { user: { allow: [], block: [] }, download: { url: 'https://dl.evil.example/x.iso' } }, expected: { verdict: 'dangerous', codes: ['known-bad-domain'] } },
  { desc: 'the bundled allowlist wins over the blocklist below it', input: { user: { allow: [], block: [] }, download: { url: 'https://good.evil.example/x.iso' } }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'a user allow entry wins over the block of its own domain', input: { user: { allow: ['evil.example'], block: [] }, download: { url: 'https://dl.evil.example/x.iso' } }, expected: { verdict: 'unknown', codes: ['user-allowlisted'] } },
  { desc: 'a user allow entry does not unblock a more specific entry', input: { user: { allow: ['files.example'], block: [] }, download: { url: 'https://bad.files.example/x.iso' } }, expected: { verdict: 'dangerous', codes: ['known-bad-domain'] } },
  { desc: 'a user allow entry covers only its own domain', input: { user: { allow: ['other.example'], block: [] }, download: { url: 'https://evil.example/x.iso' } }, expected: { verdict: 'dangerous', codes: ['known-bad-domain'] } },
  { desc: 'a user block entry', input: { user: { allow: [], block: ['https://www.mirror.example/path'] }, download: { url: 'https://dl.mirror.example/setup.exe' } }, expected: { verdict: 'dangerous', codes: ['user-blocklisted'] } },
  { desc: 'user allow beats user block at the same level', input: { user: { allow: ['mirror.example'], block: ['mirror.example'] }, download: { url: 'https://mirror.example/x.iso' } }, expected: { verdict: 'unknown', codes: ['user-allowlisted'] } },
  { desc: 'a trusted site still warns about a disguised name', input: { user: { allow: ['mirror.example'], block: [] }, download: { url: 'https://mirror.example/a', filename: 'disk.iso.exe' } }, expected: { verdict: 'dangerous', codes: ['double-extension', 'user-allowlisted'] } },
  { desc: 'a whole shared host is never blocklisted', input: { user: { allow: [], block: [] }, download: { url: 'https://dl.dropboxusercontent.com/s/abc/linux.iso' } }, expected: { verdict: 'unknown', codes: [] } },
];

describe('user lists', () => {
  it.each(rows)('$desc', ({ input, expected }) => {
    const verdict = classify(input.download, createRuleset(data, 'test.json', input.user));
    expect({ verdict: verdict.verdict, codes: verdict.reasons.map((r) => r.code) }).toEqual(expected);
  });

  it('a user-trusted site is not held for a Windows image', () => {
    const rules = bundledRuleset({ allow: ['isos.example'], block: [] });
    expect(classify({ url: 'https://isos.example/Win11_Lite.iso' }, rules)).toEqual({
      verdict: 'unknown',
      reasons: [{ code: 'user-allowlisted', detail: 'You have marked this site as trusted.' }],
    });
  });

  it('skips user entries that do not read as sites', () => {
    const rules = bundledRuleset({ allow: ['not a site', ''], block: ['com'] });
    expect(classify({ url: 'https://releases.ubuntu.com/x.iso' }, rules).verdict).toBe('unknown');
  });
});
