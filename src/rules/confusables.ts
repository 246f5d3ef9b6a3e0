// Letters from other scripts that look like Latin letters, mapped to the Latin letter (the
// "prototype" in Unicode's confusables.txt, UTS #39), for the letters and digits ISO Guard's
// lure words and brand names use. Capital forms are listed too: the skeleton is taken before
// lowercasing, because some capitals lowercase to a different look (Greek Ν → ν).
//
// Why a small hand-kept table and not a package: NFKC already folds full-width forms,
// mathematical letters, circled and super/subscript digits, which is most of what the npm
// `confusables` package's 12 KB table holds. That table is built for chat moderation, not from
// UTS #39 (it maps `ß` to `B` and `λ` to `A`, which would mis-read real names) and is kept by
// one person. The full UTS #39 data is ~300 KB, too much for the service worker. What is left
// after NFKC (Cyrillic, Greek, Armenian and a few Latin look-alikes) fits in this table.
const PAIRS: readonly (readonly [string, string])[] = [
  ['a', 'аɑαⲁАΑ'],
  ['b', 'ьƅВΒЬ'],
  ['c', 'сϲⲥꮯСϹ'],
  ['d', 'ԁɗ'],
  ['e', 'еҽꬲЕΕ'],
  ['g', 'ɡցǥ'],
  ['h', 'һհНΗ'],
  ['i', 'іıιɩӏǀⅰІΙӀ'],
  ['j', 'јϳЈ'],
  ['k', 'κкⲕКΚ'],
  ['l', 'ⅼǀ'],
  ['m', 'мⅿМΜ'],
  ['n', 'ոηΝ'],
  ['o', 'оοօσⲟჿОΟՕ'],
  ['p', 'рρⲣРΡ'],
  ['q', 'ԛ'],
  ['r', 'гⲅ'],
  ['s', 'ѕꜱЅ'],
  ['t', 'тτТΤ'],
  ['u', 'υսʋ'],
  ['v', 'ѵνⅴ'],
  ['w', 'ԝѡɯԜ'],
  ['x', 'хχⅹХΧ'],
  ['y', 'уүγУΥ'],
  ['z', 'ᴢΖ'],
  ['0', '٠۰'],
  ['1', '١۱'],
  ['2', '٢۲'],
  ['3', '٣۳'],
  ['4', '٤۴'],
  ['5', '٥۵'],
  ['6', '٦۶'],
  ['7', '٧۷'],
  ['8', '٨۸'],
  ['9', '٩۹'],
];

const TABLE = new Map<string, string>();
for (const [latin, lookalikes] of PAIRS) for (const ch of lookalikes) if (!TABLE.has(ch)) TABLE.set(ch, latin);

/** Maps each look-alike character to its Latin letter; other characters are kept. */
export function confusableSkeleton(text: string): string {
  let out = '';
  for (const ch of text) out += TABLE.get(ch) ?? ch;
  return out;
}

/** True when `ch` is a non-Latin letter that ISO Guard maps to a Latin one. */
export function isConfusable(ch: string): boolean {
  return TABLE.has(ch);
}
