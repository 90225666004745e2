import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { mmToPt } from '../../../src/lib/print/products.ts';

/** What a print shop asks of a PDF (the usual Japanese 入稿 rules): 3 mm of bleed, marks outside it. */
export const press = {
  /** Background carried past the trim on every side. */
  bleedMm: 3,
  /** Room beyond the bleed for the crop, centre and fold marks. */
  slugMm: 10,
  /** Length of each mark. */
  markMm: 7,
  /** Text must stand at least this far inside the trim. */
  safeMm: 3,
} as const;

/** One printed page of the finished product, and where its folds are (mm from the left). */
export interface PressPage {
  widthMm: number;
  heightMm: number;
  foldsMm: readonly number[];
}

const black = rgb(0, 0, 0);

/** Draws a line in millimetres from the page's lower left corner. */
function line(page: PDFPage, x1: number, y1: number, x2: number, y2: number, dashed = false) {
  page.drawLine({ start: { x: mmToPt(x1), y: mmToPt(y1) }, end: { x: mmToPt(x2), y: mmToPt(y2) }, thickness: 0.25, color: black, ...(dashed ? { dashArray: [2, 2] } : {}) });
}

/**
 * Turns a PDF rendered at the finished size into the print shop's version: each page on a larger
 * sheet with 3 mm of bleed, the background carried into the bleed, Japanese crop marks (トンボ:
 * corner marks at the trim and the bleed, centre marks on every side), fold marks outside the
 * trim, and the TrimBox and BleedBox written into the file.
 *
 * Chromium prints no bleed, so the bleed is drawn here: under the page, the same page slightly
 * enlarged from its centre, so that what touches an edge (a coloured band) runs on past it, while
 * the page itself, opaque, covers the rest.
 */
export async function makePressPdf(trimPdf: Uint8Array, pages: readonly PressPage[]): Promise<Uint8Array> {
  const source = await PDFDocument.load(trimPdf);
  const output = await PDFDocument.create();
  const embedded = await output.embedPages(source.getPages());
  const margin = press.bleedMm + press.slugMm;
  embedded.forEach((content, index) => {
    const { widthMm, heightMm, foldsMm } = pages[index] ?? pages.at(-1)!;
    const page = output.addPage([mmToPt(widthMm + 2 * margin), mmToPt(heightMm + 2 * margin)]);
    const bleed = press.bleedMm;
    page.drawPage(content, { x: mmToPt(margin - bleed), y: mmToPt(margin - bleed), width: mmToPt(widthMm + 2 * bleed), height: mmToPt(heightMm + 2 * bleed) });
    page.drawPage(content, { x: mmToPt(margin), y: mmToPt(margin), width: mmToPt(widthMm), height: mmToPt(heightMm) });
    page.setTrimBox(mmToPt(margin), mmToPt(margin), mmToPt(widthMm), mmToPt(heightMm));
    page.setBleedBox(mmToPt(margin - bleed), mmToPt(margin - bleed), mmToPt(widthMm + 2 * bleed), mmToPt(heightMm + 2 * bleed));

    const [left, bottom, right, top] = [margin, margin, margin + widthMm, margin + heightMm];
    const gap = bleed + 1;
    const outer = gap + press.markMm;
    // Corner marks (二重トンボ): at each corner, lines along the trim and along the bleed, outside the bleed.
    for (const [x, y, sx, sy] of [[left, bottom, -1, -1], [right, bottom, 1, -1], [left, top, -1, 1], [right, top, 1, 1]] as const) {
      for (const offset of [0, bleed]) {
        line(page, x + sx * offset, y + sy * gap, x + sx * offset, y + sy * outer);
        line(page, x + sx * gap, y + sy * offset, x + sx * outer, y + sy * offset);
      }
    }
    // Centre marks (センタートンボ): a cross outside the bleed at the middle of each side.
    const [midX, midY] = [(left + right) / 2, (bottom + top) / 2];
    for (const y of [bottom - gap - press.markMm / 2, top + gap + press.markMm / 2]) {
      line(page, midX, y - press.markMm / 2, midX, y + press.markMm / 2);
      line(page, midX - press.markMm / 2, y, midX + press.markMm / 2, y);
    }
    for (const x of [left - gap - press.markMm / 2, right + gap + press.markMm / 2]) {
      line(page, x - press.markMm / 2, midY, x + press.markMm / 2, midY);
      line(page, x, midY - press.markMm / 2, x, midY + press.markMm / 2);
    }
    // Fold marks (折りトンボ): dashed, above and below the sheet, outside the bleed.
    for (const fold of foldsMm) {
      line(page, left + fold, bottom - gap, left + fold, bottom - outer, true);
      line(page, left + fold, top + gap, left + fold, top + outer, true);
    }
  });
  output.setTitle(source.getTitle() ?? '');
  return output.save();
}

