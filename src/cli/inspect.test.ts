// The inspect CLI, run as a real process on real files: one JSON line per file, in order, and
// it goes on after a file it cannot read.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureWim, requireTools, tempDir, udfImage, windowsEdition, writeTree } from '../inspect/testing/fixtures.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const tmp = tempDir('cli');
const at = (name: string): string => join(tmp.dir, name);

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/inspect.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, lines: result.stdout.split('\n').filter((l) => l !== ''), stderr: result.stderr };
}

beforeAll(() => {
  requireTools();
  const content = writeTree(at('content'), { 'a.txt': 'a' });
  writeTree(at('media'), { 'setup.exe': 'MZ', 'sources/boot.wim': 'x' });
  captureWim(at('media/sources/install.wim'), content, [windowsEdition('Windows 11 Pro', 'Professional', 26200, '12')]);
  udfImage(at('media'), at('Win11_25H2_English_Arm64.iso'), 'CCCOMA_A64FRE_EN-US_DV9');
  writeTree(tmp.dir, { 'Windows 12.iso.exe': 'MZ\x90\0', 'empty.iso': '' });
}, 60_000);
afterAll(() => tmp.remove());

describe('inspect CLI', () => {
  it('prints one JSON line per file, in order, and goes on after an unreadable one', () => {
    const { status, lines } = run(['--json', at('Win11_25H2_English_Arm64.iso'), at('missing.iso'), at('Windows 12.iso.exe'), at('empty.iso')]);
    expect(status).toBe(1);
    expect(lines).toHaveLength(4);
    const [image, missing, program, empty] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(image).toEqual({
      file: 'Win11_25H2_English_Arm64.iso', format: 'udf', label: 'CCCOMA_A64FRE_EN-US_DV9', verdict: 'no-sign-of-change',
      windows: { release: 'Windows 11 25H2', images: [{ index: 1, name: 'Windows 11 Pro', edition: 'Professional', build: 26200, spBuild: 1742, arch: 'arm64', languages: ['en-US'] }] },
      findings: [],
    });
    expect(missing).toEqual({ file: 'missing.iso', format: 'unknown', label: null, verdict: 'unreadable', windows: null, findings: [{ code: 'unreadable', detail: 'The file does not exist.' }] });
    expect(program).toMatchObject({ file: 'Windows 12.iso.exe', format: 'program', verdict: 'not-a-disk-image', findings: [{ code: 'not-a-disk-image' }] });
    expect(empty).toMatchObject({ verdict: 'unreadable', findings: [{ code: 'unreadable', detail: 'The file is empty (0 bytes).' }] });
  });

  it('prints a readable report that says what only a SHA-256 proves', () => {
    const { status, lines } = run([at('Win11_25H2_English_Arm64.iso')]);
    expect(status).toBe(0);
    expect(lines[0]).toBe('Win11_25H2_English_Arm64.iso: no-sign-of-change');
    expect(lines).toContain('    1. Windows 11 Pro [Professional] build 26200.1742 arm64 en-US');
    expect(lines.at(-1)).toMatch(/only a SHA-256 that matches Microsoft's published one proves an image unmodified/);
  });

  it('refuses to run without a file', () => {
    const { status, stderr } = run(['--json']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/usage: npm run --silent inspect/);
  });
});
