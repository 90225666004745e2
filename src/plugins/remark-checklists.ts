import type { List, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** One checklist, as the チェックリスト集 lists it. */
export interface ChecklistRecord {
  title: string;
  items: string[];
}

/** Inline content a checklist item may hold: the item becomes a checkbox label of plain text. */
const plainInline = new Set(['text', 'emphasis', 'strong']);

/**
 * Authors write a checklist as a Markdown list inside `<Checklist title="…">`. This plugin
 * turns the list into the component's `items` (so the component can render real checkboxes
 * with labels) and records every checklist in the page's frontmatter (`checklists`) for the
 * チェックリスト集. Anything inside but a single plain list fails the build, naming the line:
 * a link or a second paragraph would otherwise be lost.
 */
export default function remarkChecklists() {
  return (tree: Root, file: VFile) => {
    const checklists: ChecklistRecord[] = [];
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name !== 'Checklist') return;
      const title = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'title')?.value;
      const [list, ...rest] = node.children;
      if (!list || list.type !== 'list' || rest.length > 0) {
        file.fail('<Checklist> の中には、「- 」で始まる箇条書きを一つだけ書いてください（前後に空行を入れます）。', node);
      }
      const items = (list as List).children.map((item) => {
        const [paragraph, ...more] = item.children;
        if (!paragraph || paragraph.type !== 'paragraph' || more.length > 0 || paragraph.children.some((child) => !plainInline.has(child.type))) {
          file.fail('チェックリストの項目は、リンクや入れ子の箇条書きを使わず、一行の文で書いてください。', item);
        }
        return toString(paragraph).trim();
      });
      checklists.push({ title: typeof title === 'string' ? title : '', items });
      node.children = [];
      node.attributes.push(
        { type: 'mdxJsxAttribute', name: 'items', value: arrayExpression(items) },
        { type: 'mdxJsxAttribute', name: 'idPrefix', value: `checklist-${checklists.length}` },
      );
    });
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (astro.frontmatter ??= {}).checklists = checklists;
  };
}

/** An MDX attribute expression holding an array of strings, with the estree MDX compiles from. */
function arrayExpression(items: readonly string[]) {
  return {
    type: 'mdxJsxAttributeValueExpression' as const,
    value: JSON.stringify(items),
    data: {
      estree: {
        type: 'Program' as const,
        sourceType: 'module' as const,
        body: [
          {
            type: 'ExpressionStatement' as const,
            expression: { type: 'ArrayExpression' as const, elements: items.map((item) => ({ type: 'Literal' as const, value: item, raw: JSON.stringify(item) })) },
          },
        ],
      },
    },
  };
}
