import { cmyk, decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { mmToPt, ptToMm } from '../../../src/lib/print/units.ts';
import { t } from '../../../src/lib/i18n/ja.ts';

/** What a print shop asks of a PDF (the usual Japanese 入稿 rules): 3 mm of bleed, marks outside it. */
export const press = {
  /** Background carried past the trim on every side. */
  bleedMm: 3,
  /**
   * Room beyond the bleed for the crop, centre and fold marks: the trim stands bleed + slug =
   * 16 mm in from the sheet's edge, Vivliostyle's own crop offset (set another, and its layouts
   * with pixelRatio=0 draw the page off its boxes).
   */
  slugMm: 13,
  /** Length of each mark. */
  markMm: 7,
  /** Text must stand at least this far inside the trim. */
  safeMm: 3,
} as const;

/**
 * 「公開前の確認用」: what every page of a draft build's PDFs says (draft-mark.ts), in the foot of
 * a reading copy's pages, outside the trim of a press version's.
 */
export const draftMarkText = t('draft.label');

/** Where the mark stands on a press page: its box's left edge this far right of the trim's left edge, its box's foot this far below the trim. */
export const draftMarkPlacement = { insetMm: 10, belowTrimMm: 10, heightMm: 4, widthMm: 24 } as const;

/**
 * Added to the style of a press layout: the draft mark of the print pages (print-draft.css) is
 * not drawn inside the trim. (Without the draft stylesheet, as in a release, it changes nothing.)
 */
export const hideDraftMarkCss = '@page { @bottom-center { content: none; } }\n:is(.sheet, .cover, .back-cover, .cover-spread, .book-blank)::after { content: none !important; }\n';

/** Whether a page's text (as pdf.js reads it, spaces removed) carries the mark. */
export const hasDraftMark = (text: string) => text.includes(draftMarkText);

/** One printed page of the finished product, and where its folds are (mm from the left). */
export interface PressPage {
  widthMm: number;
  heightMm: number;
  foldsMm: readonly number[];
}

/** Registration colour: the fold marks print on every plate, as the engine's crop marks do (inks.ts). */
const registration = cmyk(1, 1, 1, 1);

/**
 * Draws the fold marks (折りトンボ) of a folded product in the slug of its press version: short
 * lines above and below the sheet, outside the bleed, at each fold. Vivliostyle draws the crop
 * and centre marks, but no fold marks; the page itself is left as the engine laid it out.
 */
export function drawFoldMarks(document: PDFDocument, pages: readonly PressPage[]): void {
  document.getPages().forEach((page, index) => {
    const { foldsMm } = pages[index] ?? pages.at(-1)!;
    const trim = page.getTrimBox();
    const gap = mmToPt(press.bleedMm + 1);
    const length = mmToPt(press.markMm);
    for (const fold of foldsMm) {
      const x = trim.x + mmToPt(fold);
      for (const [from, to] of [[trim.y - gap, trim.y - gap - length], [trim.y + trim.height + gap, trim.y + trim.height + gap + length]] as const) {
        page.drawLine({ start: { x, y: from }, end: { x, y: to }, thickness: 0.25, color: registration });
      }
    }
  });
}

/** What the preflight reads of each page's text: all of it, and its nearest approach to the page's edges. */
interface PageText {
  /** The text, joined without spaces. */
  text: string;
  /** How far the text stands inside the page's edges at the closest, in millimetres. */
  clearanceMm: number;
  /** Each run of text that is the draft mark: its box in PDF points (x, y of the baseline's start). */
  marks: { x: number; y: number; width: number; height: number }[];
}

/** Reads each page's text with pdf.js, once per file. */
export async function readPageTexts(bytes: Uint8Array): Promise<PageText[]> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: PageText[] = [];
  try {
    for (let index = 0; index < pdf.numPages; index++) {
      const page = await pdf.getPage(index + 1);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      let text = '';
      let closest = Number.POSITIVE_INFINITY;
      const marks: PageText['marks'] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        text += item.str;
        const [, , , , x, y] = item.transform as number[];
        closest = Math.min(closest, x! - x0, y! - y0, x1 - (x! + item.width), y1 - (y! + item.height));
        if (hasDraftMark(item.str.replace(/\s+/g, ''))) marks.push({ x: x!, y: y!, width: item.width, height: item.height });
      }
      pages.push({ text: text.replace(/\s+/g, ''), clearanceMm: ptToMm(closest), marks });
    }
  } finally {
    await pdf.destroy();
  }
  return pages;
}

