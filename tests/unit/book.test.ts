import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, test } from 'vitest';
import { destinationId, readDestinations } from '../../scripts/lib/pdf/book/destinations.ts';
import { finishBook } from '../../scripts/lib/pdf/book/finish-book.ts';
import { changedNumbers, pageNumberCss, pageNumbersOf } from '../../scripts/lib/pdf/book/page-numbers.ts';
import { findShortEnds, mendingCss, textBlocks } from '../../scripts/lib/pdf/book/paragraph-ends.ts';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { addBookReferences, type BookTargets } from '../../src/lib/print/book-references.ts';
import { bookPage, bookPageCss } from '../../src/lib/print/book-page.ts';
import { markKeepWithNext as markTree } from '../../src/lib/print/keep-with-next.ts';
import { tightenJapaneseSpacing as tightenTree } from '../../src/lib/print/japanese-spacing.ts';

// The printed guidebook's parts that can be tested alone: how its links become references on
// paper, which paragraphs stay with what follows, its page geometry, how the page numbers found by one
// layout are given to the next, and what the finishing step does to Vivliostyle's file.

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
const bookReferences = (html: string, targets: BookTargets) => onFragment((tree) => addBookReferences(tree, targets, 'ch5'))(html);
const markKeepWithNext = onFragment(markTree);
const tightenJapaneseSpacing = onFragment(tightenTree);
// The number is not in the HTML: the renderer gives it as style (page-numbers.ts).
const pageRef = (id: string) => `<span class="book-ref">（→ <span data-page-ref="${id}"></span>ページ）</span>`;
/** The note mark after a link to a page only the site has, and the chapter's notes at its end (here chapter 5's). */
const noteMark = (number: number) => `<sup class="site-note-ref">※${number}</sup>`;
const notes = (...entries: [label: string, address: string][]) =>
  `<aside class="site-notes" aria-labelledby="ch5-site-notes-title"><p id="ch5-site-notes-title" class="site-notes-title">この章で紹介したウェブサイトのページ</p><ol>${entries
    .map(([label, address], index) => `<li id="ch5-site-note-${index + 1}"><span class="site-note-mark">※${index + 1}</span>${label}<span class="site-note-address">${address}</span></li>`)
    .join('')}</ol></aside>`;

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

  test('a page that exists only on the site keeps its link and gets a note mark, once; its words and address (a glossary entry: its term page) are noted at the chapter\'s end', () => {
    expect(bookReferences('<p><a href="/forms/subsidy/">補助・助成</a>と<a href="/glossary/#kobo">公募</a>。<a href="/forms/subsidy/">補助</a>。</p>', targets)).toBe(
      `<p><a href="https://kyodo.example.jp/forms/subsidy/">補助・助成</a>${noteMark(1)}と<a href="https://kyodo.example.jp/glossary/#kobo">公募</a>${noteMark(2)}。<a href="https://kyodo.example.jp/forms/subsidy/">補助</a>。</p>${notes(['補助・助成', 'kyodo.example.jp/forms/subsidy/'], ['公募', 'kyodo.example.jp/glossary/kobo/'])}`,
    );
  });

  test('a glossary term in running text and a link to another site print nothing more', () => {
    expect(bookReferences('<a class="glossary-term" href="/glossary/kobo/">公募</a>', targets)).toBe('<a class="glossary-term" href="https://kyodo.example.jp/glossary/kobo/">公募</a>');
    expect(bookReferences('<a href="https://www.city.nerima.tokyo.jp/">練馬区</a>', targets)).toBe('<a href="https://www.city.nerima.tokyo.jp/">練馬区</a>');
  });
});

