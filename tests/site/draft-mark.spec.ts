import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir } from '../helpers/site.ts';
import { mm, pageSizes, pageWords, pdfInfo, trimBoxes, type PdfWord } from '../helpers/pdf.ts';
import { t } from '../../src/lib/i18n/ja.ts';
import { draftMarkText } from '../../scripts/lib/pdf/press.ts';

// The tests' site is a draft build (npm test builds without --release): every page of every PDF
// it hands out says 「公開前の確認用」, so a printed draft is never taken for the real thing. A
// release says it nowhere: tests/site/build-safety.spec.ts.

const downloads = join(distDir, 'downloads');
const pdfs = [
  ...readdirSync(downloads).filter((file) => file.endsWith('.pdf')),
  ...readdirSync(join(downloads, 'templates'))
    .filter((file) => file.endsWith('.pdf'))
    .map((file) => join('templates', file)),
];

const overlaps = (a: PdfWord, b: PdfWord) => a.xMin < b.xMax && b.xMin < a.xMax && a.yMin < b.yMax && b.yMin < a.yMax;

test('the draft mark in the print styles is the site’s own words for a draft', () => {
  expect(draftMarkText).toBe(t('draft.label'));
  expect(draftMarkText).toBe('公開前の確認用');
});

test('a draft build hands out PDFs of every kind', () => {
  for (const kind of ['kyodo-guidebook.pdf', 'kyodo-guidebook-press.pdf', 'kyodo-guidebook-cover-press.pdf', 'lecture-flyer.pdf', 'lecture-flyer-blank.pdf', 'lecture-flyer-press.pdf', join('templates', 'agreement.pdf')]) {
    expect(pdfs).toContain(kind);
  }
});

for (const pdf of pdfs) {
  const press = pdf.endsWith('-press.pdf');
  test(`${pdf}: every page says ${press ? '「公開前の確認用」 once, outside the trim (in the slug)' : '「公開前の確認用」 in its foot, clear of the folio and the text'}`, () => {
    const file = join(downloads, pdf);
    const pages = pdfInfo(file).pages;
    const sizes = pageSizes(file);
    const trims = press ? trimBoxes(file) : [];
    for (let page = 1; page <= pages; page++) {
      const words = pageWords(file, page);
      const marks = words.filter((word) => word.text.includes(draftMarkText));
      expect(marks, `${pdf} page ${page}`).toHaveLength(1);
      const mark = marks[0]!;
      if (press) {
        // Wholly outside the TrimBox (the trimming cuts it off), and on the sheet.
        const trim = trims[page - 1]!;
        const outside = mark.yMin >= trim.y1 || mark.yMax <= trim.y0 || mark.xMin >= trim.x1 || mark.xMax <= trim.x0;
        expect(outside, `${pdf} page ${page}: ${JSON.stringify({ mark, trim })}`).toBe(true);
        expect(mark.yMax, `${pdf} page ${page}`).toBeLessThanOrEqual(sizes[page - 1]!.height);
        // Beyond the 3 mm of bleed, where nothing of the page is printed.
        expect(mark.yMin - trim.y1, `${pdf} page ${page}`).toBeGreaterThan(mm(3));
        continue;
      }
      // In the foot of the page: within its lowest 25 mm, at least 3 mm above its edge …
      const height = sizes[page - 1]!.height;
      expect(mark.yMin, `${pdf} page ${page}`).toBeGreaterThanOrEqual(height - mm(25));
      expect(mark.yMax, `${pdf} page ${page}`).toBeLessThanOrEqual(height - mm(3));
      // … over no other text, and with nothing below it but what shares its line beside it (the folio).
      for (const word of words.filter((other) => other !== mark)) {
        expect(overlaps(word, mark), `${pdf} page ${page}: 「${word.text}」`).toBe(false);
        if (word.yMax > mark.yMin + 1) expect(word.xMax <= mark.xMin || word.xMin >= mark.xMax, `${pdf} page ${page}: 「${word.text}」 below the mark`).toBe(true);
      }
    }
  });
}
