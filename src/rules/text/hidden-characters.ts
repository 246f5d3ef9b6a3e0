// The characters a name can hide behind, defined once: the rules flag and strip them
// (normalize-text.ts), and the pages mark each one (ui/components/reveal-invisible.ts), so a
// name the warning says hides characters always shows where they are.
// Class bodies are strings so the three expressions share them.

/** Bidirectional controls: they reorder how a name is displayed (U+202E makes `osi.exe` show as `exe.iso`). */
const BIDI_CHARS = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
/** Characters that draw nothing, used to split words so filters miss them or to pad a name:
 * soft hyphen, Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), Mongolian vowel separator,
 * zero-width spaces and joiners, invisible operators (U+2060–U+2064), the deprecated format
 * controls (U+206A–U+206F), byte order mark, interlinear annotation marks (U+FFF9–U+FFFB). */
const INVISIBLE_CHARS = '\\u00ad\\u115f\\u1160\\u180e\\u200b-\\u200d\\u2060-\\u2064\\u206a-\\u206f\\u3164\\ufeff\\uffa0\\ufff9-\\ufffb';
/** More of them, outside brackets: combining marks (the grapheme joiner U+034F, the Khmer
 * inherent vowels U+17B4 and U+17B5) would join the character before them in a class, and the
 * musical format controls (U+1D173–U+1D17A) and tag characters (U+E0000–U+E007F) are UTF-16
 * pairs since the rules' expressions have no `u` flag. */
const INVISIBLE_OTHERS = '\\u034f|\\u17b4|\\u17b5|\\ud834[\\udd73-\\udd7a]|\\udb40[\\udc00-\\udc7f]';

export const BIDI = new RegExp(`[${BIDI_CHARS}]`);
export const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]|${INVISIBLE_OTHERS}`);
const HIDDEN_ALL = new RegExp(`[${BIDI_CHARS}${INVISIBLE_CHARS}]|${INVISIBLE_OTHERS}`, 'g');

/** The text without any of them. */
export function stripHidden(text: string): string {
  return text.replace(HIDDEN_ALL, '');
}

/** Whether one character (one code point) is a bidi control or invisible, as the rules count them. */
export function isHiddenCharacter(char: string): boolean {
  return BIDI.test(char) || INVISIBLE.test(char);
}
