// The build refuses bundled rules the worker could not trust as written; the files shipped pass.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from 'vite';
import { BUNDLED_FILES } from '../src/rules/ruleset/bundled-rules.ts';
import { bundledRulesProblem, rulesDataPlugin, withoutNotes } from './rules-data-plugin.ts';

const root = resolve(import.meta.dirname, '..');

describe('bundled rules checked at build', () => {
  it.each(BUNDLED_FILES.map(([source]) => source))('%s may be trusted as written', (source) => {
    expect(bundledRulesProblem(readFileSync(resolve(root, source), 'utf8'), source)).toBeNull();
  });

  it.each([
    { desc: 'not JSON', text: '{ "version": ', expected: 'not JSON' },
    { desc: 'a field that fails the schema', text: '{ "version": "1", "blocklist": ["https://evil.example/"] }', expected: 'blocklist[0]' },
    { desc: 'a host the schema would rewrite', text: '{ "version": "1", "blocklist": ["Evil.Example"] }', expected: "not in the schema's own form" },
    { desc: 'a field the schema does not know', text: '{ "version": "1", "blocklsit": ["evil.example"] }', expected: "not in the schema's own form" },
  ])('refuses $desc, naming the file', ({ text, expected }) => {
    const problem = bundledRulesProblem(text, 'src/rules/data/x.json');
    expect(problem).toContain('src/rules/data/x.json');
    expect(problem).toContain(expected);
  });

  it('leaves out of the bundle only the fields people read', () => {
    const data = {
      version: '1',
      officialHosts: ['download.microsoft.com'],
      hostSources: { 'download.microsoft.com': 'https://www.microsoft.com/download' },
      customerNamespaces: [{ suffix: 'azurewebsites.net', customer: 'label', service: 'App Service', source: 'https://learn.microsoft.com/azure/app-service/' }],
      fileTypes: { diskImages: ['iso', 'wic'], diskImageNotes: { wic: "Yocto's disk image" }, compressors: ['xz'] },
    };
    expect(withoutNotes(data)).toEqual({
      version: '1',
      officialHosts: ['download.microsoft.com'],
      customerNamespaces: [{ suffix: 'azurewebsites.net', customer: 'label' }],
      fileTypes: { diskImages: ['iso', 'wic'], compressors: ['xz'] },
    });
  });

  it('fails a build that bundles a broken rules file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iso-guard-rules-'));
    try {
      mkdirSync(join(dir, 'src/rules/data'), { recursive: true });
      writeFileSync(join(dir, 'src/rules/data/broken.json'), '{ "version": "" }');
      writeFileSync(join(dir, 'entry.js'), "import data from './src/rules/data/broken.json'; export default data;");
      const run = build({
        configFile: false,
        root: dir,
        logLevel: 'silent',
        plugins: [rulesDataPlugin()],
        build: { write: false, lib: { entry: join(dir, 'entry.js'), formats: ['es'] } },
      });
      await expect(run).rejects.toThrow(/broken\.json.*version/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
