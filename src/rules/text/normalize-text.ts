// Turns a file name, URL or page address into the canonical text the lure patterns read:
// percent-decoded, invisible characters stripped, NFKC, lowercase, accents removed, look-alike
// letters mapped to Latin (confusables.ts), then only [a-z0-9] words separated by single
// spaces, with letters and digits split apart ("Win11_24H2" → "win 11 24 h 2").
import { confusableSkeleton } from './confusables.ts';
import { englishWords } from './foreign-words.ts';
import { BIDI, INVISIBLE, stripHidden } from './hidden-characters.ts';
import { percentDecode } from './percent-decode.ts';

const MARKS = /\p{M}/gu;

export interface TextFlags {
  bidi: boolean;
  invisible: boolean;
}

const NO_FLAGS: TextFlags = { bidi: false, invisible: false };

export function hiddenCharacterFlags(text: string): TextFlags {
  if (isPlainAscii(text)) return NO_FLAGS;
  return { bidi: BIDI.test(text), invisible: INVISIBLE.test(text) };
}

/** Printable ASCII only (the common case, which needs no Unicode work). */
export function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126) return false;
  }
  return true;
}

/** Printable ASCII with no uppercase and no `%`: already folded. */
function isFolded(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126 || c === 37 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** Decodes %XX sequences, leaving malformed ones as they are; never throws, reads each character once. */
export function safeDecode(text: string): string {
  return percentDecode(text);
}

/** Lowercase text with hidden characters, compatibility forms, accents and look-alikes removed. */
export function foldText(raw: string): string {
  return isFolded(raw) ? raw : foldDecoded(decoded(raw));
}

/** Where a glued name changes word: a small letter before a capital (InstallWindows12). Not
 * inside a run of capitals: KMSpico, AAct and VMware are single words. */
const CAMEL_BOUNDARY = /\p{Ll}\p{Lu}/u;
const CAMEL_SPLIT = /(\p{Ll})(\p{Lu})/gu;

/**
 * The folded text the word patterns read: as foldText, with a space first at each change of
 * word in glued capitalised names, so "InstallWindows12" reads "install windows 12" and a name
 * glued past the 40-character limit of tokenize is not dropped as a signature. `folded` is
 * foldText(raw) when the caller has it. (Official file names are read unsplit: MediaCreationTool.)
 */
export function foldWords(raw: string, folded?: string): string {
  if (isFolded(raw)) return raw;
  const text = decoded(raw); // first: an escaped letter may start a word (Get%57indows12)
  const whole = folded ?? foldDecoded(text);
  if (!CAMEL_BOUNDARY.test(text)) return whole;
  // Capitals are the writer's choice (Windows ignores case): "WiNdOwS" split at them hides the
  // word, so the text is read both split and whole (read-words.ts finds the words in the latter).
  return `${foldDecoded(text.replace(CAMEL_SPLIT, '$1 $2'))} ${whole}`;
}

/** Percent-decoded, twice for doubly encoded names. */
function decoded(raw: string): string {
  const text = safeDecode(raw);
  return text.includes('%') ? safeDecode(text) : text;
}

function foldDecoded(text: string): string {
  if (isPlainAscii(text)) return text.toLowerCase();
  // NFKD = NFKC's compatibility folding plus split-off accents, which are then dropped.
  // Foreign words first: NFKD would split Hangul syllables into letters.
  const plain = englishWords(stripHidden(text)).normalize('NFKD').replace(MARKS, '');
  return confusableSkeleton(confusableSkeleton(plain).toLowerCase());
}

/**
 * Splits folded text into words: runs of letters or of digits, each followed by one space
 * ("win11_24h2" → "win 11 24 h 2 "). Runs over 40 characters (signatures, hashes) are dropped.
 * A hand loop: three regex replaces cost several times more on long URLs.
 */
export function tokenize(folded: string): string {
  let out = '';
  let kind = 0; // 0 separator, 1 letter, 2 digit
  let runStart = 0;
  let stretchStart = 0;
  let stretchOut = 0;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 32;
    const k = c >= 97 && c <= 122 ? 1 : c >= 48 && c <= 57 ? 2 : 0;
    if (k === kind) continue;
    if (kind !== 0) out += folded.slice(runStart, i) + ' ';
    if (k === 0) {
      if (i - stretchStart > 40) out = out.slice(0, stretchOut);
    } else if (kind === 0) {
      stretchStart = i;
      stretchOut = out.length;
    }
    runStart = i;
    kind = k;
  }
  return out;
}

export function normalizeText(raw: string): string {
  return tokenize(foldText(raw));
}
