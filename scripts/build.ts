// Builds the whole product: the stages below, in order, each named as the build prints it.
// Everything is assembled in .build/ first, so a failed build leaves the previous dist/ as it was.
//
//   npm run build                 a draft: empty settings show as 〔未記入〕, every page says 「公開前の確認用」
//   npm run build -- --release    for publishing: refuses while a required setting is empty or the URL is an example
//   npm run build -- --force      renders every PDF and cuts every font subset, reusing nothing from the previous dist/
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildPaths } from './lib/build-paths.ts';
import { contentFoldersFromEnvironment } from './lib/build-options.ts';
import { runStages, type BuildRun } from './lib/build/pipeline.ts';
import { checkStage, downloadSizesStage, printFontsStage, printStage, siteStage, swapStage, templatesStage } from './lib/build/stages.ts';
import { reportAfterBuild } from './lib/build/after-build.ts';
import { useCompileCache } from './lib/compile-cache.ts';

const { values: options } = parseArgs({ options: { release: { type: 'boolean', default: false }, force: { type: 'boolean', default: false } } });
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const root = process.cwd();
useCompileCache(root);
const run: BuildRun = { root, options, folders: contentFoldersFromEnvironment(), paths: buildPaths(root), fonts: new Map(), pdfs: [], templates: [], seconds: {} };

try {
  await runStages(run, [
    checkStage, // content/ checked; content/site.yaml read, once
    siteStage, // Astro: pages, sitemap, search index, server files
    printFontsStage, // print typeface cut to each print product's characters
    printStage, // guidebook and pamphlet PDFs
    templatesStage, // 様式集 as Word and PDF
    downloadSizesStage, // the one stage that writes into built pages: the files' sizes
    swapStage, // the staging folder becomes dist/
  ]);
} catch {
  rmSync(run.paths.staging, { recursive: true, force: true });
  process.exit(1);
}

reportAfterBuild(run);
