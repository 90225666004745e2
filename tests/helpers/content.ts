import { resolve } from 'node:path';
import { loadDataFile } from '../../src/lib/content/load-data-file.ts';
import type { DataFileName, DataOf } from '../../src/lib/schemas/collections.ts';

/** The content folder the tests read: content/, or the copy `npm test` names in CONTENT_DIR (scripts/test.ts), passed explicitly like every entry point does. */
export const contentRoot = resolve(process.env.CONTENT_DIR ?? 'content');

/** A validated data file of content/ (site.yaml, glossary.yaml …). */
export const dataFile = <Name extends DataFileName>(name: Name): DataOf<Name> => loadDataFile(contentRoot, name);
