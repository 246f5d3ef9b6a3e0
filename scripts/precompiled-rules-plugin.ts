// The bundled rules, precompiled when the extension is built: the worker wakes on every
// navigation, and reading the vocabularies, hint anchors and claim pieces out of the rules'
// patterns was most of its first compile. This replaces src/rules/ruleset/precompiled-rules.ts
// (which makes the form at run time, in Node) with one returning the form worked out from the
// rules JSON files as they are at build time, never kept by hand (precompiled-rules-plugin.test.ts
// checks that it compiles to the same rules).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { BUNDLED_FILES } from '../src/rules/ruleset/bundled-rules.ts';
import { mergeRulesData } from '../src/rules/data/merge-rules-data.ts';
import { precompileRules, type PrecompiledRules } from '../src/rules/ruleset/precompile-rules.ts';
import type { RulesData } from '../src/rules/data/rules-data-schema.ts';

const ROOT = resolve(import.meta.dirname, '..');
const PRECOMPILED_MODULE = /[\\/]src[\\/]rules[\\/]ruleset[\\/]precompiled-rules\.ts$/;

/** The bundled rules files as they are on disk now. */
function bundledFilePaths(root: string): string[] {
  return BUNDLED_FILES.map(([name]) => join(root, name));
}

/** The bundled rules, precompiled from the files on disk (validated by rules-data-plugin.ts). */
export function precompiledRulesFromFiles(root = ROOT): PrecompiledRules {
  const data = mergeRulesData(bundledFilePaths(root).map((path) => JSON.parse(readFileSync(path, 'utf8')) as RulesData));
  return precompileRules(data);
}

/** The module that stands for precompiled-rules.ts in the build. */
export function precompiledRulesModule(root = ROOT): string {
  return `export function bundledPrecompiledRules() {\n  return ${JSON.stringify(precompiledRulesFromFiles(root))};\n}\n`;
}

export function precompiledRulesPlugin(root = ROOT): Plugin {
  return {
    name: 'iso-guard:precompiled-rules',
    enforce: 'pre',
    load(id) {
      if (!PRECOMPILED_MODULE.test(id)) return null;
      for (const path of bundledFilePaths(root)) this.addWatchFile(path);
      return precompiledRulesModule(root);
    },
  };
}
