import { readdirSync } from 'node:fs';
import type { Root } from 'mdast';
import type { CollectionName } from '../../../src/lib/schemas/collections.ts';
import type { Chooser } from '../../../src/lib/schemas/chooser.ts';
import type { Glossary } from '../../../src/lib/schemas/glossary.ts';
import { chooserPages, type ChooserForm } from '../../../src/lib/chooser/tree.ts';
import { kanaRowOf } from '../../../src/lib/glossary/kana-order.ts';
import { guidebookProduct, pamphletProduct, productPdfHref } from '../../../src/lib/print/products.ts';
import { entryHref, fixedPages, guidebookTemplatesHref, formSectionIds, glossaryHref, glossaryTermHref, kanaRowId, mainId, principleSectionIds } from '../../../src/lib/routes.ts';

/** One parsed content file, as the checks across files need it. */
export interface ParsedEntry {
  collection: CollectionName;
  /** The id Astro gives the entry (its URL segment). */
  id: string;
  /** Path shown to the editor. */
  file: string;
  tree: Root;
  /** Every id the rendered page will have (headings, components, our plugins). */
  anchors: string[];
}

/**
 * Every page the site will have and the anchors on each, worked out from the content and the
 * routes module before anything is built, so a broken link is reported with its file and line.
 */
export function buildSiteIndex(entries: readonly ParsedEntry[], data: { glossary: Glossary | undefined; chooser: { chooser: Chooser; forms: ChooserForm[] } | undefined; publicDir: string; templates?: readonly string[] }): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (path: string, ids: readonly string[] = []) => {
    const anchors = index.get(path) ?? new Set([mainId]);
    for (const id of ids) anchors.add(id);
    index.set(path, anchors);
  };
  for (const page of fixedPages) add(page.href, page.anchors);
  for (const entry of entries) {
    add(entryHref(entry.collection, entry.id), entry.anchors);
    if (entry.collection === 'forms') add(entryHref('forms', entry.id), formSectionIds);
    if (entry.collection === 'principles') add(entryHref('principles', entry.id), principleSectionIds);
  }
  if (data.glossary) add(glossaryHref(), [...data.glossary.terms.map((term) => term.id), ...data.glossary.terms.map((term) => kanaRowId(kanaRowOf(term.reading)))]);
  for (const term of data.glossary?.terms ?? []) add(glossaryTermHref(term.id));
  if (data.chooser) for (const page of chooserPages(data.chooser.chooser, data.chooser.forms)) add(page.href);
  add(productPdfHref(guidebookProduct('')));
  // Each form has a section on the 様式集 page, which the guidebook's chapters link to.
  add(guidebookTemplatesHref(), data.templates ?? []);
  for (const entry of entries.filter((item) => item.collection === 'pamphlets')) add(productPdfHref(pamphletProduct(entry.id, '', 'flyer', '')));
  for (const file of readdirSync(data.publicDir, { recursive: true, encoding: 'utf8' })) add(`/${file.split('\\').join('/')}`);
  return index;
}
