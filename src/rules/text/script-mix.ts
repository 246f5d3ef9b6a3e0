// Does an IDN label mix scripts the way an imitation does? UTS #39 (Unicode Security
// Mechanisms) §5.1–5.2: each character's Script_Extensions, Common and Inherited fitting any
// script, and the restriction levels. A label passes when it is "moderately restrictive": one
// script; or Latin with Han and Hiragana/Katakana, Bopomofo or Hangul (how Japanese, Chinese and
// Korean are written); or Latin with one other script that is not Cyrillic or Greek (the two
// whose letters pass for Latin). A Cyrillic-only or Greek-only label is single-script.
// No table of our own: the JavaScript engine's \p{Script_Extensions=…} carries Unicode's data.

const SCRIPTS = [
  'Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya',
  'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar', 'Georgian', 'Hangul',
  'Ethiopic', 'Khmer', 'Mongolian', 'Hiragana', 'Katakana', 'Bopomofo', 'Han', 'Thaana', 'Syriac', 'Cherokee',
] as const;
// Made on first use (an IDN label), not when the worker starts: Unicode property expressions are
// costly to build and most host names are ASCII.
let matchers: RegExp[] | undefined;
const bit = (script: (typeof SCRIPTS)[number]): number => 1 << SCRIPTS.indexOf(script);
/** A letter of a script not in the list above: its own, unknown script. */
const OTHER = 2 ** SCRIPTS.length;
let any: RegExp | undefined;

const LATIN = bit('Latin');
const LOOKS_LATIN = bit('Cyrillic') | bit('Greek');
const HAN = bit('Han');
/** Japanese, Chinese with Bopomofo, Korean: each with Latin is highly restrictive. */
const CJK_SETS = [HAN | bit('Hiragana') | bit('Katakana'), HAN | bit('Bopomofo'), HAN | bit('Hangul')];

function scriptsOfChar(ch: string): number {
  if ((any ??= /^[\p{scx=Zyyy}\p{scx=Zinh}]$/u).test(ch)) return -1; // Common or Inherited: fits every script
  matchers ??= SCRIPTS.map((script) => new RegExp(`\\p{scx=${script}}`, 'u'));
  let mask = 0;
  for (let i = 0; i < matchers.length; i++) if ((matchers[i] as RegExp).test(ch)) mask |= 1 << i;
  return mask === 0 ? OTHER : mask;
}

/** True when `label` (Unicode) fails UTS #39's moderately restrictive level. */
export function mixesScripts(label: string): boolean {
  let common = -1; // the scripts every character so far fits (the resolved script set)
  let union = 0;
  for (const ch of label) {
    const mask = scriptsOfChar(ch);
    if (mask === -1) continue;
    common &= mask;
    union |= mask;
  }
  if (common !== 0) return false; // single script (or nothing but Common)
  const nonLatin = union & ~LATIN;
  if (CJK_SETS.some((set) => (nonLatin & ~set) === 0)) return false;
  // Latin plus one other script, which must not be one whose letters pass for Latin.
  const single = nonLatin !== 0 && (nonLatin & (nonLatin - 1)) === 0;
  return !(single && (nonLatin & LOOKS_LATIN) === 0);
}