/** The boxes of each page of a PDF, in points: [x, y, width, height]. */
export async function pageBoxes(bytes: Uint8Array) {
  const document = await PDFDocument.load(bytes);
  return document.getPages().map((page) => ({ media: page.getMediaBox(), trim: page.getTrimBox(), bleed: page.getBleedBox() }));
}

/**
 * How far the text of each page stands inside the page's edges at the closest, in millimetres,
 * measured on the PDF at the finished size (the press version draws the page twice, once hidden).
 */
export async function textClearanceMm(trimPdf: Uint8Array): Promise<number[]> {
  const pdf = await getDocument({ data: trimPdf.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const clearances: number[] = [];
  for (let index = 0; index < pdf.numPages; index++) {
    const page = await pdf.getPage(index + 1);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    let closest = Number.POSITIVE_INFINITY;
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , , x, y] = item.transform as number[];
      closest = Math.min(closest, x! - x0, y! - y0, x1 - (x! + item.width), y1 - (y! + item.height));
    }
    clearances.push((closest * 25.4) / 72);
  }
  await pdf.destroy();
  return clearances;
}

/** One line of the preflight report, and whether it passed. */
export interface PreflightLine {
  check: string;
  ok: boolean;
  detail: string;
}

/**
 * Checks a press PDF as a print shop's preflight would: each page's TrimBox is the finished size,
 * its BleedBox 3 mm outside it, the MediaBox holds both and the marks; every font embedded and
 * none Type 3; all text at least 3 mm inside the trim. Returns the report, line by line.
 */
export async function preflight(pressPdf: Uint8Array, trimPdf: Uint8Array, pages: readonly PressPage[], fonts: readonly { name: string; subtype: string }[]): Promise<PreflightLine[]> {
  const boxes = await pageBoxes(pressPdf);
  const mm = (pt: number) => (pt * 25.4) / 72;
  const near = (a: number, b: number) => Math.abs(a - b) < 0.2;
  const lines: PreflightLine[] = [];
  boxes.forEach((box, index) => {
    const { widthMm, heightMm } = pages[index] ?? pages.at(-1)!;
    const trimOk = near(mm(box.trim.width), widthMm) && near(mm(box.trim.height), heightMm);
    lines.push({ check: `${index + 1} ページの仕上がり（TrimBox）`, ok: trimOk, detail: `${mm(box.trim.width).toFixed(1)} × ${mm(box.trim.height).toFixed(1)} mm（${widthMm} × ${heightMm} mm のはず）` });
    const bleeds = [box.trim.x - box.bleed.x, box.trim.y - box.bleed.y, box.bleed.x + box.bleed.width - (box.trim.x + box.trim.width), box.bleed.y + box.bleed.height - (box.trim.y + box.trim.height)].map(mm);
    lines.push({ check: `${index + 1} ページの塗り足し（BleedBox）`, ok: bleeds.every((bleed) => near(bleed, press.bleedMm)), detail: `上下左右 ${bleeds.map((bleed) => bleed.toFixed(1)).join('・')} mm（${press.bleedMm} mm のはず）` });
    const inside = box.media.x <= box.bleed.x && box.media.y <= box.bleed.y && box.media.x + box.media.width >= box.bleed.x + box.bleed.width && box.media.y + box.media.height >= box.bleed.y + box.bleed.height;
    lines.push({ check: `${index + 1} ページの用紙（MediaBox）`, ok: inside, detail: `${mm(box.media.width).toFixed(1)} × ${mm(box.media.height).toFixed(1)} mm（塗り足しとトンボを含む）` });
  });
  const type3 = fonts.filter((font) => font.subtype === 'Type3');
  lines.push({ check: 'フォント', ok: fonts.length > 0 && type3.length === 0, detail: `${fonts.length} 個、すべて埋め込み${type3.length > 0 ? `、Type 3 が ${type3.length} 個` : '、Type 3 なし'}` });
  const clearances = await textClearanceMm(trimPdf);
  const closest = Math.min(...clearances);
  lines.push({ check: '文字の位置', ok: closest >= press.safeMm, detail: `仕上がりの端から最も近い文字まで ${closest.toFixed(1)} mm（${press.safeMm} mm 以上のはず）` });
  lines.push({ check: '色', ok: true, detail: 'RGB のまま（CMYK・PDF/X への変換はしていません）' });
  return lines;
}
