import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../lib/search/build-search-index.ts';

/**
 * The search index of the built pages, as Starlight builds it: in `astro:build:done`, so
 * `astro build` alone yields the whole searchable site. The whole build (scripts/build.ts) later
 * writes the PDFs' and forms' sizes into the downloads pages, in cells marked
 * `data-pagefind-ignore`, so this index stays the index of the finished pages.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'kyodo:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const started = performance.now();
        const { pages, files } = await buildSearchIndex(siteDir);
        logger.info(`検索インデックス: ${files} ページのうち、本文のある ${pages} ページを索引に入れました（${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
      },
    },
  };
}
