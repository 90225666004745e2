import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The class that keeps a block on the same page as the block after it (print-guidebook.css). */
export const keepWithNextClass = 'keep-with-next';

const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

/** The element after a node among its siblings, skipping whitespace. */
function nextElement(siblings: readonly ElementContent[], index: number): Element | undefined {
  for (const node of siblings.slice(index + 1)) {
    if (node.type === 'element') return node;
    if (!isBlank(node)) return undefined;
  }
  return undefined;
}

/**
 * Marks the paragraphs that must not end a printed page, because they only introduce what
 * follows: a label alone in bold (「**例**」 before the example's quotation), and the sentence
 * that leads into a list or a table. Headings are kept with their text by the stylesheet alone.
 */
export function markKeepWithNext(tree: Root): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'p' || index === undefined || !parent) return;
    const content = node.children.filter((child) => !isBlank(child));
    const only = content.length === 1 ? content[0] : undefined;
    const isLabel = only?.type === 'element' && only.tagName === 'strong';
    const next = nextElement(parent.children as ElementContent[], index);
    const leadsIn = next !== undefined && ['ul', 'ol', 'table', 'dl'].includes(next.tagName);
    if (isLabel || leadsIn) {
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, keepWithNextClass];
    }
  });
}
