import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index of a built site into `<siteDir>/pagefind/`. Pages are indexed from
 * their `data-pagefind-body` only (navigation, tables of contents and screen-reader cues are
 * marked `data-pagefind-ignore`), and Japanese is segmented because every page is `lang="ja"`.
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number; files: number }> {
  const { index, errors } = await pagefind.createIndex({});
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
