// The bundled rules the worker gets precompiled must compile to exactly what the JSON does, so
// the two cannot drift: the form is made by the build from the files, and checked here.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { bundledRuleset, bundledRulesData } from '../src/rules/ruleset/bundled-rules.ts';
import { compileRules } from '../src/rules/ruleset/compile-rules.ts';
import { precompileRules, type PrecompiledRules } from '../src/rules/ruleset/precompile-rules.ts';
import type { RulesData } from '../src/rules/data/rules-data-schema.ts';
import { precompiledRulesPlugin } from './precompiled-rules-plugin.ts';

const root = resolve(import.meta.dirname, '..');

/** precompiled-rules.ts as the extension's build makes it, evaluated. */
async function builtForm(): Promise<PrecompiledRules> {
  const entry = resolve(root, 'src/rules/ruleset/precompiled-rules.ts');
  const out = (await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [precompiledRulesPlugin(root)],
    build: { write: false, minify: true, lib: { entry, formats: ['es'] } },
  })) as Rollup.RollupOutput[];
  const chunk = out[0]?.output.find((file) => file.type === 'chunk');
  const module = (await import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(chunk?.code ?? '').toString('base64')}`)) as { bundledPrecompiledRules: () => PrecompiledRules };
  return module.bundledPrecompiledRules();
}

describe('the bundled rules, precompiled at build', () => {
  it('the build ships the form made from the rules files, and it compiles to the same rules as the JSON', async () => {
    const data = bundledRulesData();
    const built = await builtForm();
    expect(built).toEqual(precompileRules(data));
    expect(built.version).toBe(data.version);
    expect(built.nameWords).toContain('windows');
    // What the worker compiles equals what the CLI and the tests do (no form: made from the JSON);
    // every field is read and compared, the ones compiled on first use too.
    expect(compileRules(data, 'bundled rules', built)).toEqual(bundledRuleset().rules);
  });

  it('follows the data: a new lure word is in both vocabularies, a risk word (folded as look-alikes are) in the host one', () => {
    const data = bundledRulesData();
    const text = data.text ?? {};
    const changed: RulesData = {
      ...data,
      text: { ...text, lures: [...(text.lures ?? []), { code: 'lure-test', pattern: '\\bquuxwin\\b', hint: 'quuxwin' }] },
      lookalike: { ...data.lookalike, brands: data.lookalike?.brands ?? [], riskTerms: [...(data.lookalike?.riskTerms ?? []), 'zorbqx'] },
    };
    const form = precompileRules(changed);
    expect(form.nameWords).toContain('quuxwin');
    expect(form.nameWords).not.toContain('zorbqx');
    expect(form.hostOnlyWords).toContain('zorbqx');
    const rules = compileRules(changed, 'changed', form);
    expect([rules.lures.vocabulary.words.has('quuxwin'), rules.lures.vocabulary.words.has('zorbqx')]).toEqual([true, false]);
    expect([rules.hostLures.vocabulary.words.has('quuxwin'), rules.hostLures.vocabulary.words.has('zorbqx')]).toEqual([true, true]);
    expect(precompileRules(data).nameWords).not.toContain('quuxwin');
  });
});
