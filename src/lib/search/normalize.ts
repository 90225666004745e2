/** Queries longer than this are cut: nobody types more, and a huge query must not stall the page. */
export const maxQueryLength = 100;

import { hiraganaEnd, hiraganaStart, toHiragana } from '../text/kana.ts';

// The kana helpers live in src/lib/text/kana.ts, shared with the furigana; the search's modules and tests read them from here.
export { hasKana, toHiragana, toKatakana } from '../text/kana.ts';

/**
 * The form in which query and page text are compared: NFKC (ＮＰＯ → NPO, ｶﾞ → ガ, full-width
 * spaces → spaces), lower case, katakana as hiragana, runs of white space as one space.
 */
export function foldForMatch(text: string): string {
  return toHiragana(text.normalize('NFKC').toLowerCase()).replace(zeroWidth, '').replace(/\s+/gu, ' ');
}

/** Zero-width characters, which segmenters insert between words and readers never type. */
const zeroWidth = /[\u200b-\u200d\ufeff]/gu;

/**
 * Folds text character by character, keeping for each folded character the index of the
 * original character it came from, so a match found in folded text can be highlighted in
 * the original. (Characters are folded one at a time: page text has no half-width kana
 * whose voicing marks would need composing with the previous character.)
 */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = /\s/u.test(char) ? ' ' : foldChar(char);
    // Collapse white space runs, as foldForMatch does.
    if (!(piece === ' ' && folded.endsWith(' '))) {
      for (let i = 0; i < piece.length; i++) origin.push(index);
      folded += piece;
    }
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

/** One character folded as foldForMatch folds it; kanji, hiragana and plain ASCII, most of a page, skip the costly NFKC. */
function foldChar(char: string): string {
  const code = char.codePointAt(0)!;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= hiraganaStart && code <= hiraganaEnd) || (code < 0x80 && !(code >= 0x41 && code <= 0x5a))) return char;
  return toHiragana(char.normalize('NFKC').toLowerCase()).replace(zeroWidth, '');
}

/** The raw query as typed, made safe to work with: NFKC, trimmed, spaces collapsed, cut to length. */
export function cleanQuery(raw: string): { query: string; truncated: boolean } {
  const normalized = raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  const chars = [...normalized];
  return chars.length > maxQueryLength ? { query: chars.slice(0, maxQueryLength).join('').trim(), truncated: true } : { query: normalized, truncated: false };
}
