// The words fake-Windows sites write in other scripts for the words the rules read in English:
// "Windows" spelled out in Hangul, Arabic, Persian, Cyrillic, Katakana, Thai or Hebrew letters,
// and the modified-build and activation words beside it (윈도우11 경량 = "Windows 11 lite",
// ويندوز 11 لايت, Windows 11 精简版). Folding turns them into the English word, so every rule
// that knows "windows" or "lite" knows them too; no rule needs a copy per language.
// Hand-listed: transliterations are not what Unicode's confusable data covers.

const WORDS: Readonly<Record<string, readonly string[]>> = {
  windows: [
    '윈도우즈', '윈도우', '윈도즈', // Korean
    'ويندوز', 'وندوز', 'ویندوز', // Arabic, Persian
    'виндовс', 'виндоус', 'віндовс', // Russian, Ukrainian
    'ウィンドウズ', 'ウインドウズ', // Japanese
    'วินโดวส์', 'วินโดว์', // Thai
    'ווינדוס', 'וינדוס', // Hebrew
  ],
  lite: ['경량', '라이트', 'لايت', 'лайт', 'ライト', 'ไลท์', '精简版', '精简', '精簡版', '精簡'],
  activator: ['активатор', '激活工具', '激活器', 'مفعل', '인증툴'],
  activation: ['активация', '激活', 'تفعيل'],
  activated: ['активированная', 'активированный', '已激活', '激活版'],
};

const ENGLISH = new Map<string, string>();
for (const [english, words] of Object.entries(WORDS)) for (const word of words) ENGLISH.set(word, english);

// Longest first, so 윈도우즈 is read before 윈도우. One pass over the text: linear in its length.
const FOREIGN = new RegExp([...ENGLISH.keys()].sort((a, b) => b.length - a.length).join('|'), 'giu');
const QUICK = /[\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;

/** The text with each known foreign word replaced by its English word, set apart by spaces. */
export function englishWords(text: string): string {
  if (!QUICK.test(text)) return text;
  return text.replace(FOREIGN, (word) => ` ${ENGLISH.get(word.toLowerCase()) ?? word} `);
}
