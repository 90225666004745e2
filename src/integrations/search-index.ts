import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../lib/search/build-search-index.ts';

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
