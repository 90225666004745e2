import { PDFName, PDFPage, type PDFDocument } from 'pdf-lib';
import { finishPdf } from '../finish-pdf.ts';
import { renameDestinations } from './destinations.ts';
import { labelBookPages } from './page-labels.ts';
import { unnumberedPages } from './page-numbers.ts';

/**
 * The book's file as handed out, from Vivliostyle's: blank pages before the back cover (表4) up
 * to a multiple of 4 pages (a sheet folded in two carries four), page labels as printed (表1,
 * 表2, 1, 2 …, 表4), short names for the destinations, and what finishPdf does for every
 * product (title, language, object streams). Returns the file and the blank pages added.
 */
export async function finishBook(bytes: Uint8Array): Promise<{ bytes: Uint8Array; padding: number }> {
  let padding = 0;
  const finished = await finishPdf(bytes, (document) => {
    padding = padToSheets(document);
    labelBookPages(document);
    renameDestinations(document);
  });
  return { bytes: finished, padding };
}

/**
 * Adds blank pages before the last one (the back cover) until the count is a multiple of 4.
 * Each is a copy of the cover's blank inside (表2), which carries the page's boxes and, in the
 * print shop's version, its crop marks; it has no tagged content.
 */
export function padToSheets(document: PDFDocument): number {
  const count = document.getPageCount();
  const padding = (4 - (count % 4)) % 4;
  const inside = unnumberedPages - 1;
  for (let added = 0; added < padding; added++) {
    const blank = document.getPage(inside).node.clone();
    blank.delete(PDFName.of('StructParents'));
    blank.delete(PDFName.of('Annots'));
    // A shallow copy: the blank page's content and resources are shared, not repeated.
    document.insertPage(document.getPageCount() - 1, PDFPage.of(blank, document.context.register(blank), document));
  }
  return padding;
}
