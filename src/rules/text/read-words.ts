// Reads folded text (normalize-text.ts) as the words the rules know, whatever the writer did to
// hide them: glued ("installwindows12setup", segment-words.ts), spaced out ("w.i.n.d.o.w.s",
// spaced-letters.ts), leetspeak ("w1nd0ws", "w!ndows", leetspeak.ts), look-alike letters in a
// version ("Windows l2", version-digits.ts) or misspelled ("widnows", "wndows", misspelt-words.ts). Windows ignores case in file names, so capitals cannot be relied
// on to show where a word ends: the known vocabulary does.
import { tokenize } from './normalize-text.ts';
import { looksLikeWindows, misspeltToolName } from './misspelt-words.ts';
import { isAlnum, isLetter, isLetters } from './letters.ts';
import { isLeetRunChar, LEET, LEET_HINT, showsKnownWord, showsWindowsVersion, swapLeet } from './leetspeak.ts';
import { cachedRead } from './segment-words.ts';
import { hasSpacedLetters, MIN_SPACED, readSpaced } from './spaced-letters.ts';
import { lettersForDigits } from './version-digits.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * Longer texts are split plainly: a file name is at most 255 characters and a real address a
 * few hundred, while a hostile one of megabytes must still cost little.
 */
const MAX_READ = 8192;

/**
 * Could `folded` hide a "windows" the claim patterns' pieces do not show: misspelt ("windos"),
 * spaced out ("w.i.n"), in leetspeak ("w1nd0ws")? A cheap look at each "w", so that the names
 * without one skip the word reading.
 */
export function mayHideWindows(folded: string): boolean {
  if (folded.includes('indows') || hasSpacedLetters(folded)) return true; // w.i.n…, w  i  n…
  for (let i = folded.indexOf('w'); i >= 0; i = folded.indexOf('w', i + 1)) {
    const next = folded.charCodeAt(i + 1);
    if (!isLetter(next)) {
      if (!isLetter(folded.charCodeAt(i + 2))) continue;
      if (LEET[folded[i + 1] as string] !== undefined) return true; // w1n…
      continue;
    }
    let j = i + 1;
    while (j < folded.length && j - i < 9 && isLetter(folded.charCodeAt(j))) j++;
    if (j < folded.length && j - i < 9 && LEET[folded[j] as string] !== undefined && isLetter(folded.charCodeAt(j + 1))) return true;
    for (let end = i + 5; end <= j; end++) if (looksLikeWindows(folded.slice(i, end))) return true;
  }
  return false;
}

/** The words of `folded`, as tokenize() gives them, with hidden known words brought out. */
export function readWords(folded: string, vocab: Vocabulary): string {
  const plain = tokenize(folded);
  if (vocab.longest === 0 || plain === '' || folded.length > MAX_READ) return plain;
  // Words are found in place (no split: this runs on every name that may claim Windows), and
  // the text is rebuilt only from the first word read differently.
  let out: string | null = null;
  let copied = 0; // plain[0..copied) is already in out
  for (let start = 0; start < plain.length; ) {
    const end = plain.indexOf(' ', start);
    let next = end + 1;
    let parts: readonly string[] | null = null;
    if (end - start === 1 && isLetter(plain.charCodeAt(start))) {
      // Spaced-out letters ("w i n d o w s 1 2", whatever the separators were) are read as one
      // word when they spell a known one, and the spaced digits after it as one number.
      let singles = 1;
      while (plain.charCodeAt(next + 1) === 32 && isAlnum(plain.charCodeAt(next))) {
        next += 2;
        singles++;
      }
      if (singles >= MIN_SPACED && singles <= 40) parts = readSpaced(plain.slice(start, next).replaceAll(' ', ''), vocab);
    } else if (end - start >= 4 && isLetters(plain, start, end)) {
      const word = plain.slice(start, end);
      parts = cachedRead(word, vocab);
      if (parts && parts.length === 1 && parts[0] === word) parts = null;
    }
    if (parts) {
      out = (out ?? '') + plain.slice(copied, start) + parts.join(' ') + ' ';
      copied = next;
    }
    start = next;
  }
  const text = out === null ? plain : out + plain.slice(copied);
  const leet = readLeet(folded, vocab);
  // A version written with look-alike letters ("Windows l2") is read again with digits, after
  // the plain words: the letters may be words after all.
  const version = lettersForDigits(folded);
  return (leet ? text + leet : text) + (version === null ? '' : readWords(version, vocab));
}

/**
 * Words in leetspeak, appended after the plain reading so neither hides the other: a run such as
 * "w1nd0ws12" or "kmsp1co" is read with its look-alike digits as letters, kept only when that shows a known
 * word of five letters or more that the plain reading did not have.
 */
function readLeet(folded: string, vocab: Vocabulary): string {
  if (!LEET_HINT.test(folded)) return '';
  // Most texts with a digit between letters ("x64", "kq3x9ab.com") show no word when swapped:
  // look at each such run alone first, and read the whole text again only when one does.
  let shows = false;
  for (let i = 0; i < folded.length && !shows; ) {
    let j = i;
    while (j < folded.length && isLeetRunChar(folded.charCodeAt(j))) j++;
    if (j - i >= 5 && j - i <= 40) {
      const swapped = swapLeet(folded.slice(i, j));
      if (swapped !== null) shows = showsKnownWord(swapped, folded.slice(i, j), vocab);
    }
    i = j + 1;
  }
  if (!shows) return '';
  const swapped = swapLeet(folded) ?? folded;
  if (showsWindowsVersion(swapped, folded)) return readWords(swapped, vocab);
  const plain = ' ' + tokenize(folded);
  const read = readWords(swapped, vocab);
  for (const word of read.split(' ')) {
    // A known word, or an activator's name read whole ("kmsp1co" is "kmspico"): the same reading.
    const known = vocab.words.has(word) || misspeltToolName(word) !== null;
    if (word.length >= 5 && known && !plain.includes(` ${word} `)) return read;
  }
  return '';
}
