import type { CollectionName } from '../schemas/collections.ts';
import { entryHref, fixedPages, glossaryTermHref, isPublicPage } from '../routes.ts';

/**
 * The pages the report covers — every page of the sitemap — worked out from what the site is
 * made of, the way the routes module makes them: the fixed pages, each collection entry's page,
 * each glossary term's page and each page of the chooser; print previews and tools left out as
 * the sitemap leaves them. The site tests compare the report's list with the built sitemap.
 */
export function reportScope(input: { entries: readonly { collection: CollectionName; id: string }[]; glossaryTermIds: readonly string[]; chooserHrefs: readonly string[] }): string[] {
  const paths = [
    ...fixedPages.map((page) => page.href),
    ...input.entries.map((entry) => entryHref(entry.collection, entry.id)),
    ...input.glossaryTermIds.map((id) => glossaryTermHref(id)),
    ...input.chooserHrefs,
  ];
  return [...new Set(paths.filter((path) => isPublicPage(path)))].sort();
}
