import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFBool } from 'pdf-lib';

/** What a PDF is, as far as our checks care: pages, fonts and structure. */
export interface PdfInspection {
  /** Size of each page in points. */
  pages: { width: number; height: number }[];
  /** Every font: its BaseFont name and Subtype (Type0, TrueType, Type3 …). */
  fonts: { name: string; subtype: string }[];
  /** Whether the PDF is tagged (a structure tree, for assistive technology). */
  tagged: boolean;
  /** Number of top-level bookmarks. */
  outlineItems: number;
}

/** Reads a PDF's objects with pdf-lib. (The book reads its destinations itself: book/destinations.ts.) */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
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
  return {
    pages,
    fonts,
    tagged,
    outlineItems: outlineCount instanceof PDFNumber ? Math.abs(outlineCount.asNumber()) : 0,
  };
}
