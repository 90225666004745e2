import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';

/** `pdfinfo` fields: page count, page size in points, tagged or not. */
export function pdfInfo(file: string, page?: number) {
  const args = page ? ['-f', String(page), '-l', String(page), file] : [file];
  const text = execFileSync('pdfinfo', args, { encoding: 'utf8' });
  const size = /Page(?:\s+\d+)? size:\s+([\d.]+) x ([\d.]+) pts/.exec(text)!;
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(text)![1]),
    width: Number(size[1]),
    height: Number(size[2]),
    tagged: /Tagged:\s+yes/.test(text),
  };
}

/** Every page's size, from `pdfinfo -l`. */
export function pageSizes(file: string) {
  const text = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  return [...text.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((match) => ({ width: Number(match[1]), height: Number(match[2]) }));
}

/**
 * Every page's TrimBox, from `pdfinfo -box`, in points from the page's top left (as `pdftotext
 * -bbox` measures, the MediaBox's corner at 0, 0).
 */
export function trimBoxes(file: string): { x0: number; y0: number; x1: number; y1: number }[] {
  const text = execFileSync('pdfinfo', ['-box', '-f', '1', '-l', '999', file], { encoding: 'utf8' });
  const box = (name: string) => [...text.matchAll(new RegExp(`Page\\s+\\d+ ${name}:\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)`, 'g'))].map((match) => match.slice(1, 5).map(Number) as [number, number, number, number]);
  const media = box('MediaBox');
  return box('TrimBox').map(([left, bottom, right, top], index) => {
    const [mediaLeft, , , mediaTop] = media[index]!;
    return { x0: left - mediaLeft, x1: right - mediaLeft, y0: mediaTop - top, y1: mediaTop - bottom };
  });
}

/** The fonts `pdffonts` lists: name, type, embedded. */
export function pdfFonts(file: string) {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name, type (one or two words), encoding, emb, sub, uni, object, id
      return { name: columns[0]!, type: columns.slice(1, -6).join(' '), embedded: columns.at(-5) === 'yes' };
    });
}

/**
 * One run of `pdftotext` over the whole file, split into pages, kept for the file as it is now
 * (its size and time of change). pdftotext parses the whole file on every run: the 90 pages of the
 * guidebook read one run each took 2.7 s here, read in one run 0.15 s, with the same text.
 */
const wholeFileRuns = new Map<string, string[]>();
function pagesOf(file: string, mode: '-layout' | '-bbox' | '-bbox-layout'): string[] {
  const { size, mtimeMs } = statSync(file);
  const key = `${mode} ${file} ${size} ${mtimeMs}`;
  let pages = wholeFileRuns.get(key);
  if (!pages) {
    const output = execFileSync('pdftotext', [mode, file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    // Text mode ends each page with a form feed; the bounding-box modes write a <page> element for each.
    pages = mode === '-layout' ? output.split('\f').slice(0, -1).map((text) => `${text}\f`) : output.split(/<page\b/).slice(1);
    wholeFileRuns.set(key, pages);
  }
  return pages;
}

/** One page (from 1) of a whole-file run; a page past the end is an error, as pdftotext's own. */
function pageOf(file: string, mode: Parameters<typeof pagesOf>[1], page: number): string {
  const pages = pagesOf(file, mode);
  if (page < 1 || page > pages.length) throw new Error(`${file} has ${pages.length} pages, not a page ${page}.`);
  return pages[page - 1]!;
}

/** The text of one page, laid out as on paper (or of an area of it, in points from its top left). */
export function pageText(file: string, page: number, crop?: { xPt: number; yPt: number; widthPt: number; heightPt: number }): string {
  if (!crop) return pageOf(file, '-layout', page);
  const area = ['-x', String(Math.round(crop.xPt)), '-y', String(Math.round(crop.yPt)), '-W', String(Math.round(crop.widthPt)), '-H', String(Math.round(crop.heightPt)), '-r', '72'];
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), ...area, file, '-'], { encoding: 'utf8' });
}

