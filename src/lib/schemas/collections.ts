import type { z } from 'zod';
import { guidelineSchema } from './guideline.ts';
import { standalonePageSchema } from './page.ts';
import { principleSchema } from './principle.ts';
import { formSchema } from './form.ts';
import { guidebookSchema } from './guidebook.ts';
import { pamphletSchema } from './pamphlet.ts';
import { siteSettingsSchema } from './site-settings.ts';
import { homeContentSchema } from './home.ts';
import { chooserSchema } from './chooser.ts';
import { glossarySchema } from './glossary.ts';
import { processStepsSchema } from './process-steps.ts';
import { yasashiiSchema } from './yasashii.ts';
import { readingsSchema } from './readings.ts';
import { accessibilityChecksSchema } from './accessibility-checks.ts';

/** The MDX collections: each a folder under `content/`. */
export const collectionFolders = {
  guideline: 'guideline',
  pages: 'pages',
  principles: 'principles',
  forms: 'forms',
  guidebook: 'guidebook',
  pamphlets: 'pamphlets',
  yasashii: 'yasashii',
} as const;

export type CollectionName = keyof typeof collectionFolders;

/**
 * What other entries a schema may refer to: the ids of the form and principle pages and of the
 * process steps, read from the content folder itself, so a reference to anything that does not
 * exist fails with its line.
 */
export interface ContentIds {
  forms: readonly string[];
  principles: readonly string[];
  processSteps: readonly string[];
  guidebook: readonly string[];
  guideline: readonly string[];
}

/**
 * Every MDX collection's folder and frontmatter schema, in one place: `src/content.config.ts`
 * builds Astro's collections from it, and the content check validates files with the same schemas.
 */
export function collectionSchemas(ids: ContentIds) {
  return {
    guideline: guidelineSchema,
    pages: standalonePageSchema,
    principles: principleSchema(ids.forms),
    forms: formSchema(ids),
    guidebook: guidebookSchema(ids.processSteps),
    pamphlets: pamphletSchema,
    yasashii: yasashiiSchema(ids.guideline),
  } satisfies Record<CollectionName, z.ZodType>;
}

/** Every YAML data file in the content folder: its path inside it. */
export const dataFilePaths = {
  siteSettings: 'site.yaml',
  home: 'home.yaml',
  chooser: 'chooser.yaml',
  glossary: 'glossary.yaml',
  processSteps: 'process-steps.yaml',
  readings: 'readings.yaml',
  accessibilityChecks: 'accessibility-checks.yaml',
} as const;

/** Every YAML data file's path and schema (the chooser's depends on the forms that exist). */
export function dataFileSchemas(ids: ContentIds) {
  return {
    siteSettings: { path: dataFilePaths.siteSettings, schema: siteSettingsSchema },
    home: { path: dataFilePaths.home, schema: homeContentSchema },
    chooser: { path: dataFilePaths.chooser, schema: chooserSchema(ids.guidebook) },
    glossary: { path: dataFilePaths.glossary, schema: glossarySchema },
    processSteps: { path: dataFilePaths.processSteps, schema: processStepsSchema },
    readings: { path: dataFilePaths.readings, schema: readingsSchema },
    accessibilityChecks: { path: dataFilePaths.accessibilityChecks, schema: accessibilityChecksSchema },
  } satisfies Record<keyof typeof dataFilePaths, { path: string; schema: z.ZodType }>;
}

export type DataFileName = keyof ReturnType<typeof dataFileSchemas>;
/** The validated contents of a data file. */
export type DataOf<Name extends DataFileName> = z.output<ReturnType<typeof dataFileSchemas>[Name]['schema']>;
