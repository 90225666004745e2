import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/**
 * Makes site-relative links absolute (`/forms/` → `https://…/forms/`), so that links in a
 * PDF, which is read away from the site, still open the right page.
 */
export function absoluteLinks(html: string, publicUrl: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element) => {
    const href = node.properties.href;
    if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) node.properties.href = new URL(href.slice(1), publicUrl).href;
  });
  return toHtml(tree);
}

/** Quotes text for a CSS string, e.g. a running header's `content`. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}
