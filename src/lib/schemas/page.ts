import { z } from 'zod';
import { pageBase } from './fields.ts';

/** Frontmatter of `content/pages/*.mdx`: standalone pages such as この文書について. */
export const standalonePageSchema = z.object({ ...pageBase }).strict();

export type StandalonePageData = z.output<typeof standalonePageSchema>;
