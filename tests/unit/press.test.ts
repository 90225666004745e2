import { cmyk, decodePDFRawStream, PDFDocument, PDFRawStream, rgb, StandardFonts, type Color } from 'pdf-lib';
import { expect, test } from 'vitest';
import { draftMarkLine, drawFoldMarks, preflight } from '../../scripts/lib/pdf/press.ts';

// The preflight is given PDFs built here by hand, shaped as the print engine writes them: the
// reading version at the finished size, and the press version on a sheet 16 mm larger on every
// side (3 mm of bleed, 13 mm for the marks) with its TrimBox and BleedBox.

const mmToPt = (mm: number) => (mm * 72) / 25.4;
const ptToMm = (pt: number) => (pt * 25.4) / 72;
const a4 = [{ widthMm: 210, heightMm: 297, foldsMm: [] }];
const embeddedFont = [{ name: 'AAAAAA+BIZUDPGothic-Regular', subtype: 'CIDFontType2' }];

interface Drawing {
  /** Where the word stands, from the trim's left edge. */
  fromEdgeMm?: number;
  /** How many times the word is drawn (a bleed made by drawing the page again draws it twice). */
  copies?: number;
  colour?: Color;
}

async function a4Pdf({ fromEdgeMm = 20, copies = 1, colour = cmyk(0, 0, 0, 1) }: Drawing, pressSheet: boolean): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const offset = pressSheet ? mmToPt(16) : 0;
  const page = document.addPage([mmToPt(210) + 2 * offset, mmToPt(297) + 2 * offset]);
  if (pressSheet) {
    page.setTrimBox(offset, offset, mmToPt(210), mmToPt(297));
    page.setBleedBox(offset - mmToPt(3), offset - mmToPt(3), mmToPt(216), mmToPt(303));
  }
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let copy = 0; copy < copies; copy++) page.drawText('Kyodo', { x: offset + mmToPt(fromEdgeMm) + copy * 7, y: offset + mmToPt(150), size: 12, font, color: colour });
  return document.save();
}

const failedChecks = async (press: Drawing, reading: Drawing = {}, pages = a4, fonts = embeddedFont) =>
  (await preflight(await a4Pdf(press, true), await a4Pdf(reading, false), pages, fonts)).filter((line) => !line.ok);

test('the preflight passes a press PDF with its boxes, its text once and in ink', async () => {
  expect(await failedChecks({})).toEqual([]);
});

test('the preflight fails text closer than 3 mm to the trim, and says how close', async () => {
  const failed = await failedChecks({ fromEdgeMm: 1 }, { fromEdgeMm: 1 });
  expect(failed.map((line) => line.check)).toEqual(['文字の位置']);
  expect(failed[0]!.detail).toMatch(/^仕上がりの端から最も近い文字まで 1\.0 mm/);
});

test('the preflight fails text drawn twice, as a bleed made by drawing the page again would draw it', async () => {
  const failed = await failedChecks({ copies: 2 });
  expect(failed.map((line) => line.check)).toEqual(['文字は一度だけ']);
  expect(failed[0]!.detail).toContain('1 ページ');
});

test('the preflight fails anything painted in RGB', async () => {
  const failed = await failedChecks({ colour: rgb(0.1, 0.1, 0.1) });
  expect(failed.map((line) => line.check)).toEqual(['色']);
  expect(failed[0]!.detail).toMatch(/^RGB の塗り [1-9]/);
});

test('the preflight fails a Type 3 font and a finished size that is not the product’s', async () => {
  const a3 = [{ widthMm: 297, heightMm: 420, foldsMm: [] }];
  const failed = await failedChecks({}, {}, a3, [{ name: 'x', subtype: 'Type3' }]);
  expect(failed.map((line) => line.check)).toEqual(['1 ページの仕上がり（TrimBox）', 'フォント']);
});

test('fold marks stand at each fold, above and below the sheet, outside the bleed, in all four inks', async () => {
  const document = await PDFDocument.load(await a4Pdf({}, true));
  drawFoldMarks(document, [{ widthMm: 297, heightMm: 210, foldsMm: [97, 197] }]);
  const saved = await PDFDocument.load(await document.save());
  const marks = [...saved.context.enumerateIndirectObjects()]
    .flatMap(([, object]) => (object instanceof PDFRawStream ? [new TextDecoder('latin1').decode(decodePDFRawStream(object).decode())] : []))
    .join('\n');
  // Registration colour: every ink at full strength.
  expect(marks).toMatch(/1 1 1 1 K/);
  // Each fold's x, in points from the sheet's left edge: 16 mm to the trim, then the fold.
  for (const fold of [97, 197]) {
    const x = mmToPt(16 + fold);
    const lines = [...marks.matchAll(/([\d.]+) ([\d.]+) m\s+([\d.]+) ([\d.]+) l/g)].filter((match) => Math.abs(Number(match[1]) - x) < 0.01);
    expect(lines.length, `fold at ${fold} mm`).toBe(2);
    // Both outside the bleed: below the sheet's bottom bleed edge, above its top one.
    for (const match of lines) {
      const [y1, y2] = [ptToMm(Number(match[2])), ptToMm(Number(match[4]))];
      const outsideBleed = Math.max(y1, y2) <= 13 || Math.min(y1, y2) >= 16 + 297 + 3;
      expect(outsideBleed, `${y1.toFixed(1)}–${y2.toFixed(1)} mm`).toBe(true);
    }
  }
});

// The draft mark (scripts/lib/pdf/draft-mark.ts): the preflight's line on it, from the marks pdf.js found on each page.
const trimA4 = { x: mmToPt(16), y: mmToPt(16), width: mmToPt(210), height: mmToPt(297) };
const slugMark = { x: trimA4.x + mmToPt(10), y: trimA4.y - mmToPt(8), width: mmToPt(17), height: mmToPt(2.5) };
const footMark = { x: mmToPt(96), y: mmToPt(10), width: mmToPt(17), height: mmToPt(2.5) };

test('draft mark: a draft’s press pages each carry it once, outside the trim', () => {
  expect(draftMarkLine([{ marks: [slugMark] }, { marks: [slugMark] }], [{ marks: [footMark] }, { marks: [footMark] }], [trimA4, trimA4]).ok).toBe(true);
});

test('draft mark: inside the trim, twice, or missing on a press page fails the line, naming the page', () => {
  const inside = { ...slugMark, y: trimA4.y + mmToPt(4) };
  for (const press of [[{ marks: [slugMark] }, { marks: [inside] }], [{ marks: [slugMark] }, { marks: [slugMark, slugMark] }], [{ marks: [slugMark] }, { marks: [] }]]) {
    const line = draftMarkLine(press, [{ marks: [footMark] }, { marks: [footMark] }], [trimA4, trimA4]);
    expect(line.ok).toBe(false);
    expect(line.detail).toContain('2 ページ');
  }
});

test('draft mark: a release’s press version must carry none', () => {
  expect(draftMarkLine([{ marks: [] }], [{ marks: [] }], [trimA4]).ok).toBe(true);
  expect(draftMarkLine([{ marks: [slugMark] }], [{ marks: [] }], [trimA4]).ok).toBe(false);
});
