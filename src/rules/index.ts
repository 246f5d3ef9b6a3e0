// The rules module's public API. Pure TypeScript: no browser API, no DOM. The service worker,
// the CLI, the tests and the benchmark all use it unchanged.
export * from './types.ts';
export { classify } from './classify.ts';
export { classifyPage } from './classify-page.ts';
export { guardedByUrl } from './guarded-by-url.ts';
export { bundledRuleset, bundledRulesData, RULES_VERSION } from './bundled-rules.ts';
export { createRuleset, withUserLists, type Ruleset } from './ruleset.ts';
export { RulesDataSchema, RulesDataError, parseRulesData, type RulesData } from './rules-data-schema.ts';
export { mergeRulesData } from './merge-rules-data.ts';
export { describeHost, registrableDomain, normalizeDomainInput, type DomainInputProblem, type HostDescription } from './describe-host.ts';
export { REASONS, REASON_CODES, type ReasonCode } from './reason-codes.ts';
