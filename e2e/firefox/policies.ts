// Firefox reads enterprise policy from `distribution/policies.json` beside its binary (the
// pref `browser.policies.alternatePath` is honoured only in automation builds). A test cannot
// write into the system's Firefox, so it gets its own install: a copy of the small launcher
// binary (Firefox finds its libraries and `distribution/` from the binary's real path) with
// every other file linked, and a `distribution/` of its own.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { findFirefox } from '../../scripts/find-firefox.mjs';

export interface PolicyInstall {
  binary: string;
  remove(): void;
}

export function installWithPolicies(policies: Record<string, unknown>): PolicyInstall {
  const binary = findFirefox();
  const source = dirname(binary);
  const dir = mkdtempSync(join(tmpdir(), 'iso-guard-firefox-'));
  for (const entry of readdirSync(source)) {
    if (entry === 'distribution') continue;
    if (entry === basename(binary)) copyFileSync(join(source, entry), join(dir, entry));
    else symlinkSync(join(source, entry), join(dir, entry));
  }
  mkdirSync(join(dir, 'distribution'));
  writeFileSync(join(dir, 'distribution', 'policies.json'), JSON.stringify({ policies }, null, 2));
  return { binary: join(dir, basename(binary)), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
