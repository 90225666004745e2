import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guidelineSchema, standalonePageSchema } from './lib/content-schemas.ts';

/** Content lives in the top-level `content/` folder: words only, no code. */
const mdxIn = (folder: string) => glob({ base: `./content/${folder}`, pattern: '**/*.mdx' });

export const collections = {
  guideline: defineCollection({ loader: mdxIn('guideline'), schema: guidelineSchema }),
  pages: defineCollection({ loader: mdxIn('pages'), schema: standalonePageSchema }),
};
