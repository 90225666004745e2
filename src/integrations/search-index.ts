import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index of a built site into `<siteDir>/pagefind/`. Pages are indexed from
 * their `data-pagefind-body` only (navigation, tables of contents and screen-reader cues are
 * marked `data-pagefind-ignore`), and Japanese is segmented because every page is `lang="ja"`.
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number; files: number }> {
  // Furigana (<rt>) are reading aids, not text: a search for 協働 finds the base text, and excerpts show 協働, not 協働きょうどう.
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['rt'] });
  if (!index) throw new Error(`検索インデックスを作れません: ${errors.join(' ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`検索インデックスに追加できないページがあります: ${added.errors.join(' ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`検索インデックスを書き出せません: ${written.errors.join(' ')}`);
    // page_count counts every HTML file read; pages with a data-pagefind-body each get a fragment.
    return { pages: readdirSync(join(siteDir, 'pagefind', 'fragment')).length, files: added.page_count };
  } finally {
    await pagefind.close();
  }
}

/**
 * The search index of the finished pages, as Starlight builds it: in `astro:build:done`, so
 * `astro build` alone yields the whole searchable site; the full build asks it to leave the
 * index to its last step (KYODO_INDEX_LATER), so the index reads the pages the PDFs completed.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'kyodo:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        // The whole build (scripts/build.ts) indexes the pages later, once the PDFs have filled in the downloads page.
        if (process.env.KYODO_INDEX_LATER === '1') return;
        const started = performance.now();
        const { pages, files } = await buildSearchIndex(siteDir);
        logger.info(`検索インデックス: ${files} ページのうち、本文のある ${pages} ページを索引に入れました（${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
      },
    },
  };
}
