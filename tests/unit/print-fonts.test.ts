import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import postcss from 'postcss';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { expect, test } from 'vitest';
import { alwaysIncluded, cssStrings, printedElementsSelector, printPageText } from '../../scripts/lib/pdf/print-text.ts';
import { cmapCharacters, fontCharacters } from '../../scripts/lib/pdf/font-characters.ts';
import { sfntToWoff2, woff2Tables } from '../../scripts/lib/pdf/woff2.ts';
import { MissingGlyphFailure, subsetFace, subsetPrintFonts, type PrintFontSubset } from '../../scripts/lib/pdf/print-fonts.ts';
import { printFontFamilies, printFontSources } from '../../src/lib/print/fonts.ts';
import { guidebookProduct, pamphletProduct, type PrintProduct } from '../../src/lib/print/products.ts';

const page = (body: string, head = '') => `<!doctype html><html lang="ja"><head><title>見出しにない題</title>${head}</head><body>${body}</body></html>`;
const sheets = (files: Record<string, string>) => (href: string) => files[href];
/** The characters of a set beyond those every subset holds. */
const chars = (set: Set<string>) => [...set].filter((char) => !alwaysIncluded.includes(char)).sort().join('');

test('the text of a print page: its body in regular, bold only where a bold rule or the browser makes it so, the head left out', () => {
  const text = printPageText(page('<h1>表題</h1><p class="lead">強調<span class="plain">普通</span></p><p>本文</p>', '<link rel="stylesheet" href="/a.css">'), sheets({ '/a.css': '.lead{font-weight:700}.plain{font-weight:400}' }));
  // Everything counts as regular: a rule may set a bold element back (.plain), which only the browser knows.
  for (const char of '表題強調普通本文') expect(text.regular.has(char), char).toBe(true);
  expect(chars(text.bold)).toBe([...'表題強調普通'].sort().join(''));
  expect(text.regular.has('見')).toBe(false);
});

test('SVG text drawn bold by its font-weight attribute counts as bold', () => {
  const text = printPageText(page('<svg><text font-weight="bold">図の題</text><text>図の本文</text></svg>'), sheets({}));
  expect(chars(text.bold)).toBe([...'図の題'].sort().join(''));
});

test('generated text counts: content strings with escapes, attr() values, quotes, running heads in @page margins, and @import is followed', () => {
  const css = {
    '/a.css': '@import url("/b.css"); a[href^="http"]::after{content:" (" attr(href) ")"} q{quotes:"「" "」"} .note::before{content:"\\203B 注"}',
    '/b.css': '@page ch1 { @top-left { content: "第1章 協働"; font-weight: bold } }',
  };
  const text = printPageText(page('<p><a href="https://例.jp/">外</a></p>', '<link rel="stylesheet" href="/a.css">'), sheets(css));
  for (const char of ['※', '注', '第', '章', '協', '働', '例', '「', '」']) {
    expect(text.regular.has(char), char).toBe(true);
    expect(text.bold.has(char), char).toBe(true);
  }
});

test('CSS strings are read with their escapes, and selectors drop pseudo-elements and reader states', () => {
  expect(cssStrings(`"\\201C" 'it\\'s' "a\\"b"`)).toEqual(['“', "it's", 'a"b']);
  expect(printedElementsSelector('.toc a:hover::after')).toBe('.toc a');
  expect(printedElementsSelector('::before')).toBe('*');
  expect(printedElementsSelector('.a >::marker')).toBe('.a > *');
});

test('a bold rule whose selector cannot be matched makes every character bold, and is reported', () => {
  const text = printPageText(page('<p>普通の文</p>', '<link rel="stylesheet" href="/a.css">'), sheets({ '/a.css': 'p:nth-last-of-type(2n of .x){font-weight:700}' }));
  expect(text.unmatchedSelectors).toEqual(['p:nth-last-of-type(2n of .x)']);
  expect(text.bold.has('普')).toBe(true);
});

test('vertical writing in a stylesheet is noticed (the subset then keeps the vertical forms)', () => {
  expect(printPageText(page('<p>縦</p>', '<link rel="stylesheet" href="/a.css">'), sheets({ '/a.css': '.v{writing-mode:vertical-rl}' })).vertical).toBe(true);
  expect(printPageText(page('<p>横</p>'), sheets({})).vertical).toBe(false);
});

