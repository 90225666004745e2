import type { z } from 'zod';
import { siteSettingsSchema, siteSettingsPath } from './site-settings.ts';
import { homeContentPath, homeContentSchema } from './home-content.ts';
import { chooserPath, chooserSchema } from './chooser.ts';
import { glossaryPath, glossarySchema } from './glossary.ts';
import { processStepsPath, processStepsSchema } from './process-steps.ts';

/** Every YAML data file in the content folder (paths inside it) and its schema, for the content check. */
export const dataFiles: readonly { path: string; schema: z.ZodType }[] = [
  { path: siteSettingsPath, schema: siteSettingsSchema },
  { path: homeContentPath, schema: homeContentSchema },
  { path: chooserPath, schema: chooserSchema },
  { path: glossaryPath, schema: glossarySchema },
  { path: processStepsPath, schema: processStepsSchema },
];
