import { experimental_AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import { render, type CollectionEntry } from 'astro:content';
import { mdxComponents } from '../components/mdx/index.ts';

let container: experimental_AstroContainer | undefined;

/**
 * Renders a content entry to an HTML string, components included, so that a print document
 * can rework it (join chapters, give ids a prefix, place pamphlet panels) before output.
 */
export async function renderEntryToHtml(entry: CollectionEntry<'guidebook' | 'pamphlets'>): Promise<string> {
  if (!container) {
    container = await experimental_AstroContainer.create();
    container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  }
  const { Content } = await render(entry);
  return container.renderToString(Content, { props: { components: mdxComponents } });
}
