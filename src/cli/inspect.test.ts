// The inspect CLI, run as a real process on images made with the real tools.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureWim, requireTools, tempDir, udfImage, windowsEdition, writeTree } from '../inspect/testing/fixtures.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const temp = tempDir('cli');
const at = (name: string): string => join(temp.dir, name);

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/inspect.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, lines: result.stdout.split('\n').filter((l) => l !== ''), stderr: result.stderr };
}

beforeAll(() => {
  requireTools();
  const content = writeTree(at('content'), { 'a.txt': 'x' });
  writeTree(at('media'), { 'setup.exe': 'MZ', 'autounattend.xml': '<unattend><AutoLogon><Enabled>true</Enabled></AutoLogon></unattend>' });
  captureWim(at('media/sources/install.wim'), content, [windowsEdition('Windows 11 Pro', 'Professional', 26100)]);
  udfImage(at('media'), at('Windows 12 Pro.iso'), 'CCCOMA_X64FRE_EN-US_DV9');
  writeFileSync(at('setup.exe'), 'MZ\x90\0');
}, 60_000);
afterAll(() => temp.remove());

describe('inspect CLI', () => {
  it('--json: one line per file, in order, in the documented shape, going on after a missing file', () => {
    const { status, lines } = run(['--json', at('Windows 12 Pro.iso'), at('missing.iso'), at('setup.exe')]);
    expect(status).toBe(1);
    expect(lines).toHaveLength(3);
    const [image, missing, program] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(image!)).toEqual(['file', 'format', 'label', 'verdict', 'windows', 'findings']);
    expect(image).toMatchObject({
      file: 'Windows 12 Pro.iso', format: 'udf', label: 'CCCOMA_X64FRE_EN-US_DV9', verdict: 'modified',
      windows: { release: 'Windows 11 24H2', images: [{ index: 1, name: 'Windows 11 Pro', edition: 'Professional', build: 26100, spBuild: 1742, arch: 'x64', languages: ['en-US'] }] },
    });
    expect(image!.findings).toEqual([
      { code: 'answer-file', detail: 'An answer file (autounattend.xml) makes Windows Setup run unattended: it logs on automatically.', path: 'autounattend.xml' },
      { code: 'claims-windows-12', detail: 'The file name claims Windows 12, which does not exist; the image holds Windows 11 24H2 (build 26100).' },
    ]);
    expect(missing).toEqual({ file: 'missing.iso', format: 'unknown', label: null, verdict: 'unreadable', windows: null, findings: [{ code: 'unreadable', detail: 'The file does not exist.' }] });
    expect(program).toMatchObject({ file: 'setup.exe', format: 'program', verdict: 'not-a-disk-image' });
  }, 30_000);

  it('prints a readable report, and refuses to run without a file', () => {
    const { status, stdout } = run([at('Windows 12 Pro.iso')]);
    expect(status).toBe(0);
    expect(stdout).toContain('Windows 12 Pro.iso: modified\n  format: udf, label "CCCOMA_X64FRE_EN-US_DV9"\n  windows: Windows 11 24H2\n    1. Windows 11 Pro [Professional] build 26100.1742 x64 en-US\n');
    expect(stdout).toContain('  - answer-file: An answer file (autounattend.xml) makes Windows Setup run unattended: it logs on automatically. (autounattend.xml)');
    const usage = run(['--json']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: npm run --silent inspect -- [--json] FILE…');
  }, 30_000);
});
