import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.ts';
import { bookPage } from '../../scripts/lib/pdf/book/geometry.ts';
import { impose } from '../../scripts/lib/pdf/book/imposition.ts';
import { removeRunningHeads, RunningHeadFailure } from '../../scripts/lib/pdf/book/running-heads.ts';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { addBookReferences, type BookTargets } from '../../src/lib/print/book-references.ts';
import { markKeepWithNext as markTree } from '../../src/lib/print/keep-with-next.ts';
import { tightenJapaneseSpacing as tightenTree } from '../../src/lib/print/japanese-spacing.ts';

// The printed guidebook's parts that can be tested alone: how its links become references on
// paper, which paragraphs stay with what follows, where its blank pages go, and its page geometry.

const targets: BookTargets = {
  chapters: new Map([
    ['review', 'ch9'],
    ['process', 'ch3'],
  ]),
  templates: { appendix: 'templates-appendix', form: (id) => `appendix-${id}-title` },
  publicUrl: 'https://kyodo.example.jp/',
};
/** Runs one of the print document's changes on an HTML fragment, as src/site-data/guidebook-document.ts chains them on a chapter. */
const onFragment = (change: (tree: Root) => void) => (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  change(tree);
  return toHtml(tree);
};
const bookReferences = (html: string, targets: BookTargets) => onFragment((tree) => addBookReferences(tree, targets))(html);
const markKeepWithNext = onFragment(markTree);
const tightenJapaneseSpacing = onFragment(tightenTree);
const pageRef = (id: string) => `<span class="book-ref">（→ <span data-page-ref="${id}">00</span>ページ）</span>`;
const siteRef = (path: string) => `<span class="book-ref">（→ サイト ${path}）</span>`;

describe('references on paper', () => {
  test('a link to a chapter of the book points into the PDF and prints the page, once per chapter', () => {
    const html = bookReferences('<p><a href="/guidebook/review/">協働の振り返り</a>を読みます。<a href="/guidebook/review/">振り返り</a>の後で。</p>', targets);
    expect(html).toBe(`<p><a href="#ch9">協働の振り返り</a>${pageRef('ch9')}を読みます。<a href="#ch9">振り返り</a>の後で。</p>`);
  });

  test('a heading in a chapter, a heading of this chapter and a form of the appendix', () => {
    expect(bookReferences('<a href="/guidebook/process/#8つの段階">段階</a>', targets)).toBe(`<a href="#ch3-8つの段階">段階</a>${pageRef('ch3-8つの段階')}`);
    expect(bookReferences('<a href="#ch3-記録を残す">記録</a>', targets)).toBe(`<a href="#ch3-記録を残す">記録</a>${pageRef('ch3-記録を残す')}`);
    expect(bookReferences('<a href="/guidebook/templates/#agreement">協定書</a>', targets)).toBe(`<a href="#appendix-agreement-title">協定書</a>${pageRef('appendix-agreement-title')}`);
    expect(bookReferences('<a href="/guidebook/templates/">様式集</a>', targets)).toBe(`<a href="#templates-appendix">様式集</a>${pageRef('templates-appendix')}`);
  });

  test('a page that exists only on the site keeps its address and prints it; a glossary entry prints its term page', () => {
    expect(bookReferences('<a href="/forms/subsidy/">補助・助成</a>', targets)).toBe(`<a href="https://kyodo.example.jp/forms/subsidy/">補助・助成</a>${siteRef('/forms/subsidy/')}`);
    expect(bookReferences('<a href="/glossary/#kobo">公募</a>', targets)).toBe(`<a href="https://kyodo.example.jp/glossary/#kobo">公募</a>${siteRef('/glossary/kobo/')}`);
  });

  test('a glossary term in running text and a link to another site print nothing more', () => {
    expect(bookReferences('<a class="glossary-term" href="/glossary/kobo/">公募</a>', targets)).toBe('<a class="glossary-term" href="https://kyodo.example.jp/glossary/kobo/">公募</a>');
    expect(bookReferences('<a href="https://www.city.nerima.tokyo.jp/">練馬区</a>', targets)).toBe('<a href="https://www.city.nerima.tokyo.jp/">練馬区</a>');
  });
});

describe('paragraphs that stay with what follows', () => {
  test('a bold label alone and a list lead-in are marked; a paragraph that only starts in bold is not', () => {
    expect(markKeepWithNext('<p><strong>例</strong></p>\n<blockquote><p>第1条</p></blockquote>')).toBe('<p class="keep-with-next"><strong>例</strong></p>\n<blockquote><p>第1条</p></blockquote>');
    expect(markKeepWithNext('<p>次の点を確かめます。</p><ul><li>目的</li></ul>')).toBe('<p class="keep-with-next">次の点を確かめます。</p><ul><li>目的</li></ul>');
    expect(markKeepWithNext('<p>表のとおりです。</p><table></table>')).toBe('<p class="keep-with-next">表のとおりです。</p><table></table>');
    expect(markKeepWithNext('<p><strong>注意</strong>本文が続きます。</p><p>次の段落</p>')).toBe('<p><strong>注意</strong>本文が続きます。</p><p>次の段落</p>');
  });
});

