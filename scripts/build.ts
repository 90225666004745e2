// Builds the whole product: checks content/, builds the site, and then swaps the result
// into dist/. Everything is built in .build/ first, so a failed build leaves the previous
// dist/ exactly as it was.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkContent } from '../src/lib/content-check/check-content.ts';
import { loadSiteSettings, unfilledSettings } from '../src/lib/site-settings.ts';
import { headersFile } from '../src/lib/security.ts';
import { run, StepFailure, timed } from './lib/steps.ts';
import { renderPrintProducts, type RenderResult } from './lib/pdf/render-products.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import { buildPaths } from './lib/build-paths.ts';

const root = process.cwd();
const { staging, previous, dist, record, cache } = buildPaths(root);
const durations: Record<string, number> = {};
let pdfs: RenderResult[] = [];

try {
  durations.contentCheck = (
    await timed('content/ の確認', async () => {
      const problems = checkContent();
      for (const problem of problems) console.error(problem.toString());
      if (problems.length > 0) throw new StepFailure(`content/ に ${problems.length} 件の問題があります。上の「ファイル:行:列」の箇所を直してください。`);
    })
  ).seconds;

  rmSync(staging, { recursive: true, force: true });
  durations.site = (
    await timed('サイトの生成(Astro)', () => run('astro', ['build'], { SITE_OUT_DIR: staging, ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' }))
  ).seconds;

  // Hosts that read _headers send the same policy as the pages' <meta>, plus framing rules.
  writeFileSync(join(staging, '_headers'), headersFile());

  durations.searchIndex = (
    await timed('検索インデックス（Pagefind）', async () => {
      const { pages, files } = await buildSearchIndex(staging);
      console.log(`  ${files} ページのうち、本文のある ${pages} ページを索引に入れました`);
    })
  ).seconds;

  durations.pdf = (
    await timed('印刷物のPDF（Playwright と Chromium）', async () => {
      await run('bash', ['scripts/ensure-system-deps.sh', 'build']);
      pdfs = await renderPrintProducts(staging, loadSiteSettings().publicUrl, (line) => console.log(`  ${line}`));
    })
  ).seconds;

  // Everything succeeded: put the new site in place of the old one.
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(staging, dist);
  rmSync(previous, { recursive: true, force: true });
  mkdirSync(resolve(record, '..'), { recursive: true });
  writeFileSync(record, JSON.stringify({ finishedAt: new Date().toISOString(), seconds: durations, pdfs }, null, 2));
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n✘ ビルドを中止しました。${relative(root, dist)}/ は前回のビルドのままです。\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const unfilled = unfilledSettings(loadSiteSettings());
if (unfilled.length > 0) {
  console.log(`\n注意: content/site.yaml に未記入の項目が ${unfilled.length} 件あります(サイトには「未記入」と表示されます): ${unfilled.join(', ')}`);
}
console.log(`\nビルドが完了しました: ${relative(root, dist)}/`);
