import { z } from 'zod';
import { text } from './fields.ts';
import { splitOkurigana } from '../furigana/okurigana.ts';
import { hasKanji } from '../text/kana.ts';

/** One reading an author fixes: the analyser's guess for `word` is replaced by `reading`. */
const readingSchema = z
  .object({
    /** The word as it is written on the page, with at least one kanji: 協働, 後援名義, 話し合い. */
    word: text.refine(hasKanji, { message: '漢字を含む語を書いてください（読みが必要なのは漢字だけです）' }),
    /** Its reading in hiragana, okurigana included: きょうどう, はなしあい. */
    reading: text.regex(/^[ぁ-ゖー]+$/u, 'ひらがなだけで書いてください'),
  })
  .strict()
  .refine((entry) => splitOkurigana(entry.word, entry.reading) !== undefined, {
    message: '読みが、語に書かれたかな（送りがな）と合いません。語と読みの両方を確かめてください',
    path: ['reading'],
  });

/**
 * Schema of `content/readings.yaml`: readings of words the morphological analyser reads wrongly
 * or not at all (協働 is read as 協 + an unknown 働), used for the furigana of the やさしい日本語
 * pages and print. Each word once.
 */
export const readingsSchema = z
  .array(readingSchema)
  .min(1)
  .superRefine((entries, context) => {
    const seen = new Map<string, number>();
    entries.forEach((entry, index) => {
      const first = seen.get(entry.word);
      if (first !== undefined) context.addIssue({ code: 'custom', path: [index, 'word'], message: `「${entry.word}」は ${first + 1} 番目にもあります。一つにまとめてください` });
      else seen.set(entry.word, index);
    });
  });

export type ReadingOverride = z.output<typeof readingsSchema>[number];
