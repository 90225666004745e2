import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { parseDocument } from 'yaml';
import { distDir } from '../helpers/site.ts';
import { contentRoot } from '../helpers/content.ts';
import { decodeQr, pageText, pdfInfo, pdfLinkUrls } from '../helpers/pdf.ts';
import { expectedResults, indexedPages } from '../helpers/search-oracle.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { LinkChecker } from 'linkinator';
import type { PrintProduct } from '../../src/lib/print/products.ts';

// The builds of this file run one after another, in order, in one worker: each takes minutes and
// most render PDFs with every core, so two at once only make both slower (and their time limits
// count their own build, not the other's). The other worker runs the rest of the suite meanwhile.
test.describe.configure({ mode: 'default' });

/**
 * Where a fixture build works: a fresh folder inside the project, so that Astro keeps its
 * prerendered chunks in the build's own output folder. (For an output folder outside the working
 * directory Astro falls back to the project's .astro/, where two builds at once break each other:
 * "Cannot find module …/.astro/.prerender/chunks/…".)
 * `npm test` empties test-results/ before each run.
 */
function fixtureFolder(): string {
  mkdirSync(join('test-results', 'fixture-builds'), { recursive: true });
  return mkdtempSync(join(process.cwd(), 'test-results', 'fixture-builds', 'build-'));
}

/**
 * Sets fields of a fixture's site.yaml by their paths, whatever the real content/ holds in them
 * now: the tests must pass before and after the ward fills the file in. Comments stay.
 */
function setSettings(content: string, values: readonly [path: string, value: string | null][]) {
  const file = join(content, 'site.yaml');
  const document = parseDocument(readFileSync(file, 'utf8'));
  for (const [path, value] of values) document.setIn(path.split('.'), value);
  writeFileSync(file, document.toString());
}

/** The line (from 1) of a field in a fixture's site.yaml, read off the file: `contact.phone` → the `phone:` line under `contact:`. */
function settingsLine(content: string, path: string): number {
  const lines = readFileSync(join(content, 'site.yaml'), 'utf8').split('\n');
  const [first, second] = path.split('.');
  const start = second ? lines.findIndex((line) => line.startsWith(`${first}:`)) : -1;
  return lines.findIndex((line, index) => index > start && line.trimStart().startsWith(`${second ?? first}:`)) + 1;
}

/** How a fixture build differs from a plain one: see {@link buildWithFixture}. */
interface FixtureBuild {
  /** Arguments of scripts/build.ts, e.g. `--release`. */
  args?: string[];
  /** Changes the content folder's copy before the build. */
  edit?: (content: string) => void;
  /** A built site the output folder starts as a copy of (the previous build); without it, the folder starts empty. */
  previousSite?: string;
  /** Sees the output folder as the build finds it. */
  beforeBuild?: (out: string) => void;
}

/**
 * Builds the site from a copy of content/ with one mistake added (or edited by `edit`), into a
 * throwaway output folder holding the previous build, and returns what the build printed. The
 * real dist/ is never touched.
 */
