// Letters written for digits in the version beside "Windows": "Windows l2" (a small L for the
// 1), "Win1O", "Windows |2". The other way round from leetspeak.ts, and only there: the
// versions a lure fakes are two digits starting with 1 (10 to 19), right after "win" or
// "windows", so ordinary words ("Windows lo", "Win 7i", "Windows i386") are never read as numbers.
import { isAlnum, isDigit } from './letters.ts';

/** Letters and signs that look like a digit: l, I and | like 1, O like 0, S like 5, Z like 2. */
const FOR_DIGIT: Readonly<Record<string, string>> = { l: '1', i: '1', '|': '1', '!': '1', o: '0', s: '5', z: '2' };

/** "win" or "windows" at a word's start, then at most two separators and the version's first character. */
const VERSION_AFTER_WINDOWS = /(?<![a-z])win(?:dows)?[^a-z0-9|!]{0,2}(?=[0-9a-z|!])/g;

/** Intel's processor names beside "Windows" (a laptop's recovery image): i3, i5, i7, i9. */
const PROCESSOR = /^i[3579]$/;

/**
 * `folded` with each two-character version after "win"/"windows" that mixes a digit and a
 * look-alike letter read as digits ("windows_l2_pro" → "windows_12_pro"); null when there is
 * none. It must start with a 1 or a letter like it ("Win 7i" is no 71) and hold a real digit.
 */
export function lettersForDigits(folded: string): string | null {
  if (!folded.includes('win')) return null;
  let out: string | null = null;
  let copied = 0;
  VERSION_AFTER_WINDOWS.lastIndex = 0;
  for (let match = VERSION_AFTER_WINDOWS.exec(folded); match; match = VERSION_AFTER_WINDOWS.exec(folded)) {
    const start = VERSION_AFTER_WINDOWS.lastIndex;
    const end = start + 2;
    if (end > folded.length || isVersionChar(folded.charCodeAt(end))) continue;
    const digits = asDigits(folded.slice(start, end));
    if (digits === null) continue;
    out = (out ?? '') + folded.slice(copied, start) + digits;
    copied = end;
  }
  return out === null ? null : out + folded.slice(copied);
}

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
