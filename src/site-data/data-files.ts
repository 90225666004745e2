import { contentRoot, settings } from 'virtual:kyodo/build';
import { loadDataFile } from '../lib/content/load-data-file.ts';
import type { DataFileName, DataOf } from '../lib/schemas/collections.ts';

const loaded = new Map<DataFileName, unknown>();

/**
 * A YAML data file of the configured content folder (site.yaml, glossary.yaml …), read and
 * validated once per build. The content check has reported any mistake before Astro runs.
 */
export function dataFile<Name extends DataFileName>(name: Name): DataOf<Name> {
  if (!loaded.has(name)) loaded.set(name, loadDataFile(contentRoot, name));
  return loaded.get(name) as DataOf<Name>;
}

/** content/site.yaml: site name, public URL, publisher and contact details, as the build's entry point read them. */
export const siteSettings = () => settings;
