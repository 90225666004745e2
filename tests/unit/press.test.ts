import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expect, test } from 'vitest';
import { makePressPdf, pageBoxes, preflight } from '../../scripts/lib/pdf/press.ts';
import { mmToPt } from '../../src/lib/print/products.ts';

/** An A4 page with one word at `fromEdgeMm` from the left edge. */
async function a4WithText(fromEdgeMm: number): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([mmToPt(210), mmToPt(297)]);
  page.drawText('Kyodo', { x: mmToPt(fromEdgeMm), y: mmToPt(150), size: 12, font: await document.embedFont(StandardFonts.Helvetica) });
  return document.save();
}

const a4 = [{ widthMm: 210, heightMm: 297, foldsMm: [] }];
const embeddedFont = [{ name: 'AAAAAA+BIZUDPGothic-Regular', subtype: 'CIDFontType2' }];
const mm = (pt: number) => (pt * 25.4) / 72;

test('the press version has the finished size as TrimBox, 3 mm of bleed around it, and room for the marks', async () => {
  const [box] = await pageBoxes(await makePressPdf(await a4WithText(20), a4));
  expect([mm(box!.trim.width), mm(box!.trim.height)].map(Math.round)).toEqual([210, 297]);
  expect(mm(box!.trim.x - box!.bleed.x)).toBeCloseTo(3, 1);
  expect(mm(box!.bleed.y + box!.bleed.height - box!.trim.y - box!.trim.height)).toBeCloseTo(3, 1);
  // 3 mm of bleed and 10 mm for the marks on every side: 236 × 323 mm.
  expect([mm(box!.media.width), mm(box!.media.height)].map(Math.round)).toEqual([236, 323]);
});

test('the preflight passes a good press PDF and fails text closer than 3 mm to the trim', async () => {
  const good = await a4WithText(20);
  const report = await preflight(await makePressPdf(good, a4), good, a4, embeddedFont);
  expect(report.filter((line) => !line.ok)).toEqual([]);
  const tight = await a4WithText(1);
  const failed = (await preflight(await makePressPdf(tight, a4), tight, a4, embeddedFont)).filter((line) => !line.ok);
  expect(failed.map((line) => line.check)).toEqual(['文字の位置']);
  expect(failed[0]!.detail).toMatch(/^仕上がりの端から最も近い文字まで 1\.0 mm/);
});

test('the preflight fails a Type 3 font and a finished size that is not the product’s', async () => {
  const good = await a4WithText(20);
  const a3 = [{ widthMm: 297, heightMm: 420, foldsMm: [] }];
  const failed = (await preflight(await makePressPdf(good, a4), good, a3, [{ name: 'x', subtype: 'Type3' }])).filter((line) => !line.ok).map((line) => line.check);
  expect(failed).toEqual(['1 ページの仕上がり（TrimBox）', 'フォント']);
});
