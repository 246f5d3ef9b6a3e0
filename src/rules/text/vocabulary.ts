// The vocabulary the word reader knows: every literal word of the rules' own patterns, so a new
// lure word is read in glued, spaced or misspelt names without a list to keep beside it.
import { CANONICAL } from './misspelt-words.ts';

export interface Vocabulary {
  words: ReadonlySet<string>;
  /** Every beginning of a word, to stop a segment early. */
  prefixes: ReadonlySet<string>;
  longest: number;
  /** Readings of single runs already made (bounded). */
  memo: Map<string, readonly string[] | null>;
}

/**
 * The vocabulary: every literal word of two or more letters in the given pattern sources, but
 * not those of look-arounds, which name what a match must not be ("th" of "12 th").
 */
export function vocabularyOf(sources: readonly string[]): Vocabulary {
  return vocabularyOfWords(wordsOf(sources));
}

/** The words of `sources` (see vocabularyOf): what the build ships precompiled for the bundled rules. */
export function wordsOf(sources: readonly string[]): string[] {
  const words = new Set<string>([CANONICAL]);
  for (const source of sources) {
    const plain = withoutLookarounds(source).replace(/\\[a-zA-Z]/g, ' ').replace(/\[[^\]]*\]/g, ' ');
    for (const word of plain.match(/[a-z]{2,}/g) ?? []) words.add(word);
  }
  return [...words];
}

/** The vocabulary of words already read out of the patterns (wordsOf). */
export function vocabularyOfWords(list: readonly string[]): Vocabulary {
  const words = new Set(list);
  let longest = 0;
  const prefixes = new Set<string>();
  for (const word of words) {
    longest = Math.max(longest, word.length);
    for (let end = 2; end <= word.length; end++) prefixes.add(word.slice(0, end));
  }
  return { words, prefixes, longest, memo: new Map() };
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
