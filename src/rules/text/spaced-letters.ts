// Names spaced out letter by letter to hide their words ("W  i  n  d  o  w  s  1  2"): found,
// and read back as their words and the number after them.
import { isAlnum, isDigit, isLetter } from './letters.ts';
import { cachedRead } from './segment-words.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * Single letters and digits written apart ("windows12lite" once the spaces are gone), read as
 * their groups: a group of letters as known words, the digits after such a word as one number.
 * Null when no group of three letters or more reads as known words.
 */
export function readSpaced(singles: string, vocab: Vocabulary): string[] | null {
  const groups = singles.match(/[a-z]+|[0-9]+/g) ?? [];
  const out: string[] = [];
  let read = false;
  let afterWord = false;
  for (const group of groups) {
    const letters = isLetter(group.charCodeAt(0));
    const words = letters && group.length >= 4 ? cachedRead(group, vocab) : letters && group.length === 3 && vocab.words.has(group) ? [group] : null;
    if (words) out.push(...words);
    else if (afterWord && isDigit(group.charCodeAt(0))) out.push(group);
    else out.push(...group);
    afterWord = words !== null;
    read ||= afterWord;
  }
  return read ? out : null;
}

/** The fewest single letters or digits in a row read as spaced out: three, for the activators'
 * acronyms (K-M-S-Auto, M.A.S, A_I_O); a group that short is read only as a known word. */
export const MIN_SPACED = 3;

/**
 * MIN_SPACED or more single letters or digits in a row, whatever separates them ("W  i  n  d  o  w  s",
 * "K-M-S-Auto"): a name spaced out to hide its words, so the anchors and hints of plain text do not apply.
 */
export function hasSpacedLetters(folded: string): boolean {
  let singles = 0;
  for (let i = 0; i < folded.length; ) {
    let j = i;
    while (j < folded.length && isAlnum(folded.charCodeAt(j))) j++;
    if (j - i === 1) {
      if (++singles >= MIN_SPACED) return true;
    } else if (j > i) singles = 0;
    i = j === i ? i + 1 : j;
  }
  return false;
}
