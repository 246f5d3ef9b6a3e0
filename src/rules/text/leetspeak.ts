// Digits and signs written for letters ("w1nd0ws", "kmsp1co", "act1vat0r"): which stand for a
// letter, and the text with them read as letters.
import { looksLikeWindows } from './misspelt-words.ts';
import { isDigit, isLetter } from './letters.ts';
import { cachedRead } from './segment-words.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Digits and signs written for letters: w1nd0ws, w!ndows, wind0w$. */
export const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '!': 'i', '|': 'i', $: 's', '@': 'a' };
/** A letter, then a digit or sign, then a letter: the least a leetspeak word shows. */
export const LEET_HINT = /[a-z!|$@][0-9!|$@]+[a-z]/;
/** What a leetspeak word is written with: letters, digits and the signs that stand for letters. */
export const isLeetRunChar = (c: number): boolean => isLetter(c) || isDigit(c) || c === 33 || c === 124 || c === 36 || c === 64;

/**
 * Folded text with its look-alike digits and signs read as letters ("act1vat0r" → "activator"),
 * for the hints and anchors, which hold plain letters; null when none stands for a letter.
 */
export function leetAsLetters(folded: string): string | null {
  return LEET_HINT.test(folded) ? swapLeet(folded) : null;
}

/** `text` with each digit or sign that stands for a letter swapped for it; null if none does. */
export function swapLeet(text: string): string | null {
  let swapped = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const letter = LEET[c];
    // A digit or sign next to a letter, with no digit beside it, stands for a letter:
    // "w1nd0ws" is "windows"; "x64", "h264", "win10" and "12" are left as they are.
    const prev = text.charCodeAt(i - 1);
    const next = text.charCodeAt(i + 1);
    if (letter && (isLetter(prev) || isLetter(next)) && !isDigit(prev) && !isDigit(next)) {
      swapped += letter;
      changed = true;
    } else swapped += c;
  }
  return changed ? swapped : null;
}

/** "w1n11" → "win11": a Windows name with its version is a word of its own, however short. */
const WINDOWS_VERSION = /(?:^|[^a-z])win(?:dows)?[^a-z0-9]?(?:[1-9]|1[0-9])(?![0-9])/;

/** True when the swap shows a Windows name and version the text did not show as written. */
export function showsWindowsVersion(swapped: string, original: string): boolean {
  return WINDOWS_VERSION.test(swapped) && !WINDOWS_VERSION.test(original);
}

/** A known word of five letters or more (or a misspelt "windows") in `swapped` but not in `original`. */
export function showsKnownWord(swapped: string, original: string, vocab: Vocabulary): boolean {
  if (showsWindowsVersion(swapped, original)) return true;
  const before = original.split(/[^a-z]+/);
  for (const run of swapped.split(/[^a-z]+/)) {
    if (run.length < 5 || before.includes(run)) continue;
    if (vocab.words.has(run) || looksLikeWindows(run) || cachedRead(run, vocab)) return true;
  }
  return false;
}
