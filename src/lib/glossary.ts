import { z } from 'zod';
import { loadYamlFile } from './yaml-data.ts';
import { contentPath } from './content-root.ts';

/** Where the glossary lives, inside the content folder. */
export const glossaryPath = 'glossary.yaml';

const termEntry = z
  .object({
    /** Anchor on /glossary/ (`#id`); other pages link to it, so it never changes. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, '半角英小文字・数字・ハイフン'),
    /** The headword as it appears in the text. */
    term: z.string().trim().min(1),
    /** Reading in hiragana, for あいうえお order (long vowel ー allowed). */
    reading: z.string().regex(/^[ぁ-ゖー]+$/u, 'ひらがな'),
    /** One to three sentences, です・ます調. */
    definition: z.string().trim().min(10),
    /** Other spellings and synonyms meaning this term: found in text and in searches. */
    variants: z.array(z.string().trim().min(1)).default([]),
    /** Longer words that contain the term but mean something else (運営協議会 for 協議会): never linked. */
    exclude: z.array(z.string().trim().min(1)).default([]),
    /** Ids of related terms. */
    related: z.array(z.string()).default([]),
  })
  .strict();

/** The list of terms. Besides each entry it checks the whole: ids are unique, related ids exist, and no spelling belongs to two terms. */
const termList = z
  .array(termEntry)
  .min(1)
  .superRefine((terms, context) => {
    const ids = new Set<string>();
    const owners = new Map<string, string>();
    terms.forEach((entry, index) => {
      if (ids.has(entry.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `id「${entry.id}」が重複しています` });
      ids.add(entry.id);
      [entry.term, ...entry.variants].forEach((spelling, position) => {
        const owner = owners.get(spelling);
        if (owner !== undefined && owner !== entry.id) {
          const path = position === 0 ? [index, 'term'] : [index, 'variants', position - 1];
          context.addIssue({ code: 'custom', path, message: `「${spelling}」は用語「${owner}」でも使われています。一つの用語にだけ書いてください` });
        }
        owners.set(spelling, entry.id);
      });
    });
    terms.forEach((entry, index) =>
      entry.related.forEach((related, position) => {
        if (!ids.has(related)) context.addIssue({ code: 'custom', path: [index, 'related', position], message: `関連する用語「${related}」が用語集にありません` });
      }),
    );
  });

/** Schema of `content/glossary.yaml`. */
export const glossarySchema = z
  .object({
    /** The date the glossary last changed, shown as 最終更新日. */
    updated: z.coerce.date(),
    /** The terms, in any order: the page sorts them by reading. */
    terms: termList,
  })
  .strict();

export type GlossaryTerm = z.output<typeof termEntry>;
export type Glossary = z.output<typeof glossarySchema>;

/** Loads and validates `content/glossary.yaml`. */
export function loadGlossary(): Glossary {
  return loadYamlFile(contentPath(glossaryPath), glossarySchema);
}

/** URL of a term on the glossary page. */
export const glossaryHref = (id: string) => `/glossary/#${id}`;

const collator = new Intl.Collator('ja', { sensitivity: 'base' });

/** Terms in あいうえお order of their reading, as a Japanese dictionary orders them. */
export function sortByReading(terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  return [...terms].sort((a, b) => collator.compare(a.reading, b.reading) || collator.compare(a.term, b.term));
}

/** The rows (行) of the kana table, each with the kana that start it. */
const kanaRows = [
  ['あ', 'あいうえおぁぃぅぇぉゔ'],
  ['か', 'かきくけこがぎぐげご'],
  ['さ', 'さしすせそざじずぜぞ'],
  ['た', 'たちつてとだぢづでどっ'],
  ['な', 'なにぬねの'],
  ['は', 'はひふへほばびぶべぼぱぴぷぺぽ'],
  ['ま', 'まみむめも'],
  ['や', 'やゆよゃゅょ'],
  ['ら', 'らりるれろ'],
  ['わ', 'わをんゎ'],
] as const;

/** The kana row a reading belongs to, named by its first kana: 「きょうどう」 → 「か」. */
export function kanaRowOf(reading: string): string {
  const first = reading[0] ?? '';
  return kanaRows.find(([, kana]) => kana.includes(first))?.[0] ?? 'わ';
}

/** Terms grouped by kana row in あいうえお order; rows without terms are left out. */
export function groupByKanaRow(terms: readonly GlossaryTerm[]): { row: string; terms: GlossaryTerm[] }[] {
  const sorted = sortByReading(terms);
  return kanaRows
    .map(([row]) => ({ row, terms: sorted.filter((term) => kanaRowOf(term.reading) === row) }))
    .filter((group) => group.terms.length > 0);
}

/** Every kana row, for the index: rows without terms are shown but not linked. */
export const allKanaRows = kanaRows.map(([row]) => row);
