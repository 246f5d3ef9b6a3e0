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
// after NFKC (Cyrillic, Greek, Armenian and a few Latin look-alikes) fits in this table. Latin
// small capitals (ᴡɪɴᴅᴏᴡꜱ) and letters with a stroke or hook (ø, ł, ƒ) read as the plain letter in a
// name, and NFKD does not take them apart, so they are here too.
const PAIRS: readonly (readonly [string, string])[] = [
  ['a', 'аɑαⲁАΑᴀ'],
  ['b', 'ьƅВΒЬʙ'],
  ['c', 'сϲⲥꮯСϹᴄ'],
  ['d', 'ԁɗᴅ'],
  ['e', 'еҽꬲЕΕᴇ'],
  ['f', 'ƒꜰ'],
  ['g', 'ɡցǥɢ'],
  ['h', 'һհНΗʜ'],
  ['i', 'іıιɩӏǀⅰІΙӀɪ'],
  ['j', 'јϳЈᴊ'],
  ['k', 'κкⲕКΚᴋ'],
  ['l', 'ⅼǀłŁʟ'],
  ['m', 'мⅿМΜᴍ'],
  ['n', 'ոηΝɴ'],
  ['o', 'оοօσⲟჿОΟՕøØᴏ'],
  ['p', 'рρⲣРΡᴘ'],
  ['q', 'ԛ'],
  ['r', 'гⲅʀ'],
  ['s', 'ѕꜱЅ'],
  ['t', 'тτТΤᴛ'],
  ['u', 'υսʋᴜ'],
  ['v', 'ѵνⅴᴠ'],
  ['w', 'ԝѡɯԜᴡ'],
  ['x', 'хχⅹХΧ'],
  ['y', 'уүγУΥʏ'],
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
