import { z } from 'zod';

/** A link in the home page's guidance; must point inside the site. */
const internalLink = z
  .object({
    /** A path inside the site, starting and ending with `/`. */
    href: z.string().regex(/^\/([^/?#]+\/)*(#[^#]+)?$/, 'サイト内のパス(例: /guideline/)'),
    /** Link text. */
    label: z.string().min(1),
    /** The language of the link text and of the page it leads to, where not Japanese (`en`). */
    lang: z.enum(['en']).optional(),
  })
  .strict();

/** Schema of `content/home.yaml`: the home page's guidance for each kind of reader. */
export const homeContentSchema = z
  .object({
    /** Opening paragraph of the home page. */
    lead: z.string().min(1),
    /** One block per kind of reader. */
    audiences: z
      .array(
        z
          .object({
            /** Who the block is for, e.g. 区の職員の方へ. */
            heading: z.string().min(1),
            /** One or two sentences on where to start. */
            text: z.string().min(1),
            /** Where to go. */
            links: z.array(internalLink).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type HomeContent = z.output<typeof homeContentSchema>;