describe('references on paper, for a site published in a folder of the ward\'s domain', () => {
  const inFolder: BookTargets = { ...targets, publicUrl: 'https://www.city.example.jp/kusei/kyodo/' };
  test('chapters are found under the folder; a site page is noted with the folder in its address; the rest of the domain is another site', () => {
    expect(bookReferences('<a href="/kusei/kyodo/guidebook/review/">振り返り</a>', inFolder)).toBe(`<a href="#ch9">振り返り</a>${pageRef('ch9')}`);
    expect(bookReferences('<p><a href="/kusei/kyodo/forms/subsidy/">補助・助成</a>。</p>', inFolder)).toBe(
      `<p><a href="https://www.city.example.jp/kusei/kyodo/forms/subsidy/">補助・助成</a>${noteMark(1)}。</p>${notes(['補助・助成', 'www.city.example.jp/kusei/kyodo/forms/subsidy/'])}`,
    );
    expect(bookReferences('<a href="/kurashi/">暮らし</a>', inFolder)).toBe('<a href="/kurashi/">暮らし</a>');
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

test('the page rules are generated from the geometry the renderer measures with, and no stylesheet sets a margin of its own', () => {
  const css = bookPageCss();
  const { widthMm: width, heightMm: height, marginTopMm: top, marginBottomMm: bottom, marginInsideMm: inside, marginOutsideMm: outside } = bookPage;
  // Right-hand pages by default (binding on the left), mirrored on left-hand pages; the colophon splits the difference.
  expect(css).toContain(`@page { size: ${width}mm ${height}mm; margin: ${top}mm ${outside}mm ${bottom}mm ${inside}mm; }`);
  expect(css).toContain(`@page :left { margin-left: ${outside}mm; margin-right: ${inside}mm; }`);
  expect(css).toContain(`@page :right { margin-left: ${inside}mm; margin-right: ${outside}mm; }`);
  expect(css).toContain(`@page colophon { margin: ${top}mm ${(inside + outside) / 2}mm ${bottom}mm; }`);
  expect(css).toContain(`--book-margin-inside: ${inside}mm;`);
  // A4, as the colophon and the downloads page say.
  expect([width, height]).toEqual([210, 297]);
  // 40 characters of 10.5 pt: 420 pt of text between the margins, no less.
  expect(((width - inside - outside) * 72) / 25.4).toBeGreaterThanOrEqual(420);
  expect(((width - inside - outside) * 72) / 25.4).toBeLessThan(420 + 10.5);
  // The stylesheets read the margins; none writes one of its own.
  for (const file of ['print-guidebook.css', 'print-engine/guidebook.css']) {
    const sheet = readFileSync(new URL(`../../src/styles/${file}`, import.meta.url), 'utf8');
    expect(sheet, file).not.toMatch(/@page[^{]*\{[^@}]*\b(size|margin(-\w+)?):/);
    expect(sheet, file).not.toMatch(new RegExp(`\\b(${inside}|${outside})mm`));
  }
});

describe('page numbers from one layout to the next', () => {
  test('each referenced id gets its printed number as generated content, quoted, overriding the placeholder', () => {
    expect(pageNumberCss(new Map([['ch4', 23], ['ch1-この章の要点', 5], ['a"b', 7]]))).toBe(
      ['[data-page-ref="ch4"]::after { content: "23" !important; }', '[data-page-ref="ch1-この章の要点"]::after { content: "5" !important; }', '[data-page-ref="a\\"b"]::after { content: "7" !important; }'].join('\n'),
    );
  });

  test('a destination on the third page (index 2) is page 1; an id the layout did not place is missing', () => {
    const { numbers, missing } = pageNumbersOf(['ch1', 'ch2', 'gone'], new Map([['ch1', 6], ['ch2', 2], ['other', 9]]));
    expect([...numbers]).toEqual([['ch1', 5], ['ch2', 1]]);
    expect(missing).toEqual(['gone']);
  });

  test('the layouts agree when every number is the same', () => {
    expect(changedNumbers(new Map([['a', 1], ['b', 2]]), new Map([['b', 2], ['a', 1]]))).toEqual([]);
    expect(changedNumbers(new Map([['a', 1], ['b', 2]]), new Map([['a', 1], ['b', 3], ['c', 4]]))).toEqual(['b', 'c']);
  });

  test("Vivliostyle's destination names are the page's address with the id after #, other characters than letters and digits as :hhhh", () => {
    // As Vivliostyle 11.3.3 named them in the guidebook (the address of a local server).
    expect(destinationId('viv-id-http:003a:002f:002f127:002e0:002e0:002e1:003a4400:002fprint:002fguidebook:002f:0023ch1-:3053:306e:7ae0:306e:8981:70b9')).toBe('ch1-この章の要点');
    expect(destinationId('viv-id-http:003a:002f:002f127:002e0:002e0:002e1:003a4400:002fprint:002fguidebook:002f:0023back-cover')).toBe('back-cover');
    expect(destinationId('plain')).toBe('plain');
  });
});

/**
 * A stand-in for Vivliostyle's file: pages told apart by their heights (800, 801 …), a long
 * destination name on page 4 and a link to it on page 3, the <title>'s words as /Title.
 */
async function laidOut(pages: number): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  for (let index = 0; index < pages; index++) document.addPage([595, 800 + index]);
  const context = document.context;
  const long = `viv-id-http:003a:002f:002f127:002e0:002e0:002e1:003a4400:002fprint:002fguidebook:002f:0023${'ch4-:5354:50cd:306e:5f62:614b'.repeat(6)}`;
  const target = context.obj([document.getPage(3).ref, PDFName.of('XYZ'), null, null, null]);
  document.catalog.set(PDFName.of('Dests'), context.register(context.obj({ [long]: target })));
  const link = context.register(context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], Dest: PDFName.of(long) }));
  document.getPage(2).node.set(PDFName.of('Annots'), context.obj([link]));
  document.setTitle('職員向けガイドブック（印刷用） | 練馬区区民との協働指針');
  return document.save();
}

describe('the finished book', () => {
  // A layout of 10 pages: 表1 (800), 表2 (801), the text printed 1–6 (802–807), the colophon as page 7 (808), 表4 (809).
  const colophonLast = { colophon: 8 };

  test('the block is filled to whole signatures of 8 with copies of 表2 before the colophon; 表2 itself is left out; the reading copy keeps 表1 and 表4', async () => {
    const { bytes, padding, blockPages } = await finishBook(await laidOut(10), colophonLast, 'reading');
    expect([padding, blockPages]).toEqual([1, 8]);
    expect((await PDFDocument.load(bytes)).getPages().map((page) => page.getHeight())).toEqual([800, 802, 803, 804, 805, 806, 807, 801, 808, 809]);
  });

  test("the print shop's block has neither cover: 8 pages, the colophon last", async () => {
    const { bytes } = await finishBook(await laidOut(10), colophonLast, 'block');
    expect((await PDFDocument.load(bytes)).getPages().map((page) => page.getHeight())).toEqual([802, 803, 804, 805, 806, 807, 801, 808]);
  });

  test('a text of whole signatures gets no blank page, and a page the engine left between the colophon and 表4 goes', async () => {
    const whole = await finishBook(await laidOut(11), { colophon: 9 }, 'reading');
    expect(whole.padding).toBe(0);
    expect((await PDFDocument.load(whole.bytes)).getPageCount()).toBe(10);
    const stray = await finishBook(await laidOut(10), { colophon: 7 }, 'block');
    expect((await PDFDocument.load(stray.bytes)).getPages().map((page) => page.getHeight())).toEqual([802, 803, 804, 805, 806, 801, 801, 807]);
  });

  test('a PDF viewer shows 表1, then the printed numbers from 1, and 表4 last; title without 「（印刷用）」, language Japanese', async () => {
    const { bytes } = await finishBook(await laidOut(10), colophonLast, 'reading');
    const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
    expect(await pdf.getPageLabels()).toEqual(['表1', '1', '2', '3', '4', '5', '6', '7', '8', '表4']);
    const { info } = (await pdf.getMetadata()) as { info: { Title?: string; Language?: string } };
    await pdf.destroy();
    expect(info.Title).toBe('職員向けガイドブック | 練馬区区民との協働指針');
    expect((await PDFDocument.load(bytes)).catalog.get(PDFName.of('Lang'))).toEqual(PDFString.of('ja'));
  });

  test('destination names are short and leave out the address; the link still lands on its page', async () => {
    const raw = await laidOut(10);
    expect(readDestinations(await PDFDocument.load(raw))).toEqual(new Map([['ch4-協働の形態'.repeat(6), 3]]));
    const document = await PDFDocument.load((await finishBook(raw, colophonLast, 'reading')).bytes);
    const dests = document.catalog.lookup(PDFName.of('Dests'), PDFDict);
    const names = dests.keys().map((key) => key.decodeText());
    expect(names).toEqual(['d0']);
    // 表2 is gone: the page of the link (printed 1) is now the second, its target (printed 2) the third.
    const annots = document.getPage(1).node.lookup(PDFName.of('Annots'), PDFArray);
    const link = annots.lookup(0, PDFDict);
    expect(link.get(PDFName.of('Dest'))).toBe(PDFName.of('d0'));
    expect(readDestinations(document)).toEqual(new Map([['d0', 2]]));
  });
});

describe('paragraphs that end in a line of a few characters', () => {
  const forty = '区と団体は互いの考えを尊重し対等な関係で協働します。そのために目的を共有しておく'; // 40 characters
  const html = `<main><article class="chapter" id="ch1"><header class="chapter-opening"><h1>協働を理解する</h1></header><p>${forty}します。</p><ul><li>${forty}${forty}す。</li><li>${forty.slice(0, 20)}</li></ul><table><tr><td><p>表の中</p></td></tr></table></article></main>`;
  const blocks = textBlocks(fromHtml(html));
  const line = (text: string) => ({ text, baseline: 0, bottom: 0 });

  test('the paragraphs and list items of a chapter, by a selector from its id; not its opening, not a table cell', () => {
    expect(blocks.map((block) => block.selector)).toEqual(['article[id="ch1"] > :nth-child(2)', 'article[id="ch1"] > :nth-child(3) > :nth-child(1)', 'article[id="ch1"] > :nth-child(3) > :nth-child(2)']);
    expect(blocks[0]!.text).toBe(`${forty}します。`);
  });

  test('found line by line in a layout (list markers dropped, across a page break), those ending in 3 characters or fewer', () => {
    const pages = [[line(forty), line('します。')], [line(`• ${forty}`), line(forty)], [line('す。'), line(`• ${forty.slice(0, 20)}`)]];
    const { found, short } = findShortEnds(pages, blocks);
    expect(found).toBe(3);
    expect(short.map(({ block, lines, last, measure }) => [block.selector, lines, last, measure])).toEqual([['article[id="ch1"] > :nth-child(3) > :nth-child(1)', 3, 2, 40]]);
  });

  test('letter-spacing to draw the short line in: its closing 。 hangs, so 1 character in 80 (+0.005em of margin); none beyond 0.035em', () => {
    const pages = [[line(forty), line('します。')], [line(`• ${forty}`), line(forty)], [line('す。'), line(`• ${forty.slice(0, 20)}`)]];
    const { short } = findShortEnds(pages, blocks);
    expect(mendingCss(short)).toEqual({ css: 'article[id="ch1"] > :nth-child(3) > :nth-child(1) { letter-spacing: -0.018em !important; }', mended: 1 });
    // Two lines ending in 1 character without punctuation: 1/40 + 0.005 = 0.03 to draw in.
    expect(mendingCss([{ block: { selector: 'p', text: 'あいう' }, lines: 2, last: 1, measure: 40 }]).css).toBe('p { letter-spacing: -0.03em !important; }');
    // Three characters over one line of 40 without punctuation: drawing in needs 0.08em; spreading, (4 − 3)/40 + 0.005 = 0.03.
    expect(mendingCss([{ block: { selector: 'p', text: 'あいう' }, lines: 2, last: 3, measure: 40 }]).css).toBe('p { letter-spacing: 0.03em !important; }');
    // One character under a line of 20: 0.055 either way, too much.
    expect(mendingCss([{ block: { selector: 'p', text: 'あ' }, lines: 2, last: 1, measure: 20 }])).toEqual({ css: '', mended: 0 });
  });
});
