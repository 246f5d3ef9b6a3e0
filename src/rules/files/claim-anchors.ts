// Which literal pieces a word pattern (windowsClaim and the like, run on the split words of
// normalize-text.ts) needs: "windows", or "win" and "7", or "w" and "1" … Derived from the
// pattern sources, so a feed's own patterns get pieces too. A name that holds none of the sets
// cannot match, and skips the word split and the patterns (most names: debian-12.8.0-amd64…).
//
// A piece is a run of letters or digits the pattern spells out; a word of the split text is a
// run of the folded text, so the piece appears in the folded name as it is.
import { afterToken, alternatives, closingParen } from './lure-anchors.ts';

const LITERAL = /[a-z0-9]/;
/** More ways than this to match, and the pattern is simply always run. */
const MAX_SETS = 64;
/**
 * A group that would make an alternative that already has pieces more ways than this
 * ("std|standard|datacenter|…" after "win" and a year) adds none to it: a looser gate, never a
 * missed match.
 */
const MAX_WAYS = 8;

/** Every way `source` can match, as the pieces each way needs; null when that cannot be told. */
export function requiredPieces(source: string): string[][] | null {
  const alts = alternatives(source);
  if (!alts) return null;
  const out: string[][] = [];
  for (const alt of alts) {
    const sets = piecesOf(alt);
    if (!sets) return null;
    out.push(...sets);
    if (out.length > MAX_SETS) return null;
  }
  return out;
}

/** A group counts only when it must match once: not optional, repeated or a look-around. */
function mustMatch(inner: string, source: string, after: number): boolean {
  const c = source[after];
  if (c === '?' || c === '*' || c === '+' || c === '{') return false;
  return !inner.startsWith('?=') && !inner.startsWith('?!') && !inner.startsWith('?<=') && !inner.startsWith('?<!');
}

function piecesOf(alt: string): string[][] | null {
  let sets: string[][] = [[]];
  let run = '';
  const endRun = (): void => {
    if (run !== '') for (const set of sets) set.push(run);
    run = '';
  };
  for (let i = 0; i < alt.length; ) {
    const c = alt[i] as string;
    const next = alt[i + 1];
    if (c === '(') {
      endRun();
      const close = closingParen(alt, i);
      if (close < 0) return null;
      const inner = alt.slice(i + 1, close);
      if (mustMatch(inner, alt, close + 1)) {
        const named = /^\?<[^=!][^>]*>/.exec(inner)?.[0].length ?? 0;
        const body = inner.startsWith('?:') ? inner.slice(2) : inner.slice(named);
        const ways = requiredPieces(body);
        if (!ways) return null;
        if (sets.some((set) => set.length === 0) || sets.length * ways.length <= MAX_WAYS) {
          sets = sets.flatMap((set) => ways.map((way) => [...set, ...way]));
          if (sets.length > MAX_SETS) return null;
        }
      }
      i = close + 1;
    } else if (LITERAL.test(c) && next !== '?' && next !== '*' && next !== '{') {
      // A letter next to a digit starts a new word in the split text: a new piece.
      if (run !== '' && /\d/.test(run.slice(-1)) !== /\d/.test(c)) endRun();
      run += c;
      i++;
    } else if (c === '\\' && next !== undefined && /[\dxucpPk]/.test(next)) {
      return null; // a character code or a back reference: not worth reading, always run
    } else {
      // A class, an escape, a quantified or other character ends the run.
      endRun();
      i = afterToken(alt, i);
    }
  }
  endRun();
  return sets;
}

/** Could `folded` hold a match of a pattern with these piece sets? null sets: always yes. */
export function mayHoldPieces(folded: string, sets: readonly (readonly string[])[] | null): boolean {
  if (!sets) return true;
  next: for (const set of sets) {
    for (const piece of set) if (!folded.includes(piece)) continue next;
    return true;
  }
  return false;
}

/** The piece sets of each compiled pattern, worked out on its first use. */
const patternPieces = new WeakMap<RegExp, string[][] | null>();

/** Could `folded` hold a match of `pattern` (run on its split words)? A cheap test before reading words. */
export function mayMatch(folded: string, pattern: RegExp): boolean {
  let pieces = patternPieces.get(pattern);
  if (pieces === undefined) patternPieces.set(pattern, (pieces = requiredPieces(pattern.source)));
  return mayHoldPieces(folded, pieces);
}
