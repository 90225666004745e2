import { hasKanji, toHiragana } from '../text/kana.ts';
import { escapeRegExp } from '../text/regexp.ts';

/** A piece of text with furigana: `reading` is set on the kanji part of a word and nowhere else. */
export interface RubySegment {
  base: string;
  reading?: string;
}


/**
 * Splits a word and its reading so that only the kanji carry furigana: 話し合い + はなしあい →
 * 話(はな) し 合(あ) い. Okurigana stay outside the ruby, as in print. Returns undefined when the
 * kana written in the word do not appear in the reading (the reading is for another word).
 */
export function splitOkurigana(word: string, reading: string): RubySegment[] | undefined {
  const runs = word.match(/[\p{Script=Han}々〆]+|[^\p{Script=Han}々〆]+/gu) ?? [];
  const pattern = new RegExp(`^${runs.map((run) => (hasKanji(run) ? '(.+?)' : `(${escapeRegExp(toHiragana(run))})`)).join('')}$`, 'u');
  const match = pattern.exec(toHiragana(reading));
  if (!match) return undefined;
  return runs.map((run, index) => (hasKanji(run) ? { base: run, reading: match[index + 1]! } : { base: run }));
}
