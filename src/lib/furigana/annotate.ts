import { tokenize } from 'kuromojin';
import type { ReadingOverride } from '../schemas/readings.ts';
import { splitOkurigana, type RubySegment } from './okurigana.ts';
import { hasKanji, toHiragana } from '../text/kana.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { counterPattern, readCounter } from './counters.ts';

/** Text with furigana, and the words with kanji whose reading nobody knows (neither the analyser nor content/readings.yaml). */
export interface Annotated {
  segments: RubySegment[];
  unknown: string[];
}


/**
 * Furigana by word, from kuromoji (the analyser textlint already uses, with its IPA dictionary)
 * and the author's overrides: each override word is read as written in content/readings.yaml,
 * and the text between them is split into words by the analyser. A word gets one reading
 * (協働 → きょうどう, not 協 and 働 read apart), with okurigana outside the ruby.
 */
export function createAnnotator(overrides: readonly ReadingOverride[]) {
  const byWord = new Map(overrides.map((entry) => [entry.word, entry.reading]));
  // Longest first, so 協働事業 would win over 協働 if both were listed.
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length);
  // Override words and numbers with counters (20日, 2人) are read before the analyser sees the text.
  const overridePattern = new RegExp(`(${[...words.map(escapeRegExp), counterPattern.source].join('|')})`, 'u');

  const readWord = (word: string, reading: string | undefined, unknown: string[]): RubySegment[] => {
    if (!hasKanji(word)) return [{ base: word }];
    const split = reading === undefined || reading === '*' ? undefined : splitOkurigana(word, toHiragana(reading));
    if (split) return split;
    unknown.push(word);
    return [{ base: word }];
  };

  return async function annotate(text: string): Promise<Annotated> {
    const unknown: string[] = [];
    const segments: RubySegment[] = [];
    const parts = text.split(overridePattern);
    for (const [index, part] of parts.entries()) {
      if (part === '') continue;
      // split() with one capturing group puts the matched override words at odd positions.
      if (index % 2 === 1) {
        segments.push(...(byWord.has(part) ? readWord(part, byWord.get(part), unknown) : readCounter(part)));
        continue;
      }
      if (!hasKanji(part)) {
        segments.push({ base: part });
        continue;
      }
      for (const token of await tokenize(part)) segments.push(...readWord(token.surface_form, token.reading, unknown));
    }
    return { segments: mergePlain(segments), unknown };
  };
}

/** Joins neighbouring pieces without furigana, so the page keeps whole text nodes. */
function mergePlain(segments: RubySegment[]): RubySegment[] {
  const merged: RubySegment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (last && last.reading === undefined && segment.reading === undefined) last.base += segment.base;
    else merged.push({ ...segment });
  }
  return merged;
}
