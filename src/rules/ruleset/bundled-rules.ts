// The rules that ship inside the extension. Imported as JSON modules so the bundler inlines
// them: the service worker has its first verdict synchronously, with no fetch and no storage.
// They are trusted here, not validated: the build refuses a bundled file that fails the schema
// or that the schema would change (scripts/rules-data-plugin.ts), and so does a unit test, so
// the worker spends no start-up time and carries no schema code for them.
import customerNamespaces from '../data/customer-namespaces.json' with { type: 'json' };
import fileTypes from '../data/file-types.json' with { type: 'json' };
import knownBadDomains from '../data/known-bad-domains.json' with { type: 'json' };
import lookalikeTargets from '../data/lookalike-targets.json' with { type: 'json' };
import lureTerms from '../data/lure-terms.json' with { type: 'json' };
import officialSources from '../data/official-sources.json' with { type: 'json' };
import { compileRules, type CompiledRules } from './compile-rules.ts';
import { bundledPrecompiledRules } from './precompiled-rules.ts';
import { mergeRulesData } from '../data/merge-rules-data.ts';
import type { RulesData } from '../data/rules-data-schema.ts';
import { withUserLists, type Ruleset } from './ruleset.ts';
import type { UserLists } from '../types.ts';

/** Each bundled file with the name its errors are reported under. */
export const BUNDLED_FILES: readonly (readonly [string, unknown])[] = [
  ['src/rules/data/official-sources.json', officialSources],
  ['src/rules/data/file-types.json', fileTypes],
  ['src/rules/data/lookalike-targets.json', lookalikeTargets],
  ['src/rules/data/lure-terms.json', lureTerms],
  ['src/rules/data/known-bad-domains.json', knownBadDomains],
  ['src/rules/data/customer-namespaces.json', customerNamespaces],
];

/** The version of the bundled rules (every bundled file carries the same one; a test checks). */
export const RULES_VERSION: string = officialSources.version;

let bundledData: RulesData | undefined;
let bundledBase: CompiledRules | undefined;

/** All bundled files merged into one rules document. */
export function bundledRulesData(): RulesData {
  // The JSON types are wider than the schema's (a string, not 'label' | 'path'): checked at build.
  bundledData ??= mergeRulesData(BUNDLED_FILES.map(([, data]) => data as RulesData));
  return bundledData;
}

/** The bundled rules with the user's lists on top. The bundled part is compiled once (precompiled
 * by the extension's build). */
export function bundledRuleset(user?: UserLists): Ruleset {
  if (!bundledBase) {
    const data = bundledRulesData();
    bundledBase = compileRules(data, 'bundled rules', bundledPrecompiledRules(data));
  }
  return withUserLists(bundledBase, user);
}
