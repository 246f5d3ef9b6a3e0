// A run of letters read as the known words it is made of ("installwindows12setup" once the
// digits are apart): a short dynamic programme over the vocabulary, with misspellings of
// "windows" and of activator names read as the word (misspelt-words.ts).
// Hand-rolled: word segmentation against a vocabulary of a few hundred words is a short dynamic
// programme, and the segmenters on npm carry English frequency tables of megabytes.
import { CANONICAL, looksLikeWindows, misspeltToolName } from './misspelt-words.ts';
import type { Vocabulary } from './vocabulary.ts';

/** The shortest misspelling of "windows" read at the edge of a longer run ("mywndows"). */
const STRONG = 6;

/** Words repeat from download to download (names, hosts, paths): their reading is kept. */
export function cachedRead(run: string, vocab: Vocabulary): readonly string[] | null {
  const known = vocab.memo.get(run);
  if (known !== undefined) return known;
  if (vocab.memo.size >= MEMO_SIZE) vocab.memo.clear();
  const read = readLetters(run, vocab);
  vocab.memo.set(run, read);
  return read;
}

const MEMO_SIZE = 4096;

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
