import { z } from 'zod';
import { order, pageBase, reference } from './fields.ts';

/**
 * Frontmatter of `content/yasashii/*.mdx`: the やさしい日本語 edition, one page per chapter of the
 * guideline plus an overview. `official` names the guideline page it retells, so each links to
 * the other; every kanji on these pages gets furigana when the site is built.
 */
export function yasashiiSchema(guidelineIds: readonly string[]) {
  return z
    .object({
      ...pageBase,
      /** Position in the edition, 0 for the overview. */
      order,
      /** The guideline page (file name in content/guideline/) this page retells in plain Japanese. */
      official: reference(guidelineIds),
    })
    .strict();
}

export type YasashiiData = z.output<ReturnType<typeof yasashiiSchema>>;
