import type { Root } from 'mdast';
import type { Root as HastRoot } from 'hast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { completionListId } from '../../../src/lib/routes.ts';

/** MDX nodes that the conversion to HTML keeps as they are, with their children converted. */
const mdxNodeTypes = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'] as const;

/**
 * The ids a parsed MDX page will have: its headings' anchors, computed by Astro's own
 * rehypeHeadingIds over the same tree, and the `id` attributes authors and components give.
 * `file` is the page's path (Astro treats `.mdx` headings as MDX text).
 */
export function anchorsOf(tree: Root, file: string): string[] {
  const ids: string[] = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    const id = element.attributes.find((attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
    if (typeof id === 'string') ids.push(id);
    if (element.name === 'CompletionList') ids.push(completionListId);
  });
  const hast = toHast(structuredClone(tree), { passThrough: [...mdxNodeTypes] }) as HastRoot;
  const vfile = new VFile({ path: file });
  (rehypeHeadingIds() as (tree: HastRoot, file: VFile) => void)(hast, vfile);
  const headings = (vfile.data.astro as { headings?: { slug: string }[] } | undefined)?.headings ?? [];
  return [...headings.map((heading) => heading.slug), ...ids];
}
