// What compiling rules data spends its time on, worked out ahead: reading the word patterns for
// the vocabulary (twice: for names, and for host names with the look-alike risk words), the
// anchors of the lures' hints and the pieces a Windows claim needs. The build does this for the
// bundled rules (scripts/precompiled-rules-plugin.ts), so a woken service worker only turns the
// lists into sets; a feed or a --rules file is precompiled here when it is compiled.
import { requiredPieces } from '../files/claim-anchors.ts';
import { compileAnchors } from '../files/lure-anchors.ts';
import { foldTypos } from '../hosts/lookalike-domains.ts';
import { wordsOf } from '../text/vocabulary.ts';
import type { RulesData } from '../data/rules-data-schema.ts';

export interface PrecompiledRules {
  /** The version of the rules data this was made from. */
  version: string;
  /** The vocabulary names are read with (every literal word of the text patterns). */
  nameWords: string[];
  /** The words host labels are read with besides those: the look-alike risk words, as host
   * labels are glued words ("getwin12"). */
  hostOnlyWords: string[];
  /** What a name must hold for a Windows claim to match (claim-anchors.ts), or null. */
  claimPieces: string[][] | null;
  /** The literal anchors of the lures' hints (lure-anchors.ts), or null. */
  hintAnchors: string[] | null;
}

export function precompileRules(data: RulesData): PrecompiledRules {
  const text = data.text ?? {};
  return { version: data.version, ...vocabularyWords(data), claimPieces: claimPiecesOf(text), hintAnchors: compileAnchors((text.lures ?? []).map((lure) => lure.hint)) };
}

/** The words of both vocabularies. */
function vocabularyWords(data: RulesData): Pick<PrecompiledRules, 'nameWords' | 'hostOnlyWords'> {
  const sources = wordSources(data.text ?? {});
  const nameWords = wordsOf(sources);
  const known = new Set(nameWords);
  return { nameWords, hostOnlyWords: wordsOf([riskTerms(data).join(' ')]).filter((word) => !known.has(word)) };
}

/** The look-alike risk words, folded as look-alike names are. */
export function riskTerms(data: RulesData): string[] {
  return (data.lookalike?.riskTerms ?? []).map(foldTypos);
}

/** What a name must hold for one of the claim patterns to match. */
function claimPiecesOf(text: NonNullable<RulesData['text']>): string[][] | null {
  return claimPieces([text.windowsClaim, text.modernWindowsClaim, text.officeImageClaim]);
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
