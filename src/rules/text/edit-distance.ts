// Damerau-Levenshtein (optimal string alignment) with a cap: typosquats are one or two edits
// from a brand, so anything further is cut short. Rows are reused typed arrays: this runs for
// every new host name, and allocating three arrays per call showed up in the benchmark.

const MAX = 64;
let before = new Int32Array(MAX + 1);
let prev = new Int32Array(MAX + 1);
let row = new Int32Array(MAX + 1);

/** The edit distance between `a` and `b`, or `max + 1` when it is larger than `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  if (a.length > MAX || b.length > MAX) return max + 1;
  const cols = b.length + 1;
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    const spare = before;
    before = prev;
    prev = row;
    row = spare;
  }
  const result = prev[b.length] ?? max + 1;
  return result > max ? max + 1 : result;
}

/** Letters of `a` missing from `b`'s letters: a cheap lower bound on substitutions needed. */
export function foreignLetters(a: string, bMask: number, stopAt: number): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    const bit = c >= 97 && c <= 122 ? 1 << (c - 97) : 0;
    if ((bMask & bit) === 0 && ++count > stopAt) break;
  }
  return count;
}

export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
  }
  return mask;
}
