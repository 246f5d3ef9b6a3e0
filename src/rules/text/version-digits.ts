// Letters written for digits in the version beside "Windows": "Windows l2" (a small L for the
// 1), "Win1O", "Windows |2". The other way round from leetspeak.ts, and only there: the
// versions a lure fakes are two digits starting with 1 (10 to 19), right after "win" or
// "windows", so ordinary words ("Windows lo", "Win 7i", "Windows i386") are never read as numbers.
import { isAlnum, isDigit, isLetter } from './letters.ts';
import { LEET } from './leetspeak.ts';

/** Letters and signs that look like a digit: l, I and | like 1, O like 0, S like 5, Z like 2. */
const FOR_DIGIT: Readonly<Record<string, string>> = { l: '1', i: '1', '|': '1', '!': '1', o: '0', s: '5', z: '2' };

/** Intel's processor names beside "Windows" (a laptop's recovery image): i3, i5, i7, i9. */
const PROCESSOR = /^i[3579]$/;

/**
 * `folded` with each two-character version after "win"/"windows" that mixes a digit and a
 * look-alike letter read as digits ("windows_l2_pro" → "windows_12_pro"); null when there is
 * none. It must start with a 1 or a letter like it ("Win 7i" is no 71) and hold a real digit.
 * A scan from each "win" (this runs on every name read for words), not a regular expression.
 */
export function lettersForDigits(folded: string): string | null {
  let out: string | null = null;
  let copied = 0;
  for (let at = folded.indexOf('w'); at >= 0; at = folded.indexOf('w', at + 1)) {
    if (isLetter(folded.charCodeAt(at - 1))) continue;
    let start = brandEnd(folded, at);
    if (start < 0) continue;
    for (let gap = 0; gap < 2 && isSeparator(folded.charCodeAt(start)); gap++) start++;
    const end = start + 2;
    if (end > folded.length || !isVersionChar(folded.charCodeAt(start)) || isVersionChar(folded.charCodeAt(end))) continue;
    const digits = asDigits(folded.slice(start, end));
    if (digits === null) continue;
    out = (out ?? '') + folded.slice(copied, start) + digits;
    copied = end;
  }
  return out === null ? null : out + folded.slice(copied);
}

/** Where "win" or "windows" at `at` ends, its i and o also written as leetspeak's digits and
 * signs or, for the i, an l ("w1n", "wln", "wind0ws": the brand disguised along with the
 * version); -1 when there is none. */
function brandEnd(folded: string, at: number): number {
  if (!standsFor(folded[at + 1], 'i') && folded[at + 1] !== 'l') return -1;
  if (folded[at + 2] !== 'n') return -1;
  const rest = at + 3;
  return folded[rest] === 'd' && standsFor(folded[rest + 1], 'o') && folded.startsWith('ws', rest + 2) ? rest + 4 : rest;
}

const standsFor = (ch: string | undefined, letter: string): boolean => ch === letter || (ch !== undefined && LEET[ch] === letter);

/** Anything but a letter, a digit or a sign that stands for a digit ("_", "-", " ", "."). */
const isSeparator = (c: number): boolean => !Number.isNaN(c) && !isVersionChar(c);
const isVersionChar = (c: number): boolean => isAlnum(c) || c === 124 || c === 33;

function asDigits(token: string): string | null {
  const first = token[0] as string;
  const second = token[1] as string;
  if (PROCESSOR.test(token) || (first !== '1' && FOR_DIGIT[first] !== '1')) return null;
  const secondDigit = isDigit(second.charCodeAt(0)) ? second : FOR_DIGIT[second];
  if (secondDigit === undefined) return null;
  const firstReal = first === '1';
  const secondReal = secondDigit === second;
  // One of the two is a real digit and the other a letter standing for one.
  return firstReal !== secondReal ? `1${secondDigit}` : null;
}
