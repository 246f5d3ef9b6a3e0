// The rules module's public API. Pure TypeScript: no browser API, no DOM. The service worker,
// the CLI, the tests and the benchmark all use it unchanged.
//
// The parts: text/ (folding, hidden characters, punycode), hosts/ (URLs, registrable domains,
// look-alikes, the domain table), files/ (file names, types and the lure words they carry),
// data/ (the rules data and its schema), ruleset/ (compiling data into a ruleset); the verdicts
// themselves (classify, classify-page) sit at the top.
export * from './types.ts';
export { classify } from './classify.ts';
export { classifyPage } from './classify-page.ts';
export { guardedByUrl } from './guarded-by-url.ts';
export { bundledRuleset, bundledRulesData, RULES_VERSION } from './ruleset/bundled-rules.ts';
export { createRuleset, withUserLists, type Ruleset } from './ruleset/ruleset.ts';
export { RulesDataSchema, RulesDataError, parseRulesData, type RulesData } from './data/rules-data-schema.ts';
export { mergeRulesData } from './data/merge-rules-data.ts';
export { loadSuffixRules, suffixMisses } from './hosts/public-suffix.ts';
export { describeHost, registrableDomain, normalizeDomainInput, type DomainInputProblem, type HostDescription } from './hosts/describe-host.ts';
export { REASONS, REASON_CODES, type ReasonCode } from './reason-codes.ts';
