import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionDefinitions } from './lib/collections.ts';
import { contentPath } from './lib/content-root.ts';

/** Content lives in the top-level `content/` folder: words only, no code. */
const mdxIn = (folder: string) => glob({ base: contentPath(folder), pattern: '**/*.mdx' });

const { guideline, pages, principles, forms, guidebook, pamphlets } = collectionDefinitions;

export const collections = {
  guideline: defineCollection({ loader: mdxIn(guideline.folder), schema: guideline.schema }),
  pages: defineCollection({ loader: mdxIn(pages.folder), schema: pages.schema }),
  principles: defineCollection({ loader: mdxIn(principles.folder), schema: principles.schema }),
  forms: defineCollection({ loader: mdxIn(forms.folder), schema: forms.schema }),
  guidebook: defineCollection({ loader: mdxIn(guidebook.folder), schema: guidebook.schema }),
  pamphlets: defineCollection({ loader: mdxIn(pamphlets.folder), schema: pamphlets.schema }),
};
