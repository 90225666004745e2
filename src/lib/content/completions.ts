import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { collectionFolders } from '../schemas/collections.ts';
import { mdxFilesOf } from './files.ts';

/** The directive authors write for words the editors supplied: `:completion[補った語句]` (src/plugins/remark-completions.ts). */
export const completionDirective = 'completion';

/** The attribute that marks a completion as checked against the ward's original: `:completion[…]{confirmed}`. */
export const confirmedAttribute = 'confirmed';

/** One `:completion[…]` of the guideline's pages, where it is written, and whether it has been checked against the ward's original. */
export interface CompletionPlace {
  /** The file as an editor sees it from the project. */
  file: string;
  line: number;
  column: number;
  /** The words the editors supplied. */
  text: string;
  confirmed: boolean;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkDirective);

/**
 * Every completion in the guideline's pages under the content folder `root`, in file order,
 * for the build's log: a draft build lists those still to check against the ward's original,
 * and a release build warns of them. (The content check has already refused malformed ones.)
 */
export function completionPlaces(root: string): CompletionPlace[] {
  const places: CompletionPlace[] = [];
  for (const name of mdxFilesOf(root, 'guideline')) {
    const path = join(root, collectionFolders.guideline, name);
    const tree = parser.parse(readFileSync(path, 'utf8')) as Root;
    visit(tree, 'textDirective', (node: TextDirective) => {
      if (node.name !== completionDirective) return;
      const start = node.position?.start;
      places.push({ file: relative(process.cwd(), path), line: start?.line ?? 1, column: start?.column ?? 1, text: toString(node), confirmed: confirmedAttribute in (node.attributes ?? {}) });
    });
  }
  return places;
}
