/**
 * Okurigana written or left out (問い合わせ, 問合せ; 取り扱い, 取扱い, 取扱) mean the same word.
 * A term with two or more kanji is matched by a pattern in which the kana between its kanji may
 * be there or not, and the kana after its last kanji may differ or be left off. Particles never count as
 * okurigana, so 地域の課題 does not match 地域課題.
 */

/** Hiragana that end a word's stem inside a compound (取り, 問い, 申し, 受け…); not particles such as の, を, に, が, は, と, で, も, へ, や, か. */
const okurigana = '[いうえおきくけこさしすせそちつてなぬまみむめらりるれろわぎぐげごじずぜぞびぶべっ]';
const kanji = /[\p{Script=Han}々]/u;

import { escapeRegExp as escape } from '../text/regexp.ts';

/**
 * The pattern for a folded spelling (hiragana, see foldForMatch), or undefined when okurigana
 * cannot vary: fewer than two kanji, or letters other than kanji and hiragana.
 */
export function okuriganaPattern(spelling: string): RegExp | undefined {
  // Only kanji and hiragana: a word with katakana (振り返りシート) or a long vowel mark is not a word with okurigana.
  const pieces = spelling.match(/[\p{Script=Han}々]|[ぁ-ゖ]+/gu);
  if (!pieces || pieces.join('') !== spelling || pieces.filter((piece) => kanji.test(piece)).length < 2) return undefined;
  const lastKanji = pieces.findLastIndex((piece) => kanji.test(piece));
  const firstKanji = pieces.findIndex((piece) => kanji.test(piece));
  const source = pieces
    .map((piece, index) => {
      if (kanji.test(piece)) return kanji.test(pieces[index + 1] ?? '') ? `${escape(piece)}${okurigana}?` : escape(piece);
      if (index < firstKanji) return escape(piece);
      // After the last kanji: whatever okurigana the page writes, about as many as the query has (問合せ → 問い合わせ);
      // a longer ending, or one with a particle, is part of what was asked and stays as written.
      if (index > lastKanji) return piece.length <= 2 && new RegExp(`^${okurigana}+$`, 'u').test(piece) ? `${okurigana}{0,${piece.length + 1}}` : escape(piece);
      return `(?:${escape(piece)}|${okurigana}?)`;
    })
    .join('');
  return new RegExp(source, 'gu');
}

/** Every stretch of `folded` text the pattern matches, longest first (for highlighting). */
export function matchesOf(folded: string, pattern: RegExp): string[] {
  return [...new Set([...folded.matchAll(pattern)].map((match) => match[0]))].sort((a, b) => b.length - a.length);
}

/** What to ask the index for a word whose okurigana may differ: its kanji as separate words (問合せ → 問 合), which Pagefind matches as prefixes in any spelling. */
export function kanjiLookup(spelling: string): string | undefined {
  const kanjiOf = spelling.match(/[\p{Script=Han}々]/gu) ?? [];
  // Okurigana vary in short words (取扱, 申込書); a long compound such as 特定非営利活動法人 is asked for as it is.
  if (!okuriganaPattern(spelling) || kanjiOf.length > 3) return undefined;
  return kanjiOf.join(' ');
}
