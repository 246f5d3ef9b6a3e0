// A Ruleset is compiled rules data plus the user's own allow and block lists. The compiled
// part is shared: adding user lists to it indexes only those few entries.
import { DomainTable } from '../hosts/domain-table.ts';
import { compileRules, type CompiledRules } from './compile-rules.ts';
import { precompileRules } from './precompile-rules.ts';
import { normalizeDomainInput } from '../hosts/describe-host.ts';
import type { HostFacts, HostTables } from '../hosts/host-facts.ts';
import { parseRulesData } from '../data/rules-data-schema.ts';
import type { UserLists } from '../types.ts';

export interface Ruleset {
  readonly version: string;
  /** Where the rules came from (a file name), for error messages and the CLI. */
  readonly source: string;
  readonly rules: CompiledRules;
  readonly hosts: HostTables;
  /** Per-host facts, filled as hosts are seen; bounded (host-facts.ts). */
  readonly hostCache: Map<string, HostFacts>;
}

/** Validates `data` (throws RulesDataError naming `source`), compiles it, adds the user lists. */
export function createRuleset(data: unknown, source: string, user?: UserLists): Ruleset {
  const parsed = parseRulesData(data, source);
  return withUserLists(compileRules(parsed, source, precompileRules(parsed)), user);
}

/** A rule set on already compiled rules: cheap, for when only the user lists changed. */
export function withUserLists(rules: CompiledRules, user?: UserLists): Ruleset {
  return {
    version: rules.version,
    source: rules.source,
    rules,
    hosts: {
      official: rules.official,
      officialPages: rules.officialPages,
      allow: rules.allow,
      block: rules.block,
      shared: rules.shared,
      fileSharing: rules.fileSharing,
      customer: rules.customer,
      customerKinds: rules.customerKinds,
      userAllow: DomainTable.from(cleanUserList(user?.allow)),
      userBlock: DomainTable.from(cleanUserList(user?.block)),
      lookalike: rules.lookalike,
      lures: rules.hostLures,
    },
    hostCache: new Map(),
  };
}

// User lists were checked when saved; an entry that still does not read is skipped, not fatal.
function cleanUserList(list: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const entry of list ?? []) {
    const result = normalizeDomainInput(entry);
    if (result.ok) out.push(result.domain);
  }
  return out;
}