test('a subset packed as WOFF2 keeps exactly its characters, and reads back table for table', async () => {
  const regular = readFileSync(printFontSources()[400]!);
  expect(fontCharacters(regular).has('協'.codePointAt(0)!)).toBe(true);
  const sfnt = await subsetFont(regular, '協働の指針ABC', { targetFormat: 'sfnt', noHinting: true });
  const kept = fontCharacters(sfnt);
  for (const char of '協働の指針ABC') expect(kept.has(char.codePointAt(0)!), char).toBe(true);
  expect(kept.has('区'.codePointAt(0)!)).toBe(false);
  const woff2 = await sfntToWoff2(sfnt);
  expect(woff2.subarray(0, 4).toString('latin1')).toBe('wOF2');
  expect(woff2.readUInt32BE(8)).toBe(woff2.length);
  expect(woff2.length % 4).toBe(0);
  expect(woff2.length).toBeLessThan(sfnt.length);
  const tables = woff2Tables(woff2);
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  for (let index = 0; index < view.getUint16(4); index++) {
    const record = 12 + index * 16;
    const tag = sfnt.subarray(record, record + 4).toString('latin1');
    const original = sfnt.subarray(view.getUint32(record + 8), view.getUint32(record + 8) + view.getUint32(record + 12));
    expect(Buffer.from(tables.get(tag)!).equals(original), tag).toBe(true);
  }
  expect([...cmapCharacters(tables.get('cmap')!)].sort()).toEqual([...kept].sort());
});

/** A built site in miniature: a manifest and the print pages it names. */
function miniatureSite(pages: Record<string, string>, families: Record<string, PrintProduct['families']> = {}) {
  const site = mkdtempSync(join(tmpdir(), 'print-fonts-'));
  const products = [guidebookProduct('content/guidebook'), pamphletProduct('flyer', 'チラシ', 'flyer', 'content/pamphlets/flyer.mdx')].map((product) => ({ ...product, families: families[product.id] ?? product.families }));
  mkdirSync(join(site, 'print'), { recursive: true });
  writeFileSync(join(site, 'print/manifest.json'), JSON.stringify(products));
  for (const product of products) {
    mkdirSync(join(site, product.path), { recursive: true });
    writeFileSync(join(site, product.path, 'index.html'), page(pages[product.id] ?? '<p>本文</p>', `<link rel="stylesheet" href="${product.fonts}">`));
  }
  return { site, products };
}

/** A face of a subset by family name and weight. */
const face = (subset: PrintFontSubset, family: string, weight: 400 | 700) => subset.faces.find((item) => item.name === family && item.weight === weight)!;

test('each product gets its own subset, written into its font rules; the next build copies it unchanged', async () => {
  const { site, products } = miniatureSite({ guidebook: '<h1>職員向けガイドブック</h1><p>協働の進め方</p>', flyer: '<p>講演会のご案内</p>' });
  const logs: string[] = [];
  const subsets = await subsetPrintFonts(site, { log: (line) => logs.push(line) });
  const guidebook = subsets.get(products[0]!.fonts)!;
  const gothic400 = face(guidebook, 'BIZ UDPGothic', 400);
  expect(gothic400.characters.has('協')).toBe(true);
  expect(gothic400.characters.has('講')).toBe(false);
  expect(face(guidebook, 'BIZ UDPGothic', 700).characters.has('職')).toBe(true);
  expect(face(guidebook, 'BIZ UDPGothic', 700).characters.has('協')).toBe(false);
  const css = readFileSync(join(site, products[0]!.fonts), 'utf8');
  // Named from the rules' own folder (/print/fonts/pages/), so they work wherever the site is published.
  expect(css).toContain(`url(../subsets/${gothic400.href.split('/').at(-1)})`);
  const served = cmapCharacters(woff2Tables(readFileSync(join(site, gothic400.href))).get('cmap')!);
  for (const char of '協働の進め方') expect(served.has(char.codePointAt(0)!), char).toBe(true);
  expect(logs.join('\n')).not.toContain('前回');
  // The flyer prints in BIZ UDPGothic only: two faces, two rules.
  const flyer = subsets.get(products[1]!.fonts)!;
  expect(flyer.faces.map((item) => `${item.name} ${item.weight}`)).toEqual(['BIZ UDPGothic 400', 'BIZ UDPGothic 700']);
  expect(readFileSync(join(site, products[1]!.fonts), 'utf8').match(/@font-face/g)).toHaveLength(2);

  // The next build of the same pages takes the files from this one.
  const { site: next } = miniatureSite({ guidebook: '<h1>職員向けガイドブック</h1><p>協働の進め方</p>', flyer: '<p>講演会のご案内、変更</p>' });
  const again: string[] = [];
  const nextSubsets = await subsetPrintFonts(next, { previousDir: site, log: (line) => again.push(line) });
  expect(again.find((line) => line.includes('guidebook'))).toContain('前回のファイルを使いました');
  expect(again.find((line) => line.includes('flyer'))).not.toContain('前回');
  expect(nextSubsets.get(products[0]!.fonts)!.faces.map((item) => item.href)).toEqual(guidebook.faces.map((item) => item.href));
});

