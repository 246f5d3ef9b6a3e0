// Turns validated rules data into the indexes and compiled patterns classify() reads.
// Runs once per rules file; the result is shared by every rule set built on it. What compiling
// costs most is worked out ahead for the bundled rules (precompile-rules.ts).
import { DomainTable } from '../hosts/domain-table.ts';
import type { FileTypeRules } from '../files/file-name.ts';
import { letterMask } from '../text/edit-distance.ts';
import { foldTypos, toolHints, type LookalikeRules } from '../hosts/lookalike-domains.ts';
import { compileLures, type LureRules } from '../files/lure-terms.ts';
import { vocabularyOfWords } from '../text/vocabulary.ts';
import { riskTerms, type PrecompiledRules } from './precompile-rules.ts';
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
  fileSharing: DomainTable;
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

/**
 * Compiles `data` with its precompiled form (precompileRules(data); for the bundled rules, made by
 * the extension's build). What only a download's verdict reads (file types, name patterns) is
 * compiled on first use, so a worker woken by a navigation compiles only what a page verdict
 * reads; the first download verdict stays synchronous.
 */
export function compileRules(data: RulesData, source: string, precompiled: PrecompiledRules): CompiledRules {
  const text = data.text ?? {};
  const risk = riskTerms(data);
  const lures = compileLures(text.lures ?? [], text.contexts ?? {}, vocabularyOfWords(precompiled.nameWords), precompiled.hintAnchors);
  const rules: Omit<CompiledRules, 'fileTypes' | 'names'> = {
    version: data.version,
    source,
    official: tableFor(data.officialHosts),
    officialPages: DomainTable.from([...(data.officialPageDomains ?? []), ...(data.officialHosts ?? [])]),
    allow: tableFor(data.allowlist),
    block: tableFor(data.blocklist),
    // A site where anyone shares files is a shared host too: judged by its files, never blocked whole.
    shared: data.fileSharingHosts?.length ? DomainTable.from([...(data.sharedHosts ?? []), ...data.fileSharingHosts]) : tableFor(data.sharedHosts),
    fileSharing: tableFor(data.fileSharingHosts),
    customer: DomainTable.from((data.customerNamespaces ?? []).map((row) => row.suffix)),
    customerKinds: new Map((data.customerNamespaces ?? []).map((row) => [row.suffix, row.customer])),
    lookalike: {
      brands: (data.lookalike?.brands ?? []).map((b) => ({ ...b, folded: foldTypos(b.name), mask: letterMask(foldTypos(b.name)) })),
      protectedDomains: data.lookalike?.protectedDomains ?? [],
      tools: data.lookalike?.tools ?? [],
      ...toolHints(data.lookalike?.tools ?? []),
      riskLong: risk.filter((term) => term.length >= 4),
      riskShort: new Set(risk.filter((term) => term.length < 4)),
    },
    lures,
    hostLures: { ...lures, vocabulary: vocabularyOfWords([...precompiled.nameWords, ...precompiled.hostOnlyWords]) },
  };
  onFirstUse(rules, 'fileTypes', () => fileTypeRules(data));
  onFirstUse(rules, 'names', () => nameRules(text, precompiled.claimPieces));
  return rules as CompiledRules;
}

/** Makes `target[key]` on its first read and keeps it (an enumerable getter, so the object's
 * shape never changes on the hot path). */
function onFirstUse<T>(target: object, key: string, make: () => T): void {
  let value: T | undefined;
  Object.defineProperty(target, key, { enumerable: true, get: (): T => (value ??= make()) });
}

function fileTypeRules(data: RulesData): FileTypeRules {
  const types = data.fileTypes ?? {};
  return {
    diskImages: new Set(types.diskImages),
    diskImageMimes: new Set(types.diskImageMimes?.map((m) => m.toLowerCase())),
    executables: new Set(types.executables),
    scripts: new Set(types.scripts),
    executableMimes: new Set(types.executableMimes?.map((m) => m.toLowerCase())),
    archives: new Set(types.archives),
    compressors: new Set(types.compressors),
    decoys: new Set(types.decoys),
  };
}

function nameRules(text: NonNullable<RulesData['text']>, claimPieces: string[][] | null): NameRules {
  return {
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
    claimPieces,
  };
}
