import type { z } from 'zod';
import { formSchema, guidebookSchema, guidelineSchema, pamphletSchema, principleSchema, standalonePageSchema } from './content-schemas.ts';

/** One content collection: a folder of MDX files under `content/` and the schema of their frontmatter. */
export interface CollectionDefinition {
  /** Folder under `content/`. */
  folder: string;
  /** Frontmatter schema. */
  schema: z.ZodType;
}

/**
 * Every MDX collection, in one place: `src/content.config.ts` builds Astro's collections
 * from it, and the content check validates files with the same schemas.
 */
export const collectionDefinitions = {
  guideline: { folder: 'guideline', schema: guidelineSchema },
  pages: { folder: 'pages', schema: standalonePageSchema },
  principles: { folder: 'principles', schema: principleSchema },
  forms: { folder: 'forms', schema: formSchema },
  guidebook: { folder: 'guidebook', schema: guidebookSchema },
  pamphlets: { folder: 'pamphlets', schema: pamphletSchema },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof collectionDefinitions;