test('the guidebook gets one rule per family and weight: BIZ UDPGothic regular and bold, BIZ UDMincho regular with every character it may print', async () => {
  const { site, products } = miniatureSite({ guidebook: '<h1>職員向けガイドブック</h1><p>協働の進め方</p><p><strong>必ず</strong>確かめます</p>' });
  const guidebook = (await subsetPrintFonts(site, { log: () => {} })).get(products[0]!.fonts)!;
  expect(guidebook.faces.map((item) => `${item.name} ${item.weight}`)).toEqual(['BIZ UDPGothic 400', 'BIZ UDPGothic 700', 'BIZ UDMincho 400']);
  const css = readFileSync(join(site, products[0]!.fonts), 'utf8');
  // Each url() as the browser resolves it from the rules' own address.
  const rules = [...css.matchAll(/@font-face \{[^}]*font-family: '([^']+)';[^}]*font-weight: (\d+);[^}]*url\(([^)]+)\)/g)].map((match) => [match[1], match[2], new URL(match[3]!, `http://site${products[0]!.fonts}`).pathname]);
  expect(rules).toEqual([
    ['BIZ UDPGothic', '400', face(guidebook, 'BIZ UDPGothic', 400).href],
    ['BIZ UDPGothic', '700', face(guidebook, 'BIZ UDPGothic', 700).href],
    ['BIZ UDMincho', '400', face(guidebook, 'BIZ UDMincho', 400).href],
  ]);
  expect(face(guidebook, 'BIZ UDMincho', 400).href).toMatch(/^\/print\/fonts\/subsets\/guidebook-mincho-400\.[0-9a-f]{16}\.woff2$/);
  // The Mincho has no bold face: its regular face holds the bold characters too (and the body's).
  const mincho = face(guidebook, 'BIZ UDMincho', 400);
  for (const char of '職員向けガイドブック協働の進め方必ず確かめます') expect(mincho.characters.has(char), char).toBe(true);
  // …and the file really has them (read back from the font, not from the build's record).
  const served = cmapCharacters(woff2Tables(readFileSync(join(site, mincho.href))).get('cmap')!);
  for (const char of '職協働必') expect(served.has(char.codePointAt(0)!), char).toBe(true);
  // Bold text on a Mincho line is drawn from the Mincho's regular face; Gothic bold from its bold face.
  expect(subsetFace(guidebook, 'BIZ UDMincho', true)).toBe(mincho);
  expect(subsetFace(guidebook, 'BIZ UDPGothic', true)!.weight).toBe(700);
});

test('a subset is not reused when its family list changes: the record names each face by family and weight', async () => {
  const { site, products } = miniatureSite({ guidebook: '<p>協働</p>' });
  await subsetPrintFonts(site, { log: () => {} });
  const record = JSON.parse(readFileSync(join(site, 'print/fonts/.subsets.json'), 'utf8'));
  expect(record.version).toBe(2);
  expect(Object.keys(record.groups[products[0]!.fonts].faces)).toEqual(['gothic-400', 'gothic-700', 'mincho-400']);
  expect(Object.keys(record.groups[products[1]!.fonts].faces)).toEqual(['gothic-400', 'gothic-700']);

  // The same pages, but the guidebook printing in the Gothic only: its record is not taken over (it would bring the Mincho back).
  const { site: next } = miniatureSite({ guidebook: '<p>協働</p>' }, { guidebook: ['gothic'] });
  const again = await subsetPrintFonts(next, { previousDir: site, log: () => {} });
  expect(again.get(products[0]!.fonts)!.faces.map((item) => `${item.family}-${item.weight}`)).toEqual(['gothic-400', 'gothic-700']);
  const css = readFileSync(join(next, products[0]!.fonts), 'utf8');
  expect(css).not.toContain('BIZ UDMincho');
  expect(css.match(/@font-face/g)).toHaveLength(2);
  expect(Object.keys(JSON.parse(readFileSync(join(next, 'print/fonts/.subsets.json'), 'utf8')).groups[products[0]!.fonts].faces)).toEqual(['gothic-400', 'gothic-700']);
});

