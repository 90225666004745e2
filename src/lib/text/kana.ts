/** The two kana scripts and kanji, as the search and the furigana both need them. */

const katakanaStart = 0x30a1;
const katakanaEnd = 0x30f6;
export const hiraganaStart = 0x3041;
export const hiraganaEnd = 0x3096;
const kanaOffset = katakanaStart - hiraganaStart;

/** ボランティア → ぼらんてぃあ: katakana folded to hiragana, everything else kept. */
export function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - kanaOffset));
}

/** ぼらんてぃあ → ボランティア: the reverse, for asking the index in the script the site uses. */
export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/gu, (char) => String.fromCharCode(char.charCodeAt(0) + kanaOffset));
}

/** Whether a string has any hiragana or katakana. */
export const hasKana = (text: string) => [...text].some((char) => {
  const code = char.charCodeAt(0);
  return (code >= hiraganaStart && code <= hiraganaEnd) || (code >= katakanaStart && code <= katakanaEnd);
});

/** Kanji (and the iteration marks 々 〆), the characters that need a reading. */
export const kanjiPattern = /[\p{Script=Han}々〆]/u;

export const hasKanji = (text: string) => kanjiPattern.test(text);
