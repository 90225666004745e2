import { z } from 'zod';
import { order, pageBase, text } from './fields.ts';

/** Frontmatter of `content/guideline/*.mdx`: one page per section of the official summary. */
export const guidelineSchema = z
  .object({
    ...pageBase,
    /** Short name used in navigation and previous/next links, e.g. 「第1章 経緯と位置付け」. */
    navTitle: text,
    /** Position in the guideline, 0 for the overview page. */
    order,
    /**
     * The heading of `content/source/kyodo-shishin-gaiyo.md` where this page's text begins,
     * without the `#` marks. The fidelity test checks the page against that part of the official text.
     */
    officialHeading: text,
  })
  .strict();

export type GuidelineData = z.output<typeof guidelineSchema>;