test('the print families: BIZ UDPGothic in two weights, BIZ UDMincho in regular, each from its TrueType file', () => {
  expect(printFontFamilies.gothic.name).toBe('BIZ UDPGothic');
  expect(printFontFamilies.mincho.name).toBe('BIZ UDMincho');
  const mincho = printFontSources(printFontFamilies.mincho);
  expect(Object.keys(mincho)).toEqual(['400']);
  expect(mincho[400]).toMatch(/@expo-google-fonts\/biz-udmincho\/400Regular\/BIZUDMincho_400Regular\.ttf$/);
  expect(fontCharacters(readFileSync(mincho[400]!)).has('協'.codePointAt(0)!)).toBe(true);
});

test('a character the typeface lacks stops the build, naming it, its code point, the page and the content file', async () => {
  const { site } = miniatureSite({ flyer: '<p>協働😀の輪</p>' });
  const failure = subsetPrintFonts(site, { log: () => {} });
  await expect(failure).rejects.toThrow(MissingGlyphFailure);
  await expect(failure).rejects.toThrow('content/pamphlets/flyer.mdx（印刷用ページ /print/pamphlets/flyer/）: 文字「😀」（U+1F600）は、印刷用の文字 BIZ UDPGothic（標準）にありません。');
});

test('a character missing from the fonts of the guidebook is named with each family that lacks it', async () => {
  const { site } = miniatureSite({ guidebook: '<p>協働😀の輪</p>' });
  await expect(subsetPrintFonts(site, { log: () => {} })).rejects.toThrow('content/guidebook（印刷用ページ /print/guidebook/）: 文字「😀」（U+1F600）は、印刷用の文字 BIZ UDPGothic（標準）・BIZ UDMincho（標準）にありません。');
});

test('the typeface rules of the guidebook: chapter body text in BIZ UDMincho; headings, bold, table heads, checklists, boxes, contents, cover, back cover and chapter openings in BIZ UDPGothic, after it', () => {
  const css = readFileSync(new URL('../../src/styles/print-guidebook-faces.css', import.meta.url), 'utf8');
  const rules: { selectors: string[]; family: string }[] = [];
  postcss.parse(css).walkDecls('font-family', (declaration) => {
    if (declaration.parent?.type === 'rule') rules.push({ selectors: (declaration.parent as postcss.Rule).selectors, family: declaration.value });
  });
  const mincho = rules.findIndex((rule) => rule.family === "'BIZ UDMincho', serif");
  const gothic = rules.findIndex((rule) => rule.family === "'BIZ UDPGothic', sans-serif");
  expect(mincho).toBeGreaterThanOrEqual(0);
  // The Gothic rule comes later, with the same specificity: it wins where both match (a paragraph in a case story).
  expect(gothic).toBeGreaterThan(mincho);
  expect(rules[mincho]!.selectors.join()).toMatch(/\.print-guidebook :where\(\.chapter\) :where\(p, li, td, blockquote, dd\)/);
  const gothicSelectors = rules[gothic]!.selectors.join(' ');
  for (const part of ['h1', 'h4', 'strong', 'b,', 'th', '.checklist', '.case-story', '.case-label', '.print-toc', '.cover', '.back-cover', '.chapter-opening', "[class^='toc-']"]) expect(gothicSelectors, part).toContain(part);
  // Running heads and page numbers: the margins of every page, styled where the book's pages are (print-guidebook.css).
  const pages = readFileSync(new URL('../../src/styles/print-guidebook.css', import.meta.url), 'utf8');
  for (const box of ['top-left', 'top-right', 'bottom-left', 'bottom-right']) expect(pages).toMatch(new RegExp(`@page \\{[^]*?@${box} \\{\\s*font-family: 'BIZ UDPGothic', sans-serif;`));
});
