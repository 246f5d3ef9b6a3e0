// Reads folded text (normalize-text.ts) as the words the rules know, whatever the writer did to
// hide them: glued ("installwindows12setup"), spaced out ("w.i.n.d.o.w.s"), leetspeak
// ("w1nd0ws", "w!ndows") or misspelled ("widnows", "wndows"). Windows ignores case in file names,
// so capitals cannot be relied on to show where a word ends: the known vocabulary does.
// Hand-rolled: word segmentation against a vocabulary of a few hundred words is a short dynamic
// programme, and the segmenters on npm carry English frequency tables of megabytes.
import { tokenize } from './normalize-text.ts';
import { CANONICAL, looksLikeWindows, misspeltToolName } from './misspelt-words.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Digits and signs written for letters: w1nd0ws, w!ndows, wind0w$. */
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '!': 'i', '|': 'i', $: 's', '@': 'a' };
/**
 * Longer texts are split plainly: a file name is at most 255 characters and a real address a
 * few hundred, while a hostile one of megabytes must still cost little.
 */
const MAX_READ = 8192;
/** The shortest misspelling of "windows" read at the edge of a longer run ("mywndows"). */
const STRONG = 6;

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
      if (singles >= 4 && singles <= 40) parts = readSpaced(plain.slice(start, next).replaceAll(' ', ''), vocab);
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
  return leet ? text + leet : text;
}

/**
 * Single letters and digits written apart ("windows12lite" once the spaces are gone), read as
 * their groups: a group of letters as known words, the digits after such a word as one number.
 * Null when no group of three letters or more reads as known words.
 */
function readSpaced(singles: string, vocab: Vocabulary): string[] | null {
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

/**
 * Four or more single letters or digits in a row, whatever separates them ("W  i  n  d  o  w  s"):
 * a name spaced out to hide its words, so the anchors and hints of plain text do not apply.
 */
export function hasSpacedLetters(folded: string): boolean {
  let singles = 0;
  for (let i = 0; i < folded.length; ) {
    let j = i;
    while (j < folded.length && isAlnum(folded.charCodeAt(j))) j++;
    if (j - i === 1) {
      if (++singles >= 4) return true;
    } else if (j > i) singles = 0;
    i = j === i ? i + 1 : j;
  }
  return false;
}

/** Words repeat from download to download (names, hosts, paths): their reading is kept. */
function cachedRead(run: string, vocab: Vocabulary): readonly string[] | null {
  const known = vocab.memo.get(run);
  if (known !== undefined) return known;
  if (vocab.memo.size >= MEMO_SIZE) vocab.memo.clear();
  const read = readLetters(run, vocab);
  vocab.memo.set(run, read);
  return read;
}

const MEMO_SIZE = 4096;

function isLetters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isLetter(text.charCodeAt(i))) return false;
  return true;
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
    while (j < folded.length && isRunChar(folded.charCodeAt(j))) j++;
    if (j - i >= 5 && j - i <= 40) {
      const swapped = swapLeet(folded.slice(i, j));
      if (swapped !== null) shows = showsKnownWord(swapped, folded.slice(i, j), vocab);
    }
    i = j + 1;
  }
  if (!shows) return '';
  const swapped = swapLeet(folded) ?? folded;
  const plain = ' ' + tokenize(folded);
  const read = readWords(swapped, vocab);
  for (const word of read.split(' ')) {
    // A known word, or an activator's name read whole ("kmsp1co" is "kmspico"): the same reading.
    const known = vocab.words.has(word) || misspeltToolName(word) !== null;
    if (word.length >= 5 && known && !plain.includes(` ${word} `)) return read;
  }
  return '';
}

/**
 * Folded text with its look-alike digits and signs read as letters ("act1vat0r" → "activator"),
 * for the hints and anchors, which hold plain letters; null when none stands for a letter.
 */
export function leetAsLetters(folded: string): string | null {
  return LEET_HINT.test(folded) ? swapLeet(folded) : null;
}

