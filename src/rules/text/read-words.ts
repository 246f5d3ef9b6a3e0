// Reads folded text (normalize-text.ts) as the words the rules know, whatever the writer did to
// hide them: glued ("installwindows12setup"), spaced out ("w.i.n.d.o.w.s"), leetspeak
// ("w1nd0ws", "w!ndows") or misspelled ("widnows", "wndows"). Windows ignores case in file names,
// so capitals cannot be relied on to show where a word ends: the known vocabulary does.
// Hand-rolled: word segmentation against a vocabulary of a few hundred words is a short dynamic
// programme, and the segmenters on npm carry English frequency tables of megabytes.
import { tokenize } from './normalize-text.ts';
import { boundedEditDistance } from './edit-distance.ts';

export interface Vocabulary {
  words: ReadonlySet<string>;
  /** Every beginning of a word, to stop a segment early. */
  prefixes: ReadonlySet<string>;
  longest: number;
}

const CANONICAL = 'windows';
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
 * The vocabulary: every literal word of two or more letters in the given pattern sources, but
 * not those of look-arounds, which name what a match must not be ("th" of "12 th").
 */
export function vocabularyOf(sources: readonly string[]): Vocabulary {
  const words = new Set<string>([CANONICAL]);
  for (const source of sources) {
    const plain = withoutLookarounds(source).replace(/\\[a-zA-Z]/g, ' ').replace(/\[[^\]]*\]/g, ' ');
    for (const word of plain.match(/[a-z]{2,}/g) ?? []) words.add(word);
  }
  let longest = 0;
  const prefixes = new Set<string>();
  for (const word of words) {
    longest = Math.max(longest, word.length);
    for (let end = 2; end <= word.length; end++) prefixes.add(word.slice(0, end));
  }
  return { words, prefixes, longest };
}

function withoutLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      let depth = 0;
      for (; i < source.length; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '(') depth++;
        else if (source[i] === ')' && --depth === 0) break;
      }
    } else out += source[i];
  }
  return out;
}

/** A misspelling of "windows": one edit away, or two for a name of seven letters or more. */
export function looksLikeWindows(word: string): boolean {
  if (word.length < 5 || word.length > 9 || word.charCodeAt(0) !== 119) return false;
  return boundedEditDistance(word, CANONICAL, word.length >= 7 ? 2 : 1) <= (word.length >= 7 ? 2 : 1);
}

/** The words of `folded`, as tokenize() gives them, with hidden known words brought out. */
export function readWords(folded: string, vocab: Vocabulary): string {
  const plain = tokenize(folded);
  if (vocab.longest === 0 || plain === '' || folded.length > MAX_READ) return plain;
  const words = plain.split(' ');
  words.pop(); // tokenize ends every word with a space
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    // Spaced-out letters ("w i n d o w s") are read as one word when they spell a known one.
    let j = i;
    while (j < words.length && isSingleLetter(words[j] as string)) j++;
    const read = j - i >= 4 && j - i <= 40 ? readLetters(words.slice(i, j).join(''), vocab) : null;
    if (read) for (const word of read) out.push(word);
    else if (j > i) for (let k = i; k < j; k++) out.push(words[k] as string);
    else {
      const word = words[i] as string;
      const parts = word.length >= 4 && isLetters(word) ? readLetters(word, vocab) : null;
      if (parts) for (const part of parts) out.push(part);
      else out.push(word);
      j = i + 1;
    }
    i = j;
  }
  const text = out.join(' ') + ' ';
  const leet = readLeet(folded, vocab);
  return leet ? text + leet : text;
}

const isSingleLetter = (word: string): boolean => word.length === 1 && word >= 'a' && word <= 'z';

function isLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * Words in leetspeak, appended after the plain reading so neither hides the other: a run such as
 * "w1nd0ws12" is read with its look-alike digits as letters, kept only when that shows a known
 * word of five letters or more that the plain reading did not have.
 */
function readLeet(folded: string, vocab: Vocabulary): string {
  if (!LEET_HINT.test(folded)) return '';
  let swapped = '';
  let changed = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i] as string;
    const letter = LEET[c];
    // A digit or sign next to a letter, with no digit beside it, stands for a letter:
    // "w1nd0ws" is "windows"; "x64", "h264", "win10" and "12" are left as they are.
    const prev = folded.charCodeAt(i - 1);
    const next = folded.charCodeAt(i + 1);
    if (letter && (isLetter(prev) || isLetter(next)) && !isDigit(prev) && !isDigit(next)) {
      swapped += letter;
      changed = true;
    } else swapped += c;
  }
  if (!changed) return '';
  const plain = ' ' + tokenize(folded);
  const read = readWords(swapped, vocab);
  for (const word of read.split(' ')) {
    if (word.length >= 5 && vocab.words.has(word) && !plain.includes(` ${word} `)) return read;
  }
  return '';
}

const LEET_HINT = /[a-z!|$@][0-9!|$@]+[a-z]/;
const isLetter = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * A run of letters as known words: whole when it is one; else split into known words (and at
 * most one unknown stretch at an edge, beside a strong word); null when it cannot be read so.
 */
export function readLetters(run: string, vocab: Vocabulary): string[] | null {
  // Any misspelling reads as the word itself, but "window" and other cut-offs stay as written.
  if (looksLikeWindows(run) && !CANONICAL.startsWith(run)) return [CANONICAL];
  if (vocab.words.has(run)) return [run];
  if (run.length < 4 || run.length > 40) return null;
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
  return readWithEdge(run, vocab);
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
