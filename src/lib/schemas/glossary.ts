import { z } from 'zod';
import { slugId } from './fields.ts';

const termEntry = z
  .object({
    /** Anchor on /glossary/ (`#id`); other pages link to it, so it never changes. */
    id: slugId,
    /** The headword as it appears in the text. */
    term: z.string().trim().min(1),
    /** Reading in hiragana, for あいうえお order (long vowel ー allowed). */
    reading: z.string().regex(/^[ぁ-ゖー]+$/u, 'ひらがな'),
    /** One to three sentences, です・ます調. A term that names a form of collaboration has none: see `form`. */
    definition: z.string().trim().min(10).optional(),
    /**
     * For a form of collaboration: the id of its page in content/forms/, whose `summary` is the
     * term's definition, so the site states each form's definition once.
     */
    form: z.string().trim().min(1).optional(),
    /** Other spellings and synonyms meaning this term: found in text and in searches. */
    variants: z.array(z.string().trim().min(1)).default([]),
    /** Longer words that contain the term but mean something else (運営協議会 for 協議会): never linked. */
    exclude: z.array(z.string().trim().min(1)).default([]),
    /** Ids of related terms. */
    related: z.array(z.string()).default([]),
  })
  .strict()
  .refine((entry) => (entry.definition === undefined) !== (entry.form === undefined), {
    message: 'definition（用語の説明）か form（協働の形態のページ。説明はそのページの summary を使います）の、どちらか一方を書いてください',
    path: ['definition'],
  });

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