/** Decodes the QR code printed on a page, as a phone camera would see the paper. */
export function decodeQr(file: string, page: number): string | undefined {
  // Without an output name, pdftoppm writes the PNG to standard output.
  const png = PNG.sync.read(execFileSync('pdftoppm', ['-png', '-r', '150', '-f', String(page), '-l', String(page), '-singlefile', file], { maxBuffer: 64 * 1024 * 1024 }));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** Millimetres to points. */
export const mm = (value: number) => (value * 72) / 25.4;

/** One word (for Japanese: one run of text) as `pdftotext -bbox` places it, in points from the top left. */
export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The words of one page with their boxes. */
export function pageWords(file: string, page: number): PdfWord[] {
  const html = pageOf(file, '-bbox', page);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((match) => ({
    xMin: Number(match[1]),
    yMin: Number(match[2]),
    xMax: Number(match[3]),
    yMax: Number(match[4]),
    text: match[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
  }));
}

/** The lines of one page's text blocks, as `pdftotext -bbox-layout` groups them: each line's words and its box. */
export function pageLines(file: string, page: number): { text: string; xMin: number; xMax: number; yMin: number; yMax: number; block: number }[] {
  const html = pageOf(file, '-bbox-layout', page);
  const lines: ReturnType<typeof pageLines> = [];
  let block = -1;
  for (const match of html.matchAll(/<block [^>]*>|<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
    if (match[0].startsWith('<block')) {
      block++;
      continue;
    }
    const text = [...match[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((word) => word[1]).join('');
    lines.push({ xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]), text, block });
  }
  return lines;
}

/**
 * The text of a PDF's pages as pdf.js reads it, each run with the font it is drawn in (the
 * embedded font's name without its subset tag, e.g. BIZUDMincho-Regular): `pdffonts` lists the
 * fonts a page's resources name, not which text each draws.
 */
export async function pdfTextRuns(file: string): Promise<{ page: number; text: string; font: string }[][]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: { page: number; text: string; font: string }[][] = [];
  try {
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      // The fonts are resolved once the page's operators are read.
      await page.getOperatorList();
      pages.push(
        content.items
          .filter((item) => 'str' in item && item.str.trim() !== '')
          .map((item) => {
            const run = item as { str: string; fontName: string };
            return { page: number, text: run.str, font: String((page.commonObjs.get(run.fontName) as { name?: string }).name ?? run.fontName).replace(/^[A-Z]{6}\+/, '') };
          }),
      );
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}

/**
 * The fill colours text is drawn in, by font, read from each page's content streams: for every
 * text-showing operator (Tj, TJ), the fill colour then current (`c m y k k` or `r g b rg`, with
 * q/Q saving and restoring it) and the font set by the last Tf. Returns, per font name (subset
 * prefix removed), how many text operators were drawn in each colour, as written in the file.
 */
export async function textFillsByFont(file: string): Promise<Map<string, Map<string, number>>> {
  const { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } = await import('pdf-lib');
  const document = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const fills = new Map<string, Map<string, number>>();
  for (const page of document.getPages()) {
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    const fontName = (resource: string) => {
      const font = fonts?.lookupMaybe(PDFName.of(resource), PDFDict);
      return font ? (font.get(PDFName.of('BaseFont')) as unknown as { decodeText(): string }).decodeText().replace(/^[A-Z]{6}\+/, '') : resource;
    };
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => document.context.lookup(ref)) : [contents];
    for (const stream of streams) {
      if (!(stream instanceof PDFRawStream)) continue;
      const content = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
      let fill = '（指定なし）';
      let font = '';
      const saved: string[] = [];
      for (const match of content.matchAll(/(?:^|\s)(q|Q)(?=\s)|\/(\S+) [\d.]+ Tf|((?:[\d.]+ ){3}[\d.]+ k)(?=\s)|((?:[\d.]+ ){2}[\d.]+ rg)(?=\s)|(?:^|[\s\]>)])(T[Jj])(?=\s)/g)) {
        if (match[1] === 'q') saved.push(fill);
        else if (match[1] === 'Q') fill = saved.pop() ?? fill;
        else if (match[2]) font = fontName(match[2]);
        else if (match[3] ?? match[4]) fill = (match[3] ?? match[4])!;
        else if (match[5]) {
          const byColour = fills.get(font) ?? new Map<string, number>();
          byColour.set(fill, (byColour.get(fill) ?? 0) + 1);
          fills.set(font, byColour);
        }
      }
    }
  }
  return fills;
}

/** The web addresses a PDF's link annotations lead to, on every page (links inside the PDF are left out). */
export async function pdfLinkUrls(file: string): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0 }).promise;
  const urls: string[] = [];
  try {
    for (let number = 1; number <= doc.numPages; number++) {
      for (const annotation of await (await doc.getPage(number)).getAnnotations()) if (typeof annotation.url === 'string') urls.push(annotation.url);
    }
  } finally {
    await doc.destroy();
  }
  return urls;
}
