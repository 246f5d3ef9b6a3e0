// The bundled rules' precompiled form (precompile-rules.ts). In Node (the CLIs, the tests) it is
// made from the JSON when first needed; in the extension's build this module is replaced by one
// that returns the form worked out from the JSON files of that build
// (scripts/precompiled-rules-plugin.ts), so the worker carries none of the code that makes it.
import { precompileRules, type PrecompiledRules } from './precompile-rules.ts';
import type { RulesData } from '../data/rules-data-schema.ts';

export function bundledPrecompiledRules(data: RulesData): PrecompiledRules {
  return precompileRules(data);
}
