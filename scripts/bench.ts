// Measures the product on this machine and prints a table; writes the numbers to .bench/.
//   npm run bench                 everything (about 45 minutes on two cores: three builds of each kind, the test suite included)
//   npm run bench -- --quick      one build of each kind instead of three, scale runs up to 100 pages
//   npm run bench -- --search     only the search, on the dist/ already built: what a first search fetches, request by request
// Not part of `npm test`: timings depend on the machine; byte budgets are tested instead.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import { siteBuildFromEnvironment } from './lib/build-options.ts';
import { run } from './lib/steps.ts';
import { buildPaths } from './lib/build-paths.ts';
import { median, round } from './lib/bench/stats.ts';
import type { CpuUse } from './lib/cpu-time.ts';
import { measurePageWeights, pageTypes } from './lib/bench/page-weight.ts';
import { measureSearch } from './lib/bench/measure-search.ts';
import { measureLcp } from './lib/bench/lcp.ts';
import { scaleRun } from './lib/bench/scale.ts';
import { measureMaker } from './lib/bench/maker.ts';
import { measureBuilds, printSteps, siteSteps, summariseBuilds } from './lib/bench/builds.ts';
import { printPreviewFonts } from './lib/bench/print-preview-fonts.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, search: { type: 'boolean', default: false } } });
if (values.search) {
  await benchSearchOnly();
  process.exit(0);
}
const buildRuns = values.quick ? 1 : 3;
const scaleSizes = values.quick ? [0, 100] : [0, 100, 1000];
const benchDir = resolve('.bench');
// The bench builds its own copy of the site, so dist/ is never touched.
process.env.SITE_DIST = join(benchDir, 'dist');
const { dist, record } = buildPaths(process.cwd());
mkdirSync(benchDir, { recursive: true });

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
function table(rows: (string | number)[][]) {
  const width = (cell: string | number) => [...String(cell)].reduce((sum, char) => sum + (char.charCodeAt(0) > 0xff ? 2 : 1), 0);
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => width(row[column]!))));
  for (const row of rows) console.log(row.map((cell, column) => String(cell) + ' '.repeat(widths[column]! - width(cell))).join('  '));
}

// 1. Build time: the whole build from nothing, again with nothing changed, and after one guidebook page changed;
// the median of each, as a whole process and step by step.
const measuredBuilds = await measureBuilds(buildRuns, { dist, record, benchDir, guidebookPage: 'understanding.mdx' });
const builds = summariseBuilds(measuredBuilds);
const build = builds.cold.steps;
const coldRuns = measuredBuilds.cold;
const pdfs = coldRuns.at(-1)!.pdfs.map((pdf) => ({ pdf: pdf.pdf, pages: pdf.pages, bytes: pdf.bytes, seconds: round(median(coldRuns.map((item) => item.pdfs.find((other) => other.pdf === pdf.pdf)?.seconds ?? 0))) }));
const printFonts = printPreviewFonts(dist);

// 2 and 3. Page weights and search, in Chromium against the built site on 127.0.0.1.
const server = await serveStatic(dist, { base: siteBuildFromEnvironment().base });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const weights = await measurePageWeights(browser, server.url);
const search = await measureSearch(browser, server.url);
const maker = await measureMaker(browser, server.url, dist);
await browser.close();
// First paint of each kind of screen page, as Lighthouse's mobile preset measures it (print pages are for printing).
console.log('\n… Lighthouse（モバイル）で LCP を計測しています');
const lcp = await measureLcp(server.url, Object.fromEntries(Object.entries(pageTypes).filter(([, path]) => !path.startsWith('/print/'))), values.quick ? 1 : 2);
await server.close();

// 4. Scale: the site and search index with 100 and 1,000 synthetic guideline pages added.
const scale = [];
for (const size of scaleSizes) {
  console.log(`\n… 規模の計測: 合成ページ ${size} 件`);
  scale.push(await scaleRun(size, join(benchDir, `scale-${size}`)));
}

// 5. The test suite as `npm test` runs it (on the real dist/, which it rebuilds only when stale).
console.log('\n… 試験の所要時間: npm test');
const testStarted = performance.now();
const { SITE_DIST: _benchDist, ...testEnvironment } = process.env;
const testsPassed = await run('node', ['scripts/test.ts'], {}, testEnvironment).then(() => true, () => false);
const tests = { seconds: round((performance.now() - testStarted) / 1000), passed: testsPassed, phases: JSON.parse(readFileSync(join('test-results', 'durations.json'), 'utf8')) as { unit?: number; site?: number; cpu?: Record<string, CpuUse | undefined> } };

const results = { measuredAt: new Date().toISOString(), machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, buildRuns, build, builds, pdfs, printFonts, weights, lcp, search, maker, scale, tests };
writeFileSync(join(benchDir, 'results.json'), JSON.stringify(results, null, 2));

