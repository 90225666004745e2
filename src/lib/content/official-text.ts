import { basename, join } from 'node:path';
import { collectionFolders } from '../schemas/collections.ts';
import { isInside } from './files.ts';

/**
 * The folder of the official text's copy (the summary edition, 概要版), inside the content folder.
 * In code the guideline's own wording is "official" throughout; the folder keeps the name authors know, content/source/.
 */
export const officialTextFolder = 'source';

/**
 * Whether a content file (under the content folder at `root`) holds the guideline's official
 * wording, which keeps the ward's own style and is exempt from our writing rules: its copy in
 * content/source/, and the guideline's chapter pages. The guideline's overview page (index.mdx) is our own
 * prose and is not exempt.
 */
export function isOfficialText(file: string, root: string): boolean {
  if (isInside(file, join(root, officialTextFolder))) return true;
  return isInside(file, join(root, collectionFolders.guideline)) && basename(file) !== 'index.mdx';
}
