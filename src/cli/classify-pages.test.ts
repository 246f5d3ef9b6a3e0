// `classify --pages`: one page verdict line per {"url"} line, errors as lines, in order.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledRuleset } from '../rules/index.ts';
import { classifyLine, parseArgs } from './classify-lines.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const rules = bundledRuleset();
const page = (line: string, n = 1): unknown => JSON.parse(classifyLine(line, n, rules, true));

describe('classify --pages', () => {
  it('reads the option', () => {
    expect(parseArgs(['--pages'])).toMatchObject({ pages: true });
  });

  it.each([
    ['a news article on Windows 12', 'https://www.theverge.com/2026/windows-12-leak', 'unknown', ['page-mentions-lure']],
    ['a look-alike site', 'https://microsoft-download.net/', 'dangerous', ['lookalike-domain']],
    ["Microsoft's page", 'https://www.microsoft.com/software-download/windows11', 'official', ['official-source']],
    ['an ordinary page', 'https://en.wikipedia.org/wiki/Debian', 'unknown', []],
  ])('%s', (_desc, url, verdict, codes) => {
    const out = page(JSON.stringify({ url })) as { verdict: string; reasons: { code: string }[] };
    expect({ verdict: out.verdict, codes: out.reasons.map((r) => r.code) }).toEqual({ verdict, codes });
  });

  it('answers a bad line with an error and names the line', () => {
    expect(page('not json', 3)).toEqual({ error: 'line 3: not valid JSON' });
    expect(page(JSON.stringify({ href: 'https://x.example/' }), 4)).toMatchObject({ error: expect.stringMatching(/^line 4: url/) });
  });

  it('runs as a process: one line per input line, and goes on after a bad one', () => {
    const input = [JSON.stringify({ url: 'https://getwin12.com/' }), '{oops', JSON.stringify({ url: 'https://duckduckgo.com/?q=windows+12+iso' })].join('\n');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/classify.ts', '--pages'], { cwd: ROOT, input: `${input}\n`, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line['verdict'] ?? 'error')).toEqual(['dangerous', 'error', 'unknown']);
  }, 60_000);
});