console.log(`\n■ ビルド時間（秒、中央値: 初回と変更なしは ${buildRuns} 回、1 ページ変更は 2 回）`);
const kinds = { cold: '初回（前回の出力なし）', unchanged: '変更なし', onePage: 'ガイドブック1ページ変更' } as const;
table([
  ['ビルド', '全体（実時間）', 'content/ の確認', 'サイト（検索インデックスを含む）', 'サイトのみの計', '印刷用の文字', 'PDF', '様式集', '全体 ÷ サイトのみ', '各段階の計 ÷ サイトのみ', '再利用したPDF'],
  ...Object.entries(kinds).map(([kind, label]) => {
    const item = builds[kind as keyof typeof kinds];
    return [label, item.wallSeconds, ...siteSteps.map((step) => item.steps[step]!), item.siteOnlySeconds, ...printSteps.map((step) => item.steps[step]!), `${item.wholeOverSiteOnly}×`, `${item.stepsOverSiteOnly}×`, `${item.reusedPdfs}/${item.pdfs}`];
  }),
]);
console.log('\n■ PDF（初回のビルド）');
table([['PDF', 'ページ', '大きさ', '組版（秒）'], ...pdfs.map((pdf) => [pdf.pdf, pdf.pages, kb(pdf.bytes), pdf.seconds])]);
console.log('\n■ 印刷用ページのフォント（ビルドしたファイルから）');
table([['印刷用ページ', 'ファイル', '大きさ'], ...printFonts.map((item) => [item.path, item.files, kb(item.bytes)])]);
console.log('\n■ 初回表示の転送量（gzip 換算、括弧内は圧縮前）');
table([
  ['ページ', 'HTML', 'CSS', 'JS', 'フォント', '合計'],
  ...Object.entries(weights).map(([name, weight]) => [
    name,
    kb(weight.kinds.html?.gzip ?? 0),
    kb(weight.kinds.css?.gzip ?? 0),
    kb(weight.kinds.js?.gzip ?? 0),
    kb(weight.kinds.font?.gzip ?? 0),
    `${kb(weight.total.gzip)}（${kb(weight.total.bytes)}）`,
  ]),
]);
console.log('\n■ 最初の描画（Lighthouse モバイル、中央値）');
table([['ページ', 'LCP（ミリ秒）', 'FCP（ミリ秒）', 'スコア'], ...Object.entries(lcp).map(([name, item]) => [name, item.lcp, item.fcp, item.score * 100])]);
console.log('\n■ 検索');
table([
  ['初回の検索の転送量', '要求数', '初回の検索（ミリ秒）', `検索 ${search.queries.count} 回 p50`, 'p95', '最大'],
  [`${kb(search.firstSearch.gzip)}（${kb(search.firstSearch.bytes)}）`, search.firstSearch.requests, search.firstSearch.milliseconds, `${search.queries.p50} ms`, `${search.queries.p95} ms`, `${search.queries.max} ms`],
]);
table([
  ['/search/?q= から（キャッシュなし）', '表示した件数', '転送量（gzip）', '要求数', 'うち wasm', '索引と断片', 'JSON など', 'スクリプト', '答えまで（ミリ秒）'],
  ...search.cold.map((item) => [
    item.query,
    item.shown,
    kb(item.gzip),
    item.requests,
    kb(item.byKind.wasm?.gzip ?? 0),
    kb(item.byKind['search-index']?.gzip ?? 0),
    kb((item.byKind.other?.gzip ?? 0) + (item.byKind.json?.gzip ?? 0)),
    kb(item.byKind.js?.gzip ?? 0),
    item.milliseconds,
  ]),
]);
console.log('\n■ パンフレットを作るページと npm run pamphlet');
table([['1文字ごとの更新 p50', 'p95', 'スクリプト', 'npm run pamphlet（秒）'], [`${maker.keystrokes.p50} ms`, `${maker.keystrokes.p95} ms`, kb(maker.scriptBytes), maker.commandSeconds]]);
console.log('\n■ 規模による変化（サイトと検索インデックスのみ）');
table([['追加ページ', '索引のページ', 'サイト（秒）', '索引（秒）', '索引の大きさ'], ...scale.map((item) => [item.extraPages, item.indexedPages, round(item.siteSeconds), round(item.indexSeconds), kb(item.indexBytes)])]);
console.log('\n■ 試験（npm test、秒）');
const busy = (part: 'unit' | 'site') => (tests.phases.cpu?.[part] ? `${Math.round(tests.phases.cpu[part]!.busyShare * 100)} %` : '—');
table([['全体', '単体（Vitest）', 'CPU 使用率', 'サイト（Playwright）', 'CPU 使用率', '結果'], [tests.seconds, round(tests.phases.unit ?? 0), busy('unit'), round(tests.phases.site ?? 0), busy('site'), tests.passed ? '成功' : '失敗あり']]);
console.log(`\n結果を ${join('.bench', 'results.json')} に書きました。`);

/** `--search`: the search alone, on the built dist/, with each request of the cold first searches listed. */
async function benchSearchOnly() {
  const server = await serveStatic(resolve('dist'), { base: siteBuildFromEnvironment().base });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const search = await measureSearch(browser, server.url, 1);
  await browser.close();
  await server.close();
  for (const cold of search.cold) {
    console.log(`\n■ /search/?q=${cold.query}（キャッシュなし）: ${cold.shown} 件を表示、${(cold.gzip / 1024).toFixed(1)} KB（gzip）、${cold.requests} 要求、${cold.milliseconds} ミリ秒`);
    for (const transfer of cold.transfers) console.log(`  ${transfer.kind.padEnd(12)} ${(transfer.gzip / 1024).toFixed(1).padStart(6)} KB  ${new URL(transfer.url).pathname}`);
  }
  console.log(`\n検索ページを開いてからの最初の検索（委託）: ${(search.firstSearch.gzip / 1024).toFixed(1)} KB、${search.firstSearch.requests} 要求。その後の ${search.queries.count} 回: p50 ${search.queries.p50} ms、p95 ${search.queries.p95} ms`);
}
