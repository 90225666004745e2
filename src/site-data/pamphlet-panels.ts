import type { CollectionEntry } from 'astro:content';
import { panelsOf } from '../lib/print/formats.ts';
import { splitPanels } from '../lib/print/panels.ts';
import { renderEntryToHtml } from './render-to-html.ts';

/** A pamphlet's content rendered and split into its panels, by name, for its print page and its maker. */
export async function pamphletPanels(entry: CollectionEntry<'pamphlets'>): Promise<Map<string, string>> {
  return splitPanels(await renderEntryToHtml(entry), panelsOf(entry.data.format), entry.filePath ?? entry.id);
}