async function buildWithFixture(fixture: string | undefined, into: string, { args = [], edit, previousSite, beforeBuild }: FixtureBuild = {}) {
  const root = fixtureFolder();
  const content = join(root, 'content');
  cpSync(contentRoot, content, { recursive: true });
  if (fixture) cpSync(fixture, join(content, into));
  edit?.(content);
  const out = join(root, 'out');
  // The output folder holds the previous build: nothing, or a copy of a real one to reuse PDFs from.
  if (previousSite) cpSync(previousSite, out, { recursive: true });
  else mkdirSync(out);
  writeFileSync(join(out, 'previous-build.txt'), '前回のビルド');
  beforeBuild?.(out);
  const result = await promisify(execFile)('node', ['scripts/build.ts', ...args], {
    env: { ...process.env, CONTENT_DIR: content, SITE_DIST: out },
    maxBuffer: 32 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
  return { ...result, out };
}

/** Every file under a folder, with its size and time of change: equal before and after, the folder was left as it was. */
function folderState(folder: string): Map<string, string> {
  return new Map(
    readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((file) => {
      const stat = statSync(join(folder, file));
      return [file, `${stat.size} ${stat.mtimeMs}`];
    }),
  );
}

test('an overfull pamphlet panel fails the build with the file and the panel, and leaves the previous output as it was', async () => {
  // Astro builds the whole site before the print check finds the panel: minutes while the other worker's tests run beside it.
  test.setTimeout(420_000);
  // The previous output is a whole site, the real dist/, as an editor's would be: the products
  // whose pages did not change are taken from it (not checked again), and the new one is checked.
  let before: Map<string, string> | undefined;
  const { code, output, out } = await buildWithFixture('tests/fixtures/pamphlets/overfull-flyer.mdx', 'pamphlets/overfull-flyer.mdx', { previousSite: distDir, beforeBuild: (folder) => (before = folderState(folder)) });
  expect(code).toBe(1);
  expect(output).toMatch(/overfull-flyer\.pdf（.*content\/pamphlets\/overfull-flyer\.mdx）: 面からのはみ出し: 面「front」の内容が約 \d+ mm はみ出しています/);
  expect(output).toContain('前回のビルドのままです');
  expect(before!.size).toBeGreaterThan(100);
  expect(folderState(out)).toEqual(before);
});

/** Mistakes the first build step refuses, each with the place and the words the editor sees. */
const refusedBeforeBuilding: [name: string, fixture: string, into: string, message: RegExp][] = [
  ['an unknown component', 'tests/fixtures/content-mistakes/unknown-component.mdx', 'pages/unknown.mdx', /content\/pages\/unknown\.mdx:9:1 部品「<Chekclist>」はありません/],
  ['an edited official sentence', 'tests/fixtures/official-text/necessity-one-word-changed.mdx', 'guideline/necessity.mdx', /content\/guideline\/necessity\.mdx:14:1 指針の本文が概要版と違います/],
  ['a <script> in MDX', 'tests/fixtures/content-mistakes/raw-html-script.mdx', 'pages/script.mdx', /content\/pages\/script\.mdx:9:1 本文に <script> は書けません/],
  ['a wrong quotation', 'tests/fixtures/content-mistakes/wrong-quotation.mdx', 'pages/wrong-quotation.mdx', /content\/pages\/wrong-quotation\.mdx:7:5 引用「協働の効果をさらに高め/],
];

for (const [name, fixture, into, message] of refusedBeforeBuilding) {
  test(`${name} stops the build before anything is built, with the file, line and a message, and loses nothing`, async () => {
    test.setTimeout(120_000);
    const { code, output, out } = await buildWithFixture(fixture, into);
    expect(code).toBe(1);
    expect(output).toMatch(message);
    expect(output).not.toContain('サイトの生成');
    expect(readFileSync(join(out, 'previous-build.txt'), 'utf8')).toBe('前回のビルド');
  });
}

test('a release build refuses empty required settings and an example address, naming each line, and loses nothing', async () => {
  test.setTimeout(120_000);
  let fixture = '';
  const { code, output, out } = await buildWithFixture(undefined, '', {
    args: ['--release'],
    edit: (content) => {
      fixture = content;
      setSettings(content, [
        ['publicUrl', 'https://kyodo-shishin.example.jp/'],
        ['contact.department', null],
        ['contact.phone', null],
        ['contact.fax', null],
        ['contact.email', null],
        ['status.proposalSystem', null],
      ]);
    },
  });
  expect(code).toBe(1);
  // The lines of the fixture's site.yaml, read off the file.
  expect(output).toMatch(new RegExp(`content/site\\.yaml:${settingsLine(fixture, 'contact.department')}:\\d+ 公開用のビルドには「担当部署」（contact\\.department）が必要です`));
  expect(output).toMatch(new RegExp(`content/site\\.yaml:${settingsLine(fixture, 'contact.phone')}:\\d+ 公開用のビルドには「電話番号」（contact\\.phone）が必要です`));
  expect(output).toMatch(new RegExp(`content/site\\.yaml:${settingsLine(fixture, 'publicUrl')}:\\d+ 公開URL「https://kyodo-shishin\\.example\\.jp/」は例のアドレスです`));
  expect(output).toMatch(/「協働事業提案制度の現在の状況」（status\.proposalSystem）が必要です/);
  // fax and email may stay empty in a release: they are not asked for.
  expect(output).not.toMatch(/contact\.fax|contact\.email/);
  expect(output).not.toContain('サイトの生成');
  expect(readFileSync(join(out, 'previous-build.txt'), 'utf8')).toBe('前回のビルド');
});

/**
 * The release build's output, published at a folder of a domain, as a ward publishes it: the
 * test after the release build serves it there and follows every link.
 */
const releaseUrl = 'https://kyodo.release-test.jp/kusei/kyodo/shishin/';
const releaseBase = '/kusei/kyodo/shishin/';
let releaseSite: string | undefined;

// The folder test serves the release the test before it built: the two run in order, in one worker.
test.describe.serial('a release', () => {
  test('a release build with every required setting filled shows no placeholder, no draft banner and no draft mark anywhere, PDFs included', async () => {
    // Every PDF is laid out again (the settings are printed in them): about four minutes on two cores,
    // more while other tests run beside it (the book takes three layouts when mending moves a number).
    test.setTimeout(720_000);
    const filled: [path: string, value: string | null][] = [
      ['publicUrl', releaseUrl],
      ['contact.department', '試験部試験課'],
      ['contact.phone', '03-0000-0000'],
      ['contact.address', '試験区試験町1-1'],
      ['contact.hours', '平日9時から17時まで'],
      // Left empty: a release leaves the optional fax row out.
      ['contact.fax', null],
      ['guideline.adopted', '平成22年3月'],
      ['status.proposalSystem', '試験用の状況です。'],
      ['status.evaluation', '試験用の状況です。'],
      ['status.coordinator', '試験用の状況です。'],
      ['editor', '試験部協働推進課'],
    ];
    const { code, output, out } = await buildWithFixture(undefined, '', { args: ['--release'], edit: (content) => setSettings(content, filled) });
    expect(code, output).toBe(0);
    releaseSite = out;
    const html = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(html.length).toBeGreaterThan(40);
    for (const file of html) {
      const text = readFileSync(join(out, file), 'utf8');
      expect(text, file).not.toContain('未記入');
      expect(text, file).not.toContain('公開前の確認用');
    }
    // The status fields show where the pages used to describe announced measures as facts.
    expect(readFileSync(join(out, 'guidebook/proposal-system/index.html'), 'utf8')).toContain('試験用の状況です。');
    expect(readFileSync(join(out, 'guidebook/process/index.html'), 'utf8')).toContain('平成22年3月');
    // The explanations say who wrote them, once site.yaml names the department; the site's own pages carry no such notice.
    expect(readFileSync(join(out, 'principles/equality/index.html'), 'utf8')).toContain('このページは、指針の本文ではなく、試験部協働推進課が指針をもとにまとめた解説です。');
    expect(readFileSync(join(out, 'accessibility/index.html'), 'utf8')).not.toContain('class="provenance-notice"');
    expect(execFileSync('pdftotext', [join(out, 'downloads', 'lecture-flyer.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain('試験部協働推進課がまとめたものです');
    // The fax was left empty: its row is left out, not shown as a tag.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('ファクス');
    for (const pdf of readdirSync(join(out, 'downloads')).filter((file) => file.endsWith('.pdf'))) {
      const text = execFileSync('pdftotext', [join(out, 'downloads', pdf), '-'], { encoding: 'utf8' });
      expect(text, pdf).not.toContain('未記入');
      // The guidebook's cover spread names the publisher and the editing department, not the contact.
      expect(text, pdf).toContain(pdf === 'kyodo-guidebook-cover-press.pdf' ? '試験部協働推進課' : '試験部試験課');
      // A release's PDFs, reading copies and press versions alike, carry no draft mark (tests/site/draft-mark.spec.ts: a draft's do).
      expect(text.replace(/\s+/g, ''), pdf).not.toContain('公開前の確認用');
    }
    // Nor do the forms of the 様式集.
    for (const pdf of readdirSync(join(out, 'downloads', 'templates')).filter((file) => file.endsWith('.pdf'))) {
      expect(execFileSync('pdftotext', [join(out, 'downloads', 'templates', pdf), '-'], { encoding: 'utf8' }).replace(/\s+/g, ''), pdf).not.toContain('公開前の確認用');
    }
  });

  test('the release, served from the folder of its public URL, works there: every link and asset, the search and its results, the QR codes, npm run pamphlet', async ({ page }) => {
    test.setTimeout(300_000);
    expect(releaseSite, 'the release build of the test above').toBeDefined();
    const site = releaseSite!;
    // As the ward's server: the site in its folder, nothing outside it.
    const server = await serveStatic(site, { base: releaseBase });
    try {
      expect(new URL(server.url).pathname).toBe(releaseBase);
      // Pages are written where their site paths say, never into a copy of the folder inside dist/.
      expect(existsSync(join(site, 'kusei'))).toBe(false);
      // The sitemap and the pages' own addresses are the public URL's.
      const sitemap = [...readFileSync(join(site, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
      expect(sitemap.length).toBeGreaterThan(40);
      for (const loc of sitemap) expect(loc.startsWith(releaseUrl), loc).toBe(true);
      expect(sitemap.some((loc) => loc.includes('/print/')), 'print pages stay out of the sitemap').toBe(false);
      expect(readFileSync(join(site, 'guidebook/review/index.html'), 'utf8')).toContain(`<link rel="canonical" href="${releaseUrl}guidebook/review/">`);
      // The crawlers' file and the servers' configuration name the folder.
      expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${releaseUrl}sitemap-index.xml`);
      expect(readFileSync(join(site, '.htaccess'), 'utf8')).toContain(`ErrorDocument 404 ${releaseBase}404.html`);
      expect(readFileSync(join(site, 'nginx-kyodo.conf'), 'utf8')).toContain(`location ^~ ${releaseBase}`);

      // Every internal link, asset and #fragment, followed from the home page, resolves under the folder.
      const origin = new URL(server.url).origin;
      const result = await new LinkChecker().check({ path: server.url, recurse: true, checkFragments: true, linksToSkip: [`^(?!${origin.replace(/[.:/]/g, '\\$&')})`] });
      const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} (from ${link.parent}, ${link.status})`);
      expect(broken).toEqual([]);
      const reached = new Set(result.links.filter((link) => link.state === 'OK').map((link) => new URL(link.url).pathname));
      for (const loc of sitemap) expect(reached.has(new URL(loc).pathname), `${loc} was reached by following links`).toBe(true);
      expect([...reached].filter((path) => path.includes('/_astro/')).length, 'assets were checked too').toBeGreaterThan(0);

      // The search: its outline, Pagefind and the results' links, all under the folder.
      const responses: { status: number; path: string }[] = [];
      page.on('response', (response) => responses.push({ status: response.status(), path: new URL(response.url()).pathname }));
      const pages = indexedPages(site);
      for (const query of ['委託', '懇談会', '協働事業提案制度 評価']) {
        await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
        await expect(page.locator('#search-status')).not.toHaveText(/^$|検索しています/, { timeout: 15_000 });
        const shown = await page.locator('#search-results > li > a:first-child').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.replace(/#.*$/, '')));
        const expected = expectedResults(pages, query, []).map((path) => `${releaseBase}${path.slice(1)}`);
        expect(shown.length, query).toBeGreaterThan(0);
        for (const href of shown) expect(expected, `${query}: ${href}`).toContain(href);
      }
      const first = page.locator('#search-results > li > a').first();
      const target = await first.getAttribute('href');
      await first.click();
      await expect(page).toHaveURL(new URL(target!, server.url).href);
      await expect(page.locator('h1')).toBeVisible();
      expect(responses.some((response) => response.path === `${releaseBase}pagefind/pagefind.js` && response.status === 200), 'Pagefind was loaded from the folder').toBe(true);
      expect(responses.some((response) => response.path === `${releaseBase}search/outline.json` && response.status === 200), 'the outline was loaded from the folder').toBe(true);
      expect(responses.filter((response) => response.status >= 400 || !response.path.startsWith(releaseBase))).toEqual([]);
    } finally {
      await server.close();
    }

    // The QR codes lead to the public URL with its folder: a pamphlet's to the site, the guidebook's colophon to the guidebook.
    expect(decodeQr(join(site, 'downloads', 'lecture-flyer.pdf'), 2)).toBe(releaseUrl);
    const guidebook = join(site, 'downloads', 'kyodo-guidebook.pdf');
    // The colophon is the last page of the block, before 表4.
    expect(decodeQr(guidebook, pdfInfo(guidebook).pages - 1)).toBe(`${releaseUrl}guidebook/`);
    // The guidebook's links to the site's pages (glossary terms, pages only the site has) lead into the folder too.
    const siteLinks = (await pdfLinkUrls(guidebook)).filter((url) => new URL(url).host === new URL(releaseUrl).host);
    expect(siteLinks.length).toBeGreaterThan(20);
    expect(siteLinks.filter((url) => !url.startsWith(releaseUrl))).toEqual([]);

    // npm run pamphlet serves the built site under the same folder to fill in the maker.
    const work = mkdtempSync(join(tmpdir(), 'pamphlet-under-folder-'));
    writeFileSync(join(work, 'event.yaml'), 'name: 試験の講演会\ndate: 1月10日（土）\nplace: 区役所\n');
    const pdf = join(work, 'flyer.pdf');
    await promisify(execFile)('node', ['scripts/make-pamphlet.ts', 'lecture-flyer', '--event', join(work, 'event.yaml'), '--out', pdf, '--site', site], { env: { ...process.env, CONTENT_DIR: join(site, '..', 'content') } });
    expect(pageText(pdf, 1).replace(/\s+/g, '')).toContain('試験の講演会');
    expect(decodeQr(pdf, 2)).toBe(releaseUrl);
  });
});

test('a rebuild after editing one pamphlet renders that pamphlet (both versions) again, and copies every other PDF, press PDF, thumbnail and form of the 様式集, saying so', async () => {
  test.setTimeout(420_000);
  const manifest = JSON.parse(readFileSync(join(distDir, 'print/manifest.json'), 'utf8')) as PrintProduct[];
  const edited = 'lecture-flyer';
  // The same length, so the panel still fits: only a word changes.
  const { code, output, out } = await buildWithFixture(undefined, '', {
    edit: (content) => {
      const file = join(content, 'pamphlets', `${edited}.mdx`);
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('お店や会社など');
      writeFileSync(file, text.replace('お店や会社など', '商店や会社など'));
    },
    previousSite: distDir,
  });
  expect(code, output).toBe(0);
  const files = (product: PrintProduct) => [product.pdf, ...(product.press ? [product.press.pdf] : [])].map((pdf) => join('downloads', pdf));
  for (const product of manifest) {
    if (product.fonts.endsWith(`/${edited}.css`)) {
      expect(output).toContain(`▶ ${product.pdf}: `);
      expect(output).not.toContain(`✔ ${product.pdf}: 前回から変わっていないため`);
      continue;
    }
    expect(output).toContain(`✔ ${product.pdf}: 前回から変わっていないため、前回のPDFを使いました`);
    for (const file of files(product)) expect(readFileSync(join(out, file)).equals(readFileSync(join(distDir, file))), file).toBe(true);
  }
  expect(output).toMatch(/(\d+) 件を組版します/);
  expect(/(\d+) 件を組版します/.exec(output)![1]).toBe(String(manifest.filter((product) => product.fonts.endsWith(`/${edited}.css`)).length));
  // The thumbnails of the pamphlets left alone are the previous ones too.
  for (const name of readdirSync(join(distDir, 'downloads/thumbnails')).filter((file) => !file.startsWith(edited))) {
    expect(readFileSync(join(out, 'downloads/thumbnails', name)).equals(readFileSync(join(distDir, 'downloads/thumbnails', name))), name).toBe(true);
  }
  // The edited pamphlet prints its new word, in a new subset of the typeface; the guidebook keeps its subset.
  expect(execFileSync('pdftotext', [join(out, 'downloads', `${edited}.pdf`), '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain('商店や会社など');
  expect(output).toMatch(new RegExp(`✔ ${edited}: BIZ UDPGothic 標準 \\d+ 字・太字 \\d+ 字、\\d+ KB\\n`));
  expect(output).toMatch(/✔ guidebook: .*前回のファイルを使いました/);
  // The forms of the 様式集 did not change either: their PDFs are the previous ones.
  expect(output).toMatch(/様式の PDF (\d+) 件のうち \1 件は、前回から変わっていないため、前回のPDFを使いました/);
});
