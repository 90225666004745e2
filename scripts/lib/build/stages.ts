// The stages of the whole build (scripts/build.ts lists them in order). Each reads what the
// stages before it made from the BuildRun and adds its own; the site is assembled in a staging
// folder, and only the last stage puts it in place of dist/.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build as astroBuild } from 'astro';
import { astroConfig } from '../../../src/astro-config.ts';
import { checkContentFiles } from '../content-check/check-content-folder.ts';
import { releaseProblems } from '../../../src/lib/content/release.ts';
import { siteBuildWith } from '../../../src/lib/site-build.ts';
import { fillDownloadSizes } from './download-sizes.ts';
import { siteBuildOf, type Stage } from './pipeline.ts';
import { dropUnusedPrintFamilies, subsetPrintFonts } from '../pdf/print-fonts.ts';
import { renderPrintProducts } from '../pdf/render-products.ts';
import { writeTemplateFiles } from '../templates/write-templates.ts';
import { run as runCommand, StepFailure } from '../steps.ts';

const indent = (line: string) => console.log(`  ${line}`);

/** Every file of content/ checked, with file, line and what to do; content/site.yaml is read here, once, for the whole build. */
export const checkStage: Stage = {
  key: 'contentCheck',
  title: 'content/ の確認',
  async run(run) {
    const { contentRoot, publicDir } = run.folders;
    const { problems, settings } = checkContentFiles({ root: contentRoot, publicDir });
    if (settings && run.options.release) problems.push(...releaseProblems(contentRoot, settings));
    for (const problem of problems) console.error(problem.toString());
    if (problems.length > 0 || !settings) throw new StepFailure(`content/ に ${problems.length} 件の問題があります。上の「ファイル:行:列」の箇所を直してください。`);
    run.build = siteBuildWith({ contentRoot, publicDir, release: run.options.release }, settings);
  },
};

/**
 * Astro builds the pages into the staging folder, with the configuration `npx astro build` uses
 * (src/astro-config.ts), and its integrations write what reads the built pages: the sitemap, the
 * search index (Pagefind) and the server's configuration files with the pages' security policy.
 */
export const siteStage: Stage = {
  key: 'site',
  title: 'サイトの生成（Astro: ページ、検索インデックス、サーバーの設定）',
  async run(run) {
    rmSync(run.paths.staging, { recursive: true, force: true });
    await astroBuild({ ...astroConfig(siteBuildOf(run)), configFile: false, root: run.root, outDir: run.paths.staging, logLevel: 'info' });
  },
};

/** Each print product's pages get a subset of the typeface with only their characters (a character it lacks stops the build). Writes font files and their rules, not pages. */
export const printFontsStage: Stage = {
  key: 'printFonts',
  title: '印刷用の文字（印刷物ごとに、使う文字だけのフォント）',
  async run(run) {
    run.fonts = await subsetPrintFonts(run.paths.staging, { previousDir: run.paths.dist, force: run.options.force, log: indent });
    const dropped = await dropUnusedPrintFamilies(run.paths.staging);
    if (dropped.families.length > 0) indent(`どのページも読み込まなくなった書体 ${dropped.families.join('、')} のファイル（${(dropped.bytes / 1024 / 1024).toFixed(1)} MB）をサイトから除きました`);
  },
};

/** The guidebook and pamphlets as PDFs; one whose page and everything it loads are unchanged since the last build is copied from dist/. */
export const printStage: Stage = {
  key: 'pdf',
  title: '印刷物のPDF（Vivliostyle と Chromium）',
  async run(run) {
    await runCommand('bash', ['scripts/ensure-system-deps.sh', 'build']);
    run.pdfs = await renderPrintProducts(run.paths.staging, siteBuildOf(run).settings.publicUrl, indent, { previousDir: run.paths.dist, force: run.options.force, fonts: run.fonts });
  },
};

/** The 様式集: each form as Word and PDF. */
export const templatesStage: Stage = {
  key: 'templates',
  title: '様式集（Word と PDF）',
  async run(run) {
    run.templates = await writeTemplateFiles(run.paths.staging, siteBuildOf(run), indent, { previousDir: run.paths.dist, force: run.options.force, fonts: run.fonts });
  },
};

/** The one stage that writes into pages Astro built: the size and page count of each file the build wrote, where the downloads pages list it. */
export const downloadSizesStage: Stage = {
  key: 'downloadSizes',
  title: 'ダウンロードの一覧に、できたファイルの大きさを書き込む',
  async run(run) {
    const cells = await fillDownloadSizes(run.paths.staging, siteBuildOf(run).base, { pdfs: run.pdfs, files: run.templates });
    indent(`${cells} 欄に書き込みました`);
  },
};

/** Everything succeeded: the new site takes the place of the old one, and the build record is written. */
export const swapStage: Stage = {
  key: 'swap',
  title: 'できあがったサイトを dist/ に置く',
  async run(run) {
    const { staging, previous, dist, record } = run.paths;
    rmSync(previous, { recursive: true, force: true });
    if (existsSync(dist)) renameSync(dist, previous);
    renameSync(staging, dist);
    rmSync(previous, { recursive: true, force: true });
    mkdirSync(resolve(record, '..'), { recursive: true });
    writeFileSync(record, JSON.stringify({ finishedAt: new Date().toISOString(), seconds: run.seconds, pdfs: run.pdfs }, null, 2));
  },
};
