// Literal anchors for the lure hints: short lowercase strings, at least one of which appears in
// any text a hint matches ("valley", "kms", "12" for "w…12"). A scan for them, keyed by their
// first two characters, is much cheaper than the hint expression on each text.
// Derived from the hint sources, so a feed's own hints get anchors too; when some hint yields
// none, classify falls back to the per-text hints.

const LITERAL = /[a-z0-9]/;

/** Splits `source` at its top-level `|` (outside groups and classes). */
export function alternatives(source: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0 || inClass) return null;
  out.push(source.slice(start));
  return out;
}

/** True when the atom just read is made optional or repeated by a quantifier at `i`. */
function quantified(source: string, i: number): boolean {
  const c = source[i];
  return c === '?' || c === '*' || c === '+' || c === '{';
}

/** Every anchor set one alternative offers: strings it must contain, or groups of literals it must hold one of. */
function anchorsOf(alt: string): string[][] | null {
  const sets: string[][] = [];
  let run = '';
  const endRun = (): void => {
    if (run !== '') sets.push([run]);
    run = '';
  };
  for (let i = 0; i < alt.length; ) {
    const c = alt[i] as string;
    if (c === '(') {
      const close = closingParen(alt, i);
      if (close < 0) return null;
      const inner = alt.slice(i + 1, close);
      const group = inner.startsWith('?:') ? alternatives(inner.slice(2)) : null;
      if (group && !quantified(alt, close + 1) && group.every((g) => g !== '' && [...g].every((ch) => LITERAL.test(ch)))) sets.push(group);
      endRun();
      i = close + 1;
    } else if (LITERAL.test(c) && !quantified(alt, i + 1)) {
      run += c;
      i++;
    } else {
      // A class, an escape, a quantified or other character: the literal run stops here.
      endRun();
      i = afterToken(alt, i);
    }
  }
  endRun();
  return sets;
}

const shortest = (set: readonly string[]): number => Math.min(...set.map((s) => s.length));

/** The index after the regex token at `i`: an escape, a class `[…]`, a count `{…}` or one character. */
export function afterToken(source: string, i: number): number {
  const c = source[i];
  let next = i + (c === '\\' ? 2 : 1);
  if (c === '[') while (next < source.length && source[next - 1] !== ']') next += source[next] === '\\' ? 2 : 1;
  if (c === '{') while (next < source.length && source[next - 1] !== '}') next++;
  return next;
}

export function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The anchors of these hint sources, or null when some hint yields none. */
export function compileAnchors(hints: readonly string[]): string[] | null {
  const offers: string[][][] = [];
  for (const hint of hints) {
    const alts = alternatives(hint);
    if (!alts) return null;
    for (const alt of alts) {
      const sets = anchorsOf(alt);
      if (!sets || sets.length === 0) return null;
      offers.push(sets.sort((a, b) => shortest(b) - shortest(a)));
    }
  }
  // Short anchors first: a longer alternative holding one ("superlite" holds "lite") needs no
  // anchor of its own, so common words such as "windows" stay out of the table.
  offers.sort((a, b) => shortest(a[0] as string[]) - shortest(b[0] as string[]));
  const chosen: string[] = [];
  for (const sets of offers) {
    const covered = sets.some((set) => set.length === 1 && chosen.some((anchor) => (set[0] as string).includes(anchor)));
    if (!covered) for (const anchor of sets[0] as string[]) if (!chosen.includes(anchor)) chosen.push(anchor);
  }
  return chosen.length > 0 ? chosen : null;
}

/** Anchors keyed by their first two characters (lowercase printable ASCII, 7 bits each). */
export interface AnchorGate {
  /** 1 + the index in `lists` of the anchors starting with that pair; 0 for none. */
  pairs: Uint8Array;
  lists: readonly (readonly string[])[];
  /**
   * Per list, 128 bits (four words): the third characters its anchors go on with; all set when
   * an anchor is only two long. Pairs such as "re", "de", "li", "to" start anchors (revi,
   * debloat, lite, toolkit) and most words: the third character turns most of them away.
   */
  thirds: Uint32Array;
}

export function compileGate(hints: readonly string[]): AnchorGate | null {
  return gateOf(compileAnchors(hints));
}

/** The gate of anchors already worked out (compileAnchors; the build does it for the bundled rules). */
export function gateOf(anchors: readonly string[] | null): AnchorGate | null {
  if (!anchors || anchors.some((a) => a.length < 2) || anchors.length > 250) return null;
  const pairs = new Uint8Array(128 * 128);
  const lists: string[][] = [];
  for (const anchor of anchors) {
    const key = (anchor.charCodeAt(0) << 7) | anchor.charCodeAt(1);
    if (pairs[key] === 0) pairs[key] = lists.push([]);
    lists[(pairs[key] as number) - 1]?.push(anchor);
  }
  const thirds = new Uint32Array(lists.length * 4);
  lists.forEach((list, i) => {
    for (const anchor of list) {
      if (anchor.length === 2) thirds.fill(0xffffffff, i * 4, i * 4 + 4);
      else {
        const word = i * 4 + (anchor.charCodeAt(2) >> 5);
        thirds[word] = (thirds[word] ?? 0) | (1 << (anchor.charCodeAt(2) & 31));
      }
    }
  });
  return { pairs, lists, thirds };
}

/** Printable ASCII but `%`, lowercased; 0 for what folding may change (one lookup per character). */
const PLAIN = new Uint8Array(128);
for (let c = 32; c <= 126; c++) PLAIN[c] = c === 37 ? 0 : c >= 65 && c <= 90 ? c + 32 : c;

/**
 * False only when no hint can match `text`: it is printable ASCII without `%` (so folding would
 * only lowercase it) and holds no anchor, case-blind. One pass, stopping at the first doubt.
 */
export function mayHoldAnchor(text: string, gate: AnchorGate): boolean {
  const { pairs, thirds } = gate;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c = code < 128 ? (PLAIN[code] as number) : 0;
    if (c === 0) return true;
    const list = pairs[(prev << 7) | c] as number;
    if (list !== 0) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
      const third = next < 128 ? (PLAIN[next] as number) : 0;
      if (third === 0) return true; // the next character is a doubt anyway
      const bits = thirds[(list - 1) * 4 + (third >> 5)] as number;
      if ((bits >>> (third & 31)) & 1 && anchorAt(text, i - 1, gate.lists[list - 1] as readonly string[])) return true;
    }
    prev = c;
  }
  return false;
}

function anchorAt(text: string, at: number, anchors: readonly string[]): boolean {
  next: for (const anchor of anchors) {
    if (at + anchor.length > text.length) continue;
    for (let j = 2; j < anchor.length; j++) {
      let c = text.charCodeAt(at + j);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== anchor.charCodeAt(j)) continue next;
    }
    return true;
  }
  return false;
}