test('a run-in head in bold is followed by no ASCII space after its punctuation, and by a full-width space without it', () => {
  expect(tightenJapaneseSpacing('<li><strong>共通の目的があること。</strong> 区の目的と</li>')).toBe('<li><strong>共通の目的があること。</strong>区の目的と</li>');
  expect(tightenJapaneseSpacing('<li><strong>相談</strong> 協働の始め方</li>')).toBe('<li><strong>相談</strong>\u3000協働の始め方</li>');
  expect(tightenJapaneseSpacing('<p>確かめます。 <strong>注意</strong></p>')).toBe('<p>確かめます。<strong>注意</strong></p>');
  // Latin text keeps its space.
  expect(tightenJapaneseSpacing('<p><strong>NPO</strong> と区</p>')).toBe('<p><strong>NPO</strong> と区</p>');
});

test('the page geometry the renderer measures with is the one the stylesheet sets', () => {
  const css = readFileSync(new URL('../../src/styles/print-guidebook.css', import.meta.url), 'utf8');
  const { marginTopMm: top, marginBottomMm: bottom, marginInsideMm: inside, marginOutsideMm: outside } = bookPage;
  // Right-hand pages by default (binding on the left), mirrored on left-hand pages.
  expect(css).toMatch(new RegExp(`@page \\{\\s*size: A4;\\s*margin: ${top}mm ${outside}mm ${bottom}mm ${inside}mm;`));
  expect(css).toMatch(new RegExp(`@page :left \\{\\s*margin-left: ${outside}mm;\\s*margin-right: ${inside}mm;`));
  expect(css).toMatch(new RegExp(`@page :right \\{\\s*margin-left: ${inside}mm;\\s*margin-right: ${outside}mm;`));
  // 40 characters of 10.5 pt: 420 pt of text between the margins, no less.
  expect(((210 - inside - outside) * 72) / 25.4).toBeGreaterThanOrEqual(420);
  expect(((210 - inside - outside) * 72) / 25.4).toBeLessThan(420 + 10.5);
});

test('the running head cannot be taken off a page Chromium did not write: the build stops and says why', async () => {
  const written = await PDFDocument.create();
  written.addPage([595, 842]).drawText('Hello', { x: 50, y: 800 });
  const document = await PDFDocument.load(await written.save());
  expect(() => removeRunningHeads(document, [0], 68)).toThrow(RunningHeadFailure);
  expect(() => removeRunningHeads(document, [0], 68)).toThrow(/1 ページ目: Chromium のページの書き方が想定と違う/);
});

describe('blank pages', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    page = await browser.newPage();
  });
  afterAll(async () => browser?.close());

  const book = '<main><section class="cover" id="cover"></section><nav></nav><article class="chapter" id="ch1"></article><article class="chapter" id="ch2"></article><article class="chapter" id="ch3"></article><section class="back-cover" id="back-cover"></section></main>';
  /** The order of the book's parts, blanks written as 「白」 with their reason. */
  const order = () => page.$$eval('main > *', (elements) => elements.map((element) => (element.classList.contains('book-blank') ? `白(${(element as HTMLElement).dataset.imposed})` : element.id || element.localName)));

  test('a chapter on a left-hand page gets a blank page before it, and the count is padded to four-page sheets', async () => {
    await page.setContent(book);
    // Pages 1-2 cover, 3-5 contents, ch1 on page 6 (left), ch2 on page 9 (right, after the shift: 10, left), ch3 on page 11, back cover page 14.
    const changes = await impose(page, { chapters: [{ id: 'ch1', pageIndex: 5 }, { id: 'ch2', pageIndex: 8 }, { id: 'ch3', pageIndex: 10 }], backCover: 13 });
    // ch1: index 5 → left: blank, now 6. ch2: 8 + 1 = 9 → left: blank, now 10. ch3: 10 + 2 = 12 → right.
    // Back cover: 13 + 2 = 15 → 16 pages: a multiple of 4 already.
    expect(await order()).toEqual(['cover', 'nav', '白(recto)', 'ch1', '白(recto)', 'ch2', 'ch3', 'back-cover']);
    expect(changes).toBe(2);
  });

  test('a blank page no longer needed is taken out again, and padding is recounted', async () => {
    await page.setContent(book);
    await impose(page, { chapters: [{ id: 'ch1', pageIndex: 5 }, { id: 'ch2', pageIndex: 6 }, { id: 'ch3', pageIndex: 8 }], backCover: 9 });
    // ch1 5 → blank (6); ch2 6 + 1 = 7 → blank (8); ch3 8 + 2 = 10 → right; back cover 9 + 2 = 11 → 12 pages.
    expect(await order()).toEqual(['cover', 'nav', '白(recto)', 'ch1', '白(recto)', 'ch2', 'ch3', 'back-cover']);
    // The text of ch1 grew by a page: rendered again, ch2 lands on index 9 (left) with its blank before it.
    const changes = await impose(page, { chapters: [{ id: 'ch1', pageIndex: 6 }, { id: 'ch2', pageIndex: 9 }, { id: 'ch3', pageIndex: 11 }], backCover: 12 });
    // ch2's blank goes (9 − 1 = 8, right); ch3 11 − 1 = 10, right; back cover 12 − 1 = 11 → 12 pages.
    expect(await order()).toEqual(['cover', 'nav', '白(recto)', 'ch1', 'ch2', 'ch3', 'back-cover']);
    expect(changes).toBe(1);
  });

  test('padding goes before the back cover', async () => {
    await page.setContent(book);
    await impose(page, { chapters: [{ id: 'ch1', pageIndex: 4 }, { id: 'ch2', pageIndex: 6 }, { id: 'ch3', pageIndex: 8 }], backCover: 10 });
    // Every chapter on a right-hand page; the back cover is page 11: one blank makes 12.
    expect(await order()).toEqual(['cover', 'nav', 'ch1', 'ch2', 'ch3', '白(padding)', 'back-cover']);
  });
});
