// Turns validated rules data into the indexes and compiled patterns classify() reads.
// Runs once per rules file; the result is shared by every rule set built on it.
import { DomainTable } from './domain-table.ts';
import type { FileTypeRules } from './file-name.ts';
import { letterMask } from './edit-distance.ts';
import { foldTypos, type LookalikeRules } from './lookalike-domains.ts';
import { compileLures, type LureRules } from './lure-terms.ts';
import { tableFor, type RulesData } from './rules-data-schema.ts';

export interface NameRules {
  /** All official file name patterns as one expression, or null. */
  officialFileNames: RegExp | null;
  windowsClaim: RegExp | null;
  modernWindowsClaim: RegExp | null;
  windowsImageExclude: RegExp | null;
  executableClaim: RegExp | null;
  minWindowsImageBytes: number;
}

export interface CompiledRules {
  version: string;
  source: string;
  official: DomainTable;
  officialPages: DomainTable;
  allow: DomainTable;
  block: DomainTable;
  shared: DomainTable;
  fileTypes: FileTypeRules;
  lookalike: LookalikeRules;
  lures: LureRules;
  names: NameRules;
}

const optionalRegex = (source: string | undefined): RegExp | null => (source ? new RegExp(source) : null);

export function compileRules(data: RulesData, source: string): CompiledRules {
  const types = data.fileTypes ?? {};
  const text = data.text ?? {};
  const riskTerms = (data.lookalike?.riskTerms ?? []).map(foldTypos);
  return {
    version: data.version,
    source,
    official: tableFor(data.officialHosts),
    officialPages: DomainTable.from([...(data.officialPageDomains ?? []), ...(data.officialHosts ?? [])]),
    allow: tableFor(data.allowlist),
    block: tableFor(data.blocklist),
    shared: tableFor(data.sharedHosts),
    fileTypes: {
      diskImages: new Set(types.diskImages),
      diskImageMimes: new Set(types.diskImageMimes?.map((m) => m.toLowerCase())),
      executables: new Set(types.executables),
      executableMimes: new Set(types.executableMimes?.map((m) => m.toLowerCase())),
      archives: new Set(types.archives),
      decoys: new Set(types.decoys),
    },
    lookalike: {
      brands: (data.lookalike?.brands ?? []).map((b) => ({ ...b, folded: foldTypos(b.name), mask: letterMask(foldTypos(b.name)) })),
      protectedDomains: data.lookalike?.protectedDomains ?? [],
      riskLong: riskTerms.filter((term) => term.length >= 4),
      riskShort: new Set(riskTerms.filter((term) => term.length < 4)),
    },
    lures: compileLures(text.lures ?? [], text.contexts ?? {}),
    names: {
      officialFileNames: text.officialFileNames?.length ? new RegExp(text.officialFileNames.map((p) => `(?:${p})`).join('|')) : null,
      windowsClaim: optionalRegex(text.windowsClaim),
      modernWindowsClaim: optionalRegex(text.modernWindowsClaim),
      windowsImageExclude: optionalRegex(text.windowsImageExclude),
      executableClaim: optionalRegex(text.executableClaim),
      minWindowsImageBytes: text.minWindowsImageBytes ?? 0,
    },
  };
}