/**
 * The RGB colours a PDF still paints with: operators `rg`/`RG` in the content of its pages, of
 * the forms and patterns they draw, and RGB images. A press PDF must have none (inks only).
 */
export function rgbPainting(document: PDFDocument): { operators: number; images: number } {
  let operators = 0;
  let images = 0;
  const seen = new Set<PDFObject>();
  const streamText = (stream: PDFRawStream) => new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
  const visitResources = (resources: PDFDict | undefined) => {
    if (!resources || seen.has(resources)) return;
    seen.add(resources);
    for (const kind of ['XObject', 'Pattern'] as const) {
      const entries = resources.lookupMaybe(PDFName.of(kind), PDFDict);
      for (const [, ref] of entries?.entries() ?? []) {
        const object = ref instanceof PDFRef ? document.context.lookup(ref) : ref;
        if (!(object instanceof PDFRawStream) || seen.has(object)) continue;
        seen.add(object);
        const subtype = object.dict.get(PDFName.of('Subtype'));
        if (subtype === PDFName.of('Image')) {
          const space = object.dict.lookup(PDFName.of('ColorSpace'));
          const n = space instanceof PDFArray && space.lookup(1) instanceof PDFRawStream ? (space.lookup(1) as PDFRawStream).dict.get(PDFName.of('N'))?.toString() : undefined;
          if (space === PDFName.of('DeviceRGB') || n === '3') images++;
          continue;
        }
        operators += countRgb(streamText(object));
        visitResources(object.dict.lookupMaybe(PDFName.of('Resources'), PDFDict));
      }
    }
  };
  for (const page of document.getPages()) {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => document.context.lookup(ref)) : [contents];
    for (const stream of streams) if (stream instanceof PDFRawStream) operators += countRgb(streamText(stream));
    visitResources(page.node.Resources());
  }
  return { operators, images };
}

const countRgb = (content: string) => content.match(/(?:^|\s)(?:rg|RG)(?=\s|$)/g)?.length ?? 0;

/** One line of the preflight report, and whether it passed. */
export interface PreflightLine {
  check: string;
  ok: boolean;
  detail: string;
}

/**
 * Checks a press PDF as a print shop's preflight would, against the reading version laid out
 * from the same page: each page's TrimBox is the finished size, its BleedBox 3 mm outside it,
 * the MediaBox holds both and the marks; every font embedded and none Type 3; all text at
 * least 3 mm inside the trim; each page's text there once, exactly as in the reading version
 * (never a second copy drawn for the bleed); and nothing painted in RGB. Returns the report, line by line.
 */
