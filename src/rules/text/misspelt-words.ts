// Misspellings of the words attackers misspell to slip past filters: "Windows" (widnows,
// wndows, vindows) and a few activator names (KMSPlco), by a bounded edit distance, not a list.
import { boundedEditDistance, foreignLetters, letterMask } from './edit-distance.ts';

export const CANONICAL = 'windows';
const WINDOWS_MASK = letterMask(CANONICAL);

/** A misspelling of "windows": one edit away (a transposition is one), or two for eight letters or more. */
export function looksLikeWindows(word: string): boolean {
  // Only the first letter changed ("vindows") is one edit too; other words must start with "w".
  if (word.length === 7 && word.endsWith('indows')) return true;
  if (word.length < 5 || word.length > 9 || word.charCodeAt(0) !== 119) return false;
  // Each letter not in "windows" costs an edit: most words stop here, before the distance.
  const max = word.length >= 8 ? 2 : 1;
  if (foreignLetters(word, WINDOWS_MASK, 2) > max) return false;
  return boundedEditDistance(word, CANONICAL, max) <= max;
}

/**
 * Activator names are misspelt like "Windows" to slip past filters ("KMSPlco", l for i):
 * one edit from one of these reads as it. Only names of seven letters or more, so that one
 * edit cannot make them out of an ordinary word.
 */
const TOOL_NAMES = ['kmspico', 'kmsauto'] as const;

export function misspeltToolName(run: string): string | null {
  if (run.length < 6 || run.length > 8 || !run.startsWith('km')) return null;
  return TOOL_NAMES.find((name) => boundedEditDistance(run, name, 1) <= 1) ?? null;
}
