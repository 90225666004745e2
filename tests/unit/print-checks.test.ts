import { expect, test } from 'vitest';
import { checkPdf, PrintCheckFailure } from '../../scripts/lib/pdf/checks.ts';
import { printedPageNumber } from '../../scripts/lib/pdf/book/page-numbers.ts';
import { mmToPt, pamphletProduct, formatFileSize } from '../../src/lib/print/products.ts';
import type { PdfInspection } from '../../scripts/lib/pdf/inspect-pdf.ts';

const trifold = pamphletProduct('about-trifold', '題', 'trifold', 'content/pamphlets/about-trifold.mdx');
const landscape = { width: mmToPt(297), height: mmToPt(210) };
const good: PdfInspection = {
  pages: [landscape, landscape],
  fonts: [{ name: 'AAAAAA+BIZUDPGothic-Regular', subtype: 'CIDFontType2' }],
  tagged: true,
  outlineItems: 0,
  destinations: new Map(),
};

test('a PDF that is what the product promises passes', () => {
  expect(() => checkPdf(trifold, good)).not.toThrow();
});

test('a wrong page count fails, naming the document, its source and the check', () => {
  expect(() => checkPdf(trifold, { ...good, pages: [landscape, landscape, landscape] })).toThrow(
    'about-trifold.pdf（content/pamphlets/about-trifold.mdx）: ページ数: 2 ページのはずが 3 ページあります。',
  );
});

test('a portrait page in a landscape product fails the page size check', () => {
  expect(() => checkPdf(trifold, { ...good, pages: [landscape, { width: landscape.height, height: landscape.width }] })).toThrow(/用紙の大きさ: 2 ページ目が 595\.3 × 841\.9 pt です/);
});

test('a Type 3 font fails: a character fell back to a system font', () => {
  const fonts = [...good.fonts, { name: '(名前なし)', subtype: 'Type3' }];
  expect(() => checkPdf(trifold, { ...good, fonts })).toThrow(PrintCheckFailure);
  expect(() => checkPdf(trifold, { ...good, fonts })).toThrow(/フォント: Type 3 フォントが 1 個あります/);
});

test('a font other than the print typeface fails', () => {
  expect(() => checkPdf(trifold, { ...good, fonts: [{ name: 'BAAAAA+NotoSansCJKjp-Regular', subtype: 'CIDFontType2' }] })).toThrow(/BIZ UDPGothic 以外のフォント/);
});

test('an untagged PDF fails', () => {
  expect(() => checkPdf(trifold, { ...good, tagged: false })).toThrow(/タグ付きPDF/);
});

test('the cover and its blank inside are not counted: the third physical page (index 2) is page 1', () => {
  expect(printedPageNumber(2)).toBe(1);
  expect(printedPageNumber(11)).toBe(10);
});

test('file sizes read the way people expect', () => {
  expect(formatFileSize(1_840_000)).toBe('1.8 MB');
  expect(formatFileSize(321_400)).toBe('321 KB');
});
