import { basename } from 'node:path';
import { contentPath } from './content-root.ts';
import { isInside } from './paths.ts';

/**
 * Whether a content file holds the guideline's official wording, which keeps the ward's own
 * style and is exempt from our writing rules: the source copy, and the guideline's chapter
 * pages. The guideline's overview page (index.mdx) is our own prose and is not exempt.
 */
export function isOfficialText(file: string): boolean {
  if (isInside(file, contentPath('source'))) return true;
  return isInside(file, contentPath('guideline')) && basename(file) !== 'index.mdx';
}