export async function preflight(pressPdf: Uint8Array, trimPdf: Uint8Array, pages: readonly PressPage[], fonts: readonly { name: string; subtype: string }[]): Promise<PreflightLine[]> {
  const document = await PDFDocument.load(pressPdf, { updateMetadata: false });
  const boxes = document.getPages().map((page) => ({ media: page.getMediaBox(), trim: page.getTrimBox(), bleed: page.getBleedBox() }));
  const near = (a: number, b: number) => Math.abs(a - b) < 0.2;
  const lines: PreflightLine[] = [];
  boxes.forEach((box, index) => {
    const { widthMm, heightMm } = pages[index] ?? pages.at(-1)!;
    const trimOk = near(ptToMm(box.trim.width), widthMm) && near(ptToMm(box.trim.height), heightMm);
    lines.push({ check: `${index + 1} ページの仕上がり（TrimBox）`, ok: trimOk, detail: `${ptToMm(box.trim.width).toFixed(1)} × ${ptToMm(box.trim.height).toFixed(1)} mm（${widthMm} × ${heightMm} mm のはず）` });
    const bleeds = [box.trim.x - box.bleed.x, box.trim.y - box.bleed.y, box.bleed.x + box.bleed.width - (box.trim.x + box.trim.width), box.bleed.y + box.bleed.height - (box.trim.y + box.trim.height)].map(ptToMm);
    lines.push({ check: `${index + 1} ページの塗り足し（BleedBox）`, ok: bleeds.every((bleed) => near(bleed, press.bleedMm)), detail: `上下左右 ${bleeds.map((bleed) => bleed.toFixed(1)).join('・')} mm（${press.bleedMm} mm のはず）` });
    const inside = box.media.x <= box.bleed.x && box.media.y <= box.bleed.y && box.media.x + box.media.width >= box.bleed.x + box.bleed.width && box.media.y + box.media.height >= box.bleed.y + box.bleed.height;
    lines.push({ check: `${index + 1} ページの用紙（MediaBox）`, ok: inside, detail: `${ptToMm(box.media.width).toFixed(1)} × ${ptToMm(box.media.height).toFixed(1)} mm（塗り足しとトンボを含む）` });
  });
  const type3 = fonts.filter((font) => font.subtype === 'Type3');
  lines.push({ check: 'フォント', ok: fonts.length > 0 && type3.length === 0, detail: `${fonts.length} 個、すべて埋め込み${type3.length > 0 ? `、Type 3 が ${type3.length} 個` : '、Type 3 なし'}` });
  // The reading version is laid out exactly as the press version, at the finished size: its text positions are measured from the trim.
  const [pressTexts, readingTexts] = [await readPageTexts(pressPdf), await readPageTexts(trimPdf)];
  const closest = Math.min(...readingTexts.map((page) => page.clearanceMm));
  lines.push({ check: '文字の位置', ok: closest >= press.safeMm, detail: `仕上がりの端から最も近い文字まで ${closest.toFixed(1)} mm（${press.safeMm} mm 以上のはず）` });
  // The draft mark stands in the foot of a reading copy's page and outside the press version's trim: compared apart.
  const withoutMark = (page: PageText | undefined) => page?.text.replaceAll(draftMarkText, '');
  const differing = pressTexts.flatMap((page, index) => (withoutMark(page) === withoutMark(readingTexts[index]) ? [] : [index + 1]));
  const once = pressTexts.length === readingTexts.length && differing.length === 0;
  lines.push({ check: '文字は一度だけ', ok: once, detail: once ? `全 ${pressTexts.length} ページの文字が、閲覧用と同じく一度ずつ` : pressTexts.length !== readingTexts.length ? `ページ数が閲覧用と違います（${pressTexts.length} と ${readingTexts.length}）` : `${differing.slice(0, 5).join('・')} ページの文字が閲覧用と違います（二重に描かれているか、欠けています）` });
  lines.push(draftMarkLine(pressTexts, readingTexts, boxes.map((box) => box.trim)));
  const rgb = rgbPainting(document);
  const inks = rgb.operators === 0 && rgb.images === 0;
  lines.push({ check: '色', ok: inks, detail: inks ? 'すべて CMYK（文字のスミはスミ 1 色）' : `RGB の塗り ${rgb.operators} か所、RGB の画像 ${rgb.images} 個` });
  return lines;
}

/**
 * The preflight's line on the draft mark: when the reading version is a draft's (its pages say
 * 「公開前の確認用」), every page of the press version says it once, wholly outside its TrimBox,
 * where the trimming cuts it off; when it is a release's, no page says it.
 */
export function draftMarkLine(pressTexts: readonly Pick<PageText, 'marks'>[], readingTexts: readonly Pick<PageText, 'marks'>[], trims: readonly { x: number; y: number; width: number; height: number }[]): PreflightLine {
  const check = `「${draftMarkText}」の表示`;
  const draft = readingTexts.some((page) => page.marks.length > 0);
  if (!draft) {
    const marked = pressTexts.flatMap((page, index) => (page.marks.length > 0 ? [index + 1] : []));
    return { check, ok: marked.length === 0, detail: marked.length === 0 ? '公開用のため、なし' : `公開用なのに ${marked.slice(0, 5).join('・')} ページにあります` };
  }
  const outside = (mark: PageText['marks'][number], trim: (typeof trims)[number]) => mark.x + mark.width <= trim.x || mark.x >= trim.x + trim.width || mark.y + mark.height <= trim.y || mark.y >= trim.y + trim.height;
  const wrong = pressTexts.flatMap((page, index) => (page.marks.length === 1 && outside(page.marks[0]!, trims[index]!) ? [] : [index + 1]));
  const unmarked = readingTexts.flatMap((page, index) => (page.marks.length > 0 ? [] : [index + 1]));
  const ok = wrong.length === 0 && unmarked.length === 0;
  return {
    check,
    ok,
    detail: ok
      ? `確認用のため、全 ${pressTexts.length} ページの仕上がりの外に一度ずつ（閲覧用はページの下の余白に）`
      : wrong.length > 0
        ? `${wrong.slice(0, 5).join('・')} ページで、仕上がりの外に一度だけではありません`
        : `閲覧用の ${unmarked.slice(0, 5).join('・')} ページにありません`,
  };
}
