import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { contentRoot } from 'virtual:kyodo/build';
import { collectionFolders, collectionSchemas, type CollectionName } from './lib/schemas/collections.ts';
import { readContentIds } from './lib/content/files.ts';
import { entryId } from './lib/routes.ts';

/** Content lives in the content folder (top-level `content/`): words only, no code. */
const schemas = collectionSchemas(readContentIds(contentRoot));

/** The MDX files of a collection's folder, with the entry ids the routes module defines. */
const mdxIn = (name: CollectionName) => glob({ base: join(contentRoot, collectionFolders[name]), pattern: '**/*.mdx', generateId: ({ entry }) => entryId(entry) });

export const collections = {
  guideline: defineCollection({ loader: mdxIn('guideline'), schema: schemas.guideline }),
  pages: defineCollection({ loader: mdxIn('pages'), schema: schemas.pages }),
  principles: defineCollection({ loader: mdxIn('principles'), schema: schemas.principles }),
  forms: defineCollection({ loader: mdxIn('forms'), schema: schemas.forms }),
  guidebook: defineCollection({ loader: mdxIn('guidebook'), schema: schemas.guidebook }),
  pamphlets: defineCollection({ loader: mdxIn('pamphlets'), schema: schemas.pamphlets }),
  yasashii: defineCollection({ loader: mdxIn('yasashii'), schema: schemas.yasashii }),
};
