import { z } from 'zod';

/** A calendar date written as `2026-04-01` in frontmatter. */
const isoDate = z.coerce.date();

/** Fields every page of the site has. */
const pageBase = {
  /** The page's `<h1>` and the first part of its `<title>`. */
  title: z.string().trim().min(1),
  /** One or two sentences for search engines, link previews and listings. */
  description: z.string().trim().min(10).max(200),
  /** The date the text last changed, shown in the footer as 最終更新日. */
  updated: isoDate,
};

/** Frontmatter of `content/guideline/*.mdx`: one page per section of the official summary. */
export const guidelineSchema = z
  .object({
    ...pageBase,
    /** Short name used in navigation and previous/next links, e.g. 「第1章 経緯と位置付け」. */
    navTitle: z.string().trim().min(1),
    /** Position in the guideline, 0 for the overview page. */
    order: z.number().int().min(0),
    /**
     * The heading of `content/source/kyodo-shishin-gaiyo.md` where this page's text begins,
     * without the `#` marks. The fidelity test checks the page against that part of the source.
     */
    seedHeading: z.string().trim().min(1),
  })
  .strict();

/** Frontmatter of `content/pages/*.mdx`: standalone pages such as この文書について. */
export const standalonePageSchema = z.object({ ...pageBase }).strict();

export type GuidelineData = z.output<typeof guidelineSchema>;
export type StandalonePageData = z.output<typeof standalonePageSchema>;
