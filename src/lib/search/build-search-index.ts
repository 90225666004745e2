// The search indexes of a built site, written to disk: Pagefind's full-text index and the outline
// index. Used by the Astro integration (src/integrations/search-index.ts), the full build and the bench.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { outlineOfPage, type OutlineIndex } from './outline-index.ts';
import { searchOutlineHref } from '../routes.ts';

/** The page address of each page Pagefind indexed, by Pagefind's id for it (the name of its fragment file). */
function indexedPages(siteDir: string): Map<string, string> {
  const folder = join(siteDir, 'pagefind', 'fragment');
  const pages = new Map<string, string>();
  for (const file of readdirSync(folder)) {
    // A fragment is gzip'd JSON after Pagefind's 12-byte signature (pagefind_dcd).
    const fragment = JSON.parse(gunzipSync(readFileSync(join(folder, file))).subarray('pagefind_dcd'.length).toString('utf8')) as { url: string };
    pages.set(file.replace(/\.pf_fragment$/, ''), fragment.url);
  }
  return pages;
}

/**
 * Writes the outline index (src/lib/search/outline-index.ts) beside Pagefind's: the title and
 * headings of every page Pagefind indexed, under Pagefind's id for it, in Pagefind's order.
 */
function writeOutline(siteDir: string): number {
  const outline: OutlineIndex = [...indexedPages(siteDir)]
    .map(([id, url]) => outlineOfPage(readFileSync(join(siteDir, url, 'index.html'), 'utf8'), url, id))
    .filter((entry) => entry !== undefined)
    .sort((a, b) => a.url.localeCompare(b.url));
  const file = join(siteDir, searchOutlineHref);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(outline));
  return outline.length;
}

/**
 * Builds the search indexes of a built site: Pagefind's full-text index into `<siteDir>/pagefind/`,
 * then the outline the first answer reads. Pages are indexed from their `data-pagefind-body` only
 * (navigation, tables of contents, reading aids and provenance notes are marked
 * `data-pagefind-ignore`), and every page, the English summary too, is indexed as Japanese, so Japanese is segmented.
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number; files: number }> {
  // Furigana (<rt>) are reading aids, not text: a search for 協働 finds the base text, and excerpts show 協働, not 協働きょうどう.
  // One Japanese index for every page: the search page is Japanese and loads only its own language's
  // index, and the English summary (<html lang="en">) must still be found by the Japanese terms it names.
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['rt'], forceLanguage: 'ja' });
  if (!index) throw new Error(`検索インデックスを作れません: ${errors.join(' ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`検索インデックスに追加できないページがあります: ${added.errors.join(' ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`検索インデックスを書き出せません: ${written.errors.join(' ')}`);
    // page_count counts every HTML file read; pages with a data-pagefind-body each get a fragment and an outline.
    return { pages: writeOutline(siteDir), files: added.page_count };
  } finally {
    await pagefind.close();
  }
}
