// Finds lure words ("Windows 12", code names, "pre-activated", KMS activators) in a file name,
// URL or host. Patterns come from the rules data and read the word text of normalize-text.ts.
// Every lure also has a looser `hint` run on the folded text first: text that no hint matches,
// which is most text, is never split into words.
import { compileGate, gateOf, mayHoldAnchor, type AnchorGate } from './lure-anchors.ts';
import { foldText, foldWords } from '../text/normalize-text.ts';
import { leetAsLetters } from '../text/leetspeak.ts';
import { lettersForDigits } from '../text/version-digits.ts';
import { readWords } from '../text/read-words.ts';
import { hasSpacedLetters } from '../text/spaced-letters.ts';
import type { Vocabulary } from '../text/vocabulary.ts';
import { REASONS, isReasonCode } from '../reason-codes.ts';
import type { LureData } from '../data/rules-data-schema.ts';

export interface Lure {
  code: string;
  pattern: RegExp;
  contexts: readonly RegExp[];
  /** Contexts in which the words mean something else ("AIO" next to BIOS is an all-in-one PC). */
  unless: readonly RegExp[];
  severity: 'suspicious' | 'dangerous';
}

export interface LureRules {
  lures: readonly Lure[];
  /** Any lure's hint, on folded text. */
  hints: RegExp | null;
  /** The same, case-blind: plain ASCII text needs no folding before it. */
  hintsAnyCase: RegExp | null;
  /** False only when no hint can match (lure-anchors.ts); null: ask the hints. */
  gate: AnchorGate | null;
  /** The words the rules know, to read glued, spaced or misspelled text (read-words.ts). */
  vocabulary: Vocabulary;
  /** Every named context, compiled: word patterns the file-name signals read too. */
  named: ReadonlyMap<string, RegExp>;
}

export const NO_LURES: readonly Lure[] = [];

// A lure code the code knows takes its verdict from REASONS; a new one from a feed is suspicious.
function defaultSeverity(code: string): 'suspicious' | 'dangerous' {
  return isReasonCode(code) && REASONS[code].verdict === 'dangerous' ? 'dangerous' : 'suspicious';
}

/** `anchors`: the hints' anchors worked out ahead (compileAnchors), or undefined to work them out. */
export function compileLures(data: readonly LureData[], contexts: Readonly<Record<string, string>>, vocabulary: Vocabulary, anchors?: readonly string[] | null): LureRules {
  const named = new Map(Object.entries(contexts).map(([name, source]) => [name, new RegExp(source)]));
  const context = (name: string): RegExp => named.get(name) ?? /$^/;
  const lures = data.map((lure) => ({
    code: lure.code,
    pattern: new RegExp(lure.pattern),
    contexts: (lure.context ?? []).map(context),
    unless: (lure.unless ?? []).map(context),
    severity: lure.severity ?? defaultSeverity(lure.code),
  }));
  const source = data.map((lure) => `(?:${lure.hint})`).join('|');
  const hints = data.length > 0 ? new RegExp(source) : null;
  const hintsAnyCase = data.length > 0 ? new RegExp(source, 'i') : null;
  const hintList = data.map((lure) => lure.hint);
  return { lures, hints, hintsAnyCase, gate: anchors === undefined ? compileGate(hintList) : gateOf(anchors), vocabulary, named };
}

/** The lures in already folded text (see foldWords), each code once, in data order. */
export function findLuresFolded(folded: string, rules: LureRules): readonly Lure[] {
  // Spaced-out letters and digits ("w i n d o w s 1 2") hold no hint's literal: read them anyway.
  if (!rules.hints || folded === '' || (!rules.hints.test(folded) && !hasSpacedLetters(folded) && !leetHint(folded, rules.hints) && !versionHint(folded, rules.hints))) return NO_LURES;
  const words = readWords(folded, rules.vocabulary);
  let found: Lure[] | undefined;
  for (const lure of rules.lures) {
    if (found?.some((f) => f.code === lure.code)) continue;
    if (!lure.pattern.test(words)) continue;
    if (lure.contexts.length > 0 && !lure.contexts.some((context) => context.test(words))) continue;
    if (lure.unless.length > 0 && lure.unless.some((context) => context.test(words))) continue;
    (found ??= []).push(lure);
  }
  return found ?? NO_LURES;
}

/**
 * False when no lure can be in `raw`: one cheap pass (the anchor scan, or the hints when the
 * hints yield no anchors), so text without a hint of a lure is never folded or split.
 */
export function mayHoldLure(raw: string, rules: LureRules): boolean {
  if (!rules.hints || !rules.hintsAnyCase || raw === '') return false;
  if (rules.gate && mayHoldAnchor(raw, rules.gate)) return true;
  if (!rules.gate && (isPlainAsciiWord(raw) ? rules.hintsAnyCase.test(raw) : rules.hints.test(foldText(raw)))) return true;
  // Digits written for letters ("act1vat0r", "kmsp1c0") and letters for the digits of a version
  // ("Windows l2") hide the hints' literals: read them the other way, by the same cheap scan.
  if (LEET_IN_WORD.test(raw) && mayHoldSwapped(leetAsLetters(raw.toLowerCase()), rules)) return true;
  return LOOK_ALIKE_VERSION.test(raw) && mayHoldSwapped(versionAsDigits(raw.toLowerCase()), rules);
}

/** The version's look-alike letters read as digits, then the digits standing for letters around
 * it read as letters: "Wind0ws l2" (both disguised at once) is "windows 12". */
function versionAsDigits(text: string): string | null {
  const version = lettersForDigits(text);
  return version === null ? null : (leetAsLetters(version) ?? version);
}

const LEET_IN_WORD = /[a-z!|$@][0-9!|$@]+[a-z]/i;
/** Could a version after "win" be written with look-alike letters? One test, no allocation. */
const LOOK_ALIKE_VERSION = /w[i1l|!]n(?:d[o0]ws)?[^a-z0-9|!]{0,2}(?:1[lio|!sz]|[li|!][0-9])(?![a-z0-9|!])/i;

function mayHoldSwapped(swapped: string | null, rules: LureRules): boolean {
  if (swapped === null) return false;
  return rules.gate ? mayHoldAnchor(swapped, rules.gate) : (rules.hintsAnyCase?.test(swapped) ?? false);
}

function leetHint(folded: string, hints: RegExp): boolean {
  const swapped = leetAsLetters(folded);
  return swapped !== null && hints.test(swapped);
}

function versionHint(folded: string, hints: RegExp): boolean {
  const swapped = versionAsDigits(folded);
  return swapped !== null && hints.test(swapped);
}

/** Printable ASCII without `%`: folding would only lowercase it. */
function isPlainAsciiWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126 || c === 37) return false;
  }
  return true;
}

export function findLures(raw: string, rules: LureRules): readonly Lure[] {
  return mayHoldLure(raw, rules) ? findLuresFolded(foldWords(raw), rules) : NO_LURES;
}
