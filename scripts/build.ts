// Builds the whole product: checks content/, builds the site (Astro, with the server files _headers, .htaccess and nginx-kyodo.conf from its
// integration), cuts the print typeface down to the characters of each print product, renders
// the PDFs (copying from the previous dist/ those whose pages have not changed), indexes the
// finished pages for search, and then swaps the result into dist/.
// Everything is built in .build/ first, so a failed build leaves the previous dist/ as it was.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from './lib/content-check/check-content-folder.ts';
import { loadDataFile } from '../src/lib/content/load-data-file.ts';
import { unfilledSettings } from '../src/lib/schemas/site-settings.ts';
import { releaseProblems } from '../src/lib/content/release.ts';
import { completionPlaces } from '../src/lib/content/completions.ts';
import { run, StepFailure, timed } from './lib/steps.ts';
import { renderPrintProducts, type RenderResult } from './lib/pdf/render-products.ts';
import { dropUnusedPrintFamilies, subsetPrintFonts, type PrintFontSubsets } from './lib/pdf/print-fonts.ts';
import { buildPaths } from './lib/build-paths.ts';
import { contentSourceFromEnvironment } from './lib/content-folders.ts';
import { buildSearchIndex } from '../src/lib/search/build-search-index.ts';
import { writeTemplateFiles } from './lib/templates/write-templates.ts';
import { accessibilityReleaseReasons } from '../src/lib/accessibility/release-warning.ts';
import { auditResultsFolder } from '../src/lib/accessibility/audit-results.ts';

// npm run build                 a draft: empty settings show as 〔未記入〕, every page says 「公開前の確認用」
// npm run build -- --release    for publishing: refuses while a required setting is empty or the URL is an example
// npm run build -- --force      renders every PDF and cuts every font subset, reusing nothing from the previous dist/
const { values: options } = parseArgs({ options: { release: { type: 'boolean', default: false }, force: { type: 'boolean', default: false } } });
const root = process.cwd();
const source = contentSourceFromEnvironment();
const { staging, previous, dist, record } = buildPaths(root);
const durations: Record<string, number> = {};
let pdfs: RenderResult[] = [];
let fonts: PrintFontSubsets = new Map();

try {
  durations.contentCheck = (
    await timed('content/ の確認', async () => {
      const problems = [...checkContent(source), ...(options.release ? releaseProblems(source.root) : [])];
      for (const problem of problems) console.error(problem.toString());
      if (problems.length > 0) throw new StepFailure(`content/ に ${problems.length} 件の問題があります。上の「ファイル:行:列」の箇所を直してください。`);
    })
  ).seconds;

  rmSync(staging, { recursive: true, force: true });
  // Astro builds the pages; its integrations put the CSS in the pages and write the server files (src/integrations/finish-pages.ts), and leave the index for the last step.
  durations.site = (await timed('サイトの生成（Astro）', () => run('astro', ['build', '--outDir', staging], { ASTRO_TELEMETRY_DISABLED: '1', SITE_RELEASE: options.release ? '1' : '0', KYODO_INDEX_LATER: '1' }))).seconds;

  // Each print product's pages get a subset of the typeface with only their characters (and the build stops on one it lacks).
  durations.printFonts = (
    await timed('印刷用の文字（印刷物ごとに、使う文字だけのフォント）', async () => {
      fonts = await subsetPrintFonts(staging, { previousDir: dist, force: options.force, log: (line) => console.log(`  ${line}`) });
      const dropped = await dropUnusedPrintFamilies(staging);
      if (dropped.families.length > 0) console.log(`  どのページも読み込まなくなった書体 ${dropped.families.join('、')} のファイル（${(dropped.bytes / 1024 / 1024).toFixed(1)} MB）をサイトから除きました`);
    })
  ).seconds;

  // A PDF whose page and everything it loads are unchanged since the last build is copied from dist/; the rest render side by side.
  durations.pdf = (
    await timed('印刷物のPDF（Vivliostyle と Chromium）', async () => {
      await run('bash', ['scripts/ensure-system-deps.sh', 'build']);
      pdfs = await renderPrintProducts(staging, loadDataFile(source.root, 'siteSettings').publicUrl, (line) => console.log(`  ${line}`), { previousDir: dist, force: options.force, fonts });
    })
  ).seconds;

  durations.templates = (await timed('様式集（Word と PDF）', () => writeTemplateFiles(staging, source.root, (line) => console.log(`  ${line}`), { previousDir: dist, force: options.force, fonts }))).seconds;

  // The search index reads the final pages: the downloads page has its PDFs' sizes by now, not 「未作成」.
  durations.searchIndex = (
    await timed('検索インデックス（Pagefind、できあがったページから）', async () => {
      const { pages, files } = await buildSearchIndex(staging);
      console.log(`  ${files} ページのうち、本文のある ${pages} ページを索引に入れました`);
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

// Completions not yet checked against the ward's original: listed by every build, and only listed
// (not refused) by a release, since the pages mark them as the editors' words and say whether each
// has been checked (README: 補記を区の原本で確かめる).
const toConfirm = completionPlaces(source.root).filter((place) => !place.confirmed);
if (toConfirm.length > 0) {
  console.log(
    `\n${options.release ? '警告: 公開用のビルドですが、' : '注意: '}区の原本でまだ確かめていない補記が ${toConfirm.length} 件あります（サイトには〔 〕で補記と示し、「この文書について」に「未確認」と表示します）。確かめたら、:completion[…] の後に {confirmed} と書いてください。`,
  );
  for (const place of toConfirm) console.log(`  ${place.file}:${place.line}:${place.column} 〔${place.text}〕`);
}

// The accessibility test report says 一部準拠 until every criterion has a 適合 result: a release lists what is missing (README: アクセシビリティの試験結果).
const a11yReasons = options.release ? accessibilityReleaseReasons({ resultsFolder: resolve(root, auditResultsFolder), contentRoot: source.root, distDir: dist }) : [];
if (a11yReasons.length > 0) {
  console.log(`\n警告: アクセシビリティの試験結果のページは「一部準拠」です。「準拠」と表示するには、次の ${a11yReasons.length} 件を解消してください（npm test の後にビルドする、content/accessibility-checks.yaml に人による確認を記入する）。`);
  for (const reason of a11yReasons) console.log(`  ${reason}`);
}

const unfilled = unfilledSettings(loadDataFile(source.root, 'siteSettings'));
if (options.release) console.log('\n公開用のビルドです（未記入の表示と「公開前の確認用」の帯はありません）。');
else if (unfilled.length > 0) {
  console.log(`\n注意: これは公開前の確認用のビルドです。content/site.yaml に未記入の項目が ${unfilled.length} 件あります(サイトには「未記入」と表示されます): ${unfilled.join(', ')}。公開するときは npm run build -- --release で作ってください。`);
}
console.log(`\nビルドが完了しました: ${relative(root, dist)}/`);
