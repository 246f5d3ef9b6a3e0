// The classifier CLI, run as a real process with real standard input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/classify.ts', ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = result.stdout.split('\n').filter((line) => line !== '');
  return { status: result.status, lines, stderr: result.stderr };
}

const parse = (line: string | undefined): Record<string, unknown> => JSON.parse(line ?? 'null') as Record<string, unknown>;

describe('classify CLI', () => {
  it('writes one line per input line, in order, and goes on after a bad line', () => {
    const input = [
      JSON.stringify({ url: 'https://cdn.example.net/a', filename: 'Windows 12 Pro.iso' }),
      'this is not json',
      JSON.stringify({ url: 'https://releases.ubuntu.com/24.04/ubuntu-24.04.1-desktop-amd64.iso' }),
      JSON.stringify({ filename: 'no url.iso' }),
      '',
      JSON.stringify({ url: 'https://example.com/report.pdf', filename: 'C:\\Users\\me\\Downloads\\report.pdf' }),
    ].join('\n');
    const { status, lines } = run([], `${input}\n`);
    expect(status).toBe(0);
    expect(lines).toHaveLength(6);
    const [first, second, third, fourth, fifth, sixth] = lines.map(parse);
    expect(first?.['verdict']).toBe('dangerous');
    expect((first?.['reasons'] as { code: string }[]).map((r) => r.code)).toContain('lure-windows-12');
    expect(second?.['error']).toMatch(/line 2/);
    expect(third).toEqual({ verdict: 'unknown', reasons: [] });
    expect(fourth?.['error']).toMatch(/line 4: url/);
    expect(fifth?.['error']).toMatch(/line 5/);
    expect(sixth).toEqual({ verdict: 'ignored', reasons: [] });
  });

  it('classifies a single URL argument', () => {
    const { status, lines } = run(['https://microsoft-download.net/Win11_24H2_English_x64.iso']);
    expect(status).toBe(0);
    expect(parse(lines[0])['verdict']).toBe('dangerous');
  });

  it('uses another rules file with --rules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iso-guard-cli-'));
    const file = join(dir, 'rules.json');
    writeFileSync(file, JSON.stringify({ version: 'test', fileTypes: { diskImages: ['iso'] }, blocklist: ['mirror.example.org'] }));
    const { status, lines } = run(['--rules', file], `${JSON.stringify({ url: 'https://mirror.example.org/linux.iso' })}\n`);
    expect(status).toBe(0);
    expect(parse(lines[0])).toMatchObject({ verdict: 'dangerous', reasons: [{ code: 'known-bad-domain' }] });
  });

  it('refuses a broken rules file with a clear error naming the file and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iso-guard-cli-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify({ version: 'test', blocklist: ['fine.example', 'not a host'] }));
    const { status, lines, stderr } = run(['--rules', file], `${JSON.stringify({ url: 'https://x.example/a.iso' })}\n`);
    expect(status).toBe(2);
    expect(lines).toEqual([]);
    expect(stderr).toContain('broken.json');
    expect(stderr).toContain('blocklist[1]');
  });

  it('prints help and the bundled rules', () => {
    expect(run(['--help']).lines.join('\n')).toContain('--rules FILE');
    const printed = run(['--print-rules']);
    expect(printed.status).toBe(0);
    expect(JSON.parse(printed.lines.join('\n'))).toHaveProperty('version');
  });

  it('rejects an unknown option with exit status 2', () => {
    expect(run(['--frobnicate']).status).toBe(2);
  });
});
