import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { publicPath } from '../lib/routes.ts';

/** Attributes that hold an address an author may write as a site path. */
const addressAttributes = ['href', 'src'] as const;

/**
 * Publishes the content's own links under the folder the site lives in. Authors write a page of
 * the site as its site path, `[進め方](/guidebook/process/)`, which the content check resolves
 * against routes.ts; when the public URL has a path (`https://…/kusei/kyodo/shishin/`), the
 * browser must ask for `/kusei/kyodo/shishin/guidebook/process/`. Runs last, so every plugin
 * before it (glossary links, the print book's references) speaks site paths.
 */
export default function rehypeSiteLinks(options: { base: string }) {
  return (tree: Root) => {
    if (options.base === '/') return;
    visit(tree, 'element', (node) => {
      for (const attribute of addressAttributes) {
        const value = node.properties[attribute];
        // `//host/…` is another site, not a path of ours.
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) node.properties[attribute] = publicPath(value, options.base);
      }
    });
  };
}
