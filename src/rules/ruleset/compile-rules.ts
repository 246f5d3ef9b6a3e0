// Turns validated rules data into the indexes and compiled patterns classify() reads.
// Runs once per rules file; the result is shared by every rule set built on it.
import { DomainTable } from '../hosts/domain-table.ts';
import type { FileTypeRules } from '../files/file-name.ts';
import { requiredPieces } from '../files/claim-anchors.ts';
import { letterMask } from '../text/edit-distance.ts';
import { foldTypos, type LookalikeRules } from '../hosts/lookalike-domains.ts';
import { compileLures, type LureRules } from '../files/lure-terms.ts';
import { vocabularyOf } from '../text/vocabulary.ts';
import { tableFor } from '../data/prebuilt-tables.ts';
import type { RulesData } from '../data/rules-data-schema.ts';

export interface NameRules {
  /** All official file name patterns as one expression, or null. */
  officialFileNames: RegExp | null;
  windowsClaim: RegExp | null;
  modernWindowsClaim: RegExp | null;
  windowsImageExclude: RegExp | null;
  executableClaim: RegExp | null;
  installerClaim: RegExp | null;
  windowsShape: RegExp | null;
  officeImageClaim: RegExp | null;
  windowsShapeHint: RegExp | null;
  oldWindowsImageClaim: RegExp | null;
  oldWindowsImageHint: RegExp | null;
  programHardwareExclude: RegExp | null;
  scriptClaim: RegExp | null;
  unreleasedWindows: RegExp | null;
  bundledExtra: RegExp | null;
  minWindowsImageBytes: number;
  minWindowsExtrasBytes: number;
  /** What a name must hold for windowsClaim or modernWindowsClaim to match (claim-anchors.ts). */
  claimPieces: string[][] | null;
}

export interface CompiledRules {
  version: string;
  source: string;
  official: DomainTable;
  officialPages: DomainTable;
  allow: DomainTable;
  block: DomainTable;
  shared: DomainTable;
  /** Microsoft parents under which customers choose names, and where that name stands. */
  customer: DomainTable;
  customerKinds: ReadonlyMap<string, 'label' | 'path'>;
  fileTypes: FileTypeRules;
  lookalike: LookalikeRules;
  lures: LureRules;
  /** The lures, read in host names with the look-alike risk words known too: "getwin12". */
  hostLures: LureRules;
  names: NameRules;
}

const optionalRegex = (source: string | undefined): RegExp | null => (source ? new RegExp(source) : null);

export function compileRules(data: RulesData, source: string): CompiledRules {
  const types = data.fileTypes ?? {};
  const text = data.text ?? {};
  const riskTerms = (data.lookalike?.riskTerms ?? []).map(foldTypos);
  const lures = compileLures(text.lures ?? [], text.contexts ?? {}, vocabularyOf(wordSources(text)));
  return {
    version: data.version,
    source,
    official: tableFor(data.officialHosts),
    officialPages: DomainTable.from([...(data.officialPageDomains ?? []), ...(data.officialHosts ?? [])]),
    allow: tableFor(data.allowlist),
    block: tableFor(data.blocklist),
    shared: tableFor(data.sharedHosts),
    customer: DomainTable.from((data.customerNamespaces ?? []).map((row) => row.suffix)),
    customerKinds: new Map((data.customerNamespaces ?? []).map((row) => [row.suffix, row.customer])),
    fileTypes: {
      diskImages: new Set(types.diskImages),
      diskImageMimes: new Set(types.diskImageMimes?.map((m) => m.toLowerCase())),
      executables: new Set(types.executables),
      scripts: new Set(types.scripts),
      executableMimes: new Set(types.executableMimes?.map((m) => m.toLowerCase())),
      archives: new Set(types.archives),
      compressors: new Set(types.compressors),
      decoys: new Set(types.decoys),
    },
    lookalike: {
      brands: (data.lookalike?.brands ?? []).map((b) => ({ ...b, folded: foldTypos(b.name), mask: letterMask(foldTypos(b.name)) })),
      protectedDomains: data.lookalike?.protectedDomains ?? [],
      riskLong: riskTerms.filter((term) => term.length >= 4),
      riskShort: new Set(riskTerms.filter((term) => term.length < 4)),
    },
    lures,
    hostLures: withWords(lures, wordSources(text), riskTerms),
    names: {
      officialFileNames: text.officialFileNames?.length ? new RegExp(text.officialFileNames.map((p) => `(?:${p})`).join('|')) : null,
      windowsClaim: optionalRegex(text.windowsClaim),
      modernWindowsClaim: optionalRegex(text.modernWindowsClaim),
      windowsImageExclude: optionalRegex(text.windowsImageExclude),
      executableClaim: optionalRegex(text.executableClaim),
      installerClaim: optionalRegex(text.installerClaim),
      scriptClaim: optionalRegex(text.scriptClaim),
      windowsShape: optionalRegex(text.windowsShape),
      officeImageClaim: optionalRegex(text.officeImageClaim),
      windowsShapeHint: optionalRegex(text.windowsShapeHint),
      oldWindowsImageClaim: optionalRegex(text.oldWindowsImageClaim),
      oldWindowsImageHint: optionalRegex(text.oldWindowsImageHint),
      programHardwareExclude: optionalRegex(text.programHardwareExclude),
      unreleasedWindows: optionalRegex(text.unreleasedWindows),
      bundledExtra: optionalRegex(text.bundledExtra),
      minWindowsImageBytes: text.minWindowsImageBytes ?? 0,
      minWindowsExtrasBytes: text.minWindowsExtrasBytes ?? 0,
      claimPieces: claimPieces([text.windowsClaim, text.modernWindowsClaim, text.officeImageClaim]),
    },
  };
}

/** Every word pattern of the text rules: the words they spell are the vocabulary names are read with. */
function wordSources(text: NonNullable<RulesData['text']>): string[] {
  const single = [text.windowsClaim, text.modernWindowsClaim, text.windowsImageExclude, text.programHardwareExclude, text.executableClaim, text.installerClaim, text.scriptClaim, text.windowsShape, text.oldWindowsImageClaim, text.officeImageClaim, text.unreleasedWindows, text.bundledExtra];
  return [...Object.values(text.contexts ?? {}), ...(text.lures ?? []).map((lure) => lure.pattern), ...single].filter((s): s is string => typeof s === 'string');
}

/** The piece sets of all the given claim patterns together; null when one cannot be read. */
function claimPieces(sources: readonly (string | undefined)[]): string[][] | null {
  const sets: string[][] = [];
  for (const source of sources) {
    if (!source) continue;
    const pieces = requiredPieces(source);
    if (!pieces) return null;
    sets.push(...pieces);
  }
  return withoutImplied(sets);
}

/** Drops each set that can only hold when a shorter kept one holds too (["win","1"] by ["w","1"]). */
function withoutImplied(sets: readonly string[][]): string[][] {
  const size = (set: readonly string[]): number => set.reduce((n, piece) => n + piece.length, 0);
  const kept: string[][] = [];
  for (const set of [...sets].sort((a, b) => size(a) - size(b))) {
    const implied = kept.some((k) => k.every((piece) => set.some((p) => p.includes(piece))));
    if (!implied) kept.push(set);
  }
  return kept;
}

/** A host label is glued words by nature ("getwin12"): read it knowing the risk words as well. */
function withWords(lures: LureRules, sources: readonly string[], extra: readonly string[]): LureRules {
  return { ...lures, vocabulary: vocabularyOf([...sources, extra.join(' ')]) };
}
