// The bundled rules, precompiled (precompile-rules.ts). Null here, in Node (the CLIs, the tests),
// where the rules are compiled from the JSON; in the extension's build this module is replaced by
// the form worked out from the JSON files of that build (scripts/precompiled-rules-plugin.ts).
import type { PrecompiledRules } from './precompile-rules.ts';

export const PRECOMPILED_BUNDLED_RULES: PrecompiledRules | null = null;
