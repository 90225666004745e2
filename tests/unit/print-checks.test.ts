import { expect, test } from 'vitest';
import { checkPdf, PrintCheckFailure } from '../../scripts/lib/pdf/checks.ts';
import { printedPageNumber } from '../../scripts/lib/pdf/book/page-numbers.ts';
import { guidebookProduct, pamphletProduct, formatFileSize } from '../../src/lib/print/products.ts';
import type { PdfInspection } from '../../scripts/lib/pdf/inspect-pdf.ts';

/** Millimetres to PDF points, written out here rather than taken from the code under test. */
const mmToPt = (mm: number) => (mm * 72) / 25.4;

const trifold = pamphletProduct('about-trifold', '題', 'trifold', 'content/pamphlets/about-trifold.mdx');
const landscape = { width: mmToPt(297), height: mmToPt(210) };
const good: PdfInspection = {
  pages: [landscape, landscape],
  fonts: [{ name: 'AAAAAA+BIZUDPGothic-Regular', subtype: 'CIDFontType2' }],
  tagged: true,
  outlineItems: 0,
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

test('the fonts allowed are those of the families the product prints in: the guidebook may embed BIZ UDMincho, a pamphlet may not', () => {
  const guidebook = { ...guidebookProduct('content/guidebook'), pages: 2, size: { widthMm: 297, heightMm: 210 }, book: false };
  const fonts = [...good.fonts, { name: 'AAAAAA+BIZUDPGothic-Bold', subtype: 'CIDFontType2' }, { name: 'CAAAAA+BIZUDMincho-Regular', subtype: 'CIDFontType2' }];
  expect(() => checkPdf(guidebook, { ...good, fonts })).not.toThrow();
  expect(() => checkPdf(trifold, { ...good, fonts })).toThrow('about-trifold.pdf（content/pamphlets/about-trifold.mdx）: フォント: BIZ UDPGothic 以外のフォントが使われています: CAAAAA+BIZUDMincho-Regular');
  // The proportional Mincho is another family, not the guidebook's.
  expect(() => checkPdf(guidebook, { ...good, fonts: [...fonts, { name: 'DAAAAA+BIZUDPMincho-Regular', subtype: 'CIDFontType2' }] })).toThrow(/フォント: BIZ UDPGothic・BIZ UDMincho 以外のフォントが使われています: DAAAAA\+BIZUDPMincho-Regular/);
  expect(() => checkPdf(guidebook, { ...good, fonts: [...fonts, { name: '(名前なし)', subtype: 'Type3' }] })).toThrow(/Type 3 フォントが 1 個あります。印刷用の文字（BIZ UDPGothic・BIZ UDMincho）にない文字/);
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
