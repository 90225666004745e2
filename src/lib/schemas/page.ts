import { z } from 'zod';
import { pageBase } from './fields.ts';

/** Frontmatter of `content/pages/*.mdx`: standalone pages such as この文書について. */
export const standalonePageSchema = z
  .object({
    ...pageBase,
    /** The language of the page's text, where it is not Japanese (the English summary): set on its <main>, so the header and footer stay Japanese. */
    lang: z.enum(['ja', 'en']).default('ja'),
  })
  .strict();

export type StandalonePageData = z.output<typeof standalonePageSchema>;