/** `text` with each digit or sign that stands for a letter swapped for it; null if none does. */
function swapLeet(text: string): string | null {
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

/** A known word of five letters or more (or a misspelt "windows") in `swapped` but not in `original`. */
function showsKnownWord(swapped: string, original: string, vocab: Vocabulary): boolean {
  const before = original.split(/[^a-z]+/);
  for (const run of swapped.split(/[^a-z]+/)) {
    if (run.length < 5 || before.includes(run)) continue;
    if (vocab.words.has(run) || looksLikeWindows(run) || cachedRead(run, vocab)) return true;
  }
  return false;
}

const isRunChar = (c: number): boolean => isLetter(c) || isDigit(c) || c === 33 || c === 124 || c === 36 || c === 64;
const LEET_HINT = /[a-z!|$@][0-9!|$@]+[a-z]/;
const isLetter = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlnum = (c: number): boolean => isLetter(c) || isDigit(c);

/**
 * A run of letters as known words: whole when it is one; else split into known words (and at
 * most one unknown stretch at an edge, beside a strong word); null when it cannot be read so.
 */
export function readLetters(run: string, vocab: Vocabulary): string[] | null {
  // Any misspelling reads as the word itself, but "window" and other cut-offs stay as written.
  if (looksLikeWindows(run) && !CANONICAL.startsWith(run)) return [CANONICAL];
  if (vocab.words.has(run)) return [run];
  const name = misspeltToolName(run);
  if (name) return [name];
  if (run.length < 4 || run.length > 40) return null;
  // A whole reading starts with a known word's beginning; an edge one needs a "w".
  const hasW = run.includes('w');
  if (!hasW && !vocab.prefixes.has(run.slice(0, 2))) return null;
  const n = run.length;
  // best[i]: fewest words reading run[0..i) with known words only; from[i]: where the last began.
  const best = new Int32Array(n + 1).fill(-1);
  const from = new Int32Array(n + 1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if ((best[i] as number) < 0) continue;
    const fuzzy = run.charCodeAt(i) === 119; // "w": a misspelt "windows" may start here
    const limit = Math.min(n, i + Math.max(vocab.longest, 9));
    for (let j = i + 2; j <= limit; j++) {
      const part = run.slice(i, j);
      const known = vocab.words.has(part) || (fuzzy && looksLikeWindows(part));
      if (known && ((best[j] as number) < 0 || (best[i] as number) + 1 < (best[j] as number))) {
        best[j] = (best[i] as number) + 1;
        from[j] = i;
      }
      // Past any known word's beginning (and a misspelling's length) no longer part can match.
      if (!vocab.prefixes.has(part) && !(fuzzy && j - i < 9)) break;
    }
  }
  if ((best[n] as number) > 1) return wordsFrom(run, from, n);
  return hasW ? readWithEdge(run, vocab) : null;
}

function wordsFrom(run: string, from: Int32Array, end: number): string[] {
  const words: string[] = [];
  for (let j = end; j > 0; j = from[j] as number) {
    const part = run.slice(from[j] as number, j);
    words.unshift(looksLikeWindows(part) && !part.startsWith(CANONICAL) ? CANONICAL : part);
  }
  return words;
}

/**
 * "mywindows12", "windowsfree": "windows" (or a misspelling of it) at the start or end, the rest
 * left whole. Only that word: any other ("loader" in "downloader") is too often a word's tail.
 */
function readWithEdge(run: string, vocab: Vocabulary): string[] | null {
  for (let len = Math.min(run.length - 2, 9); len >= STRONG; len--) {
    const head = run.slice(0, len);
    const tail = run.slice(run.length - len);
    if (looksLikeWindows(head) || head === CANONICAL) return [CANONICAL, ...(readLetters(run.slice(len), vocab) ?? [run.slice(len)])];
    if (looksLikeWindows(tail) || tail === CANONICAL) return [...(readLetters(run.slice(0, run.length - len), vocab) ?? [run.slice(0, run.length - len)]), CANONICAL];
  }
  return null;
}
