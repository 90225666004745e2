import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFBool } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a PDF is, as far as our checks care: pages, fonts, structure and link targets. */
export interface PdfInspection {
  /** Size of each page in points. */
  pages: { width: number; height: number }[];
  /** Every font: its BaseFont name and Subtype (Type0, TrueType, Type3 …). */
  fonts: { name: string; subtype: string }[];
  /** Whether the PDF is tagged (a structure tree, for assistive technology). */
  tagged: boolean;
  /** Number of top-level bookmarks. */
  outlineItems: number;
  /** Named destinations (the ids of link targets) and the 0-based page each lands on. */
  destinations: Map<string, number>;
}

/**
 * Reads a PDF produced by Chromium: pdf-lib for its objects, pdf.js for destinations (skipped,
 * and left empty, with `destinations: false`, for checks that do not need them).
 */
export async function inspectPdf(bytes: Uint8Array, options: { destinations?: boolean } = {}): Promise<PdfInspection> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = document.getPages().map((page) => page.getSize());
  const fonts: PdfInspection['fonts'] = [];
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const subtype = object.get(PDFName.of('Subtype'));
    // A composite (Type0) font's real glyphs live in its descendant, which is listed on its own.
    if (subtype === PDFName.of('Type0')) continue;
    const name = object.get(PDFName.of('BaseFont'));
    fonts.push({ name: name instanceof PDFName ? name.decodeText() : '(名前なし)', subtype: subtype instanceof PDFName ? subtype.decodeText() : '?' });
  }
  const markInfo = document.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const tagged = markInfo?.get(PDFName.of('Marked')) === PDFBool.True && document.catalog.has(PDFName.of('StructTreeRoot'));
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const outlineCount = outlines?.get(PDFName.of('Count'));

  const destinations = new Map<string, number>();
  if (options.destinations !== false) {
    const pdfjs = await getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
    for (const [name, destination] of Object.entries((await pdfjs.getDestinations()) as Record<string, unknown[]>)) {
      const pageIndex = await pdfjs.getPageIndex(destination[0] as { num: number; gen: number });
      destinations.set(decodeURIComponent(name), pageIndex);
    }
    await pdfjs.destroy();
  }
  return {
    pages,
    fonts,
    tagged,
    outlineItems: outlineCount instanceof PDFNumber ? Math.abs(outlineCount.asNumber()) : 0,
    destinations,
  };
}
