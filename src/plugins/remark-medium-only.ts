import type { Paragraph, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/** Components whose words are for one medium only: the web page, or paper. */
export const mediumComponents = ['ScreenOnly', 'PrintOnly'] as const;

const isMediumElement = (node: unknown): node is MdxJsxTextElement =>
  (node as MdxJsxTextElement).type === 'mdxJsxTextElement' && (mediumComponents as readonly string[]).includes((node as MdxJsxTextElement).name ?? '');

/**
 * Lets `<ScreenOnly>` and `<PrintOnly>` sit inside a sentence's paragraph or around whole
 * paragraphs. A line holding only `<PrintOnly>…</PrintOnly>` becomes a paragraph wrapped in
 * the component, so the other medium is left no empty paragraph; one inside running text is
 * marked `inline`, so it renders a <span> (a <div> may not stand inside a <p>).
 */
export default function remarkMediumOnly() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      const [only] = node.children;
      if (node.children.length !== 1 || !isMediumElement(only) || !parent || index === undefined) return;
      const block: MdxJsxFlowElement = { type: 'mdxJsxFlowElement', name: only.name, attributes: only.attributes, children: [{ type: 'paragraph', children: only.children, position: node.position }], position: node.position };
      parent.children[index] = block;
    });
    visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
      if (isMediumElement(node)) node.attributes.push({ type: 'mdxJsxAttribute', name: 'inline', value: null });
    });
  };
}
