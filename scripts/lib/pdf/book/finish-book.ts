import { PDFName, PDFPage, type PDFDocument } from 'pdf-lib';
import { bookBlockPages } from '../../../../src/lib/print/binding.ts';
import { finishPdf } from '../finish-pdf.ts';
import { dropDestinationsOffThePages, renameDestinations } from './destinations.ts';
import { labelBookPages } from './page-labels.ts';
import { printedPageNumber, unnumberedPages } from './page-numbers.ts';

/** What a layout of the book is made of, by 0-based page: 表1, 表2, the text from page 1, the colophon, then 表4 last. */
export interface BookLayout {
  /** The page of the colophon (奥付): the last page of the book block. */
  colophon: number;
}

/** Which file is made from a layout: the reading copy (with its covers) or the print shop's book block (without). */
export type BookFile = 'reading' | 'block';

/**
 * The book's file as handed out, from Vivliostyle's layout:
 * - the book block (本文) runs from page 1 to the colophon, filled to whole signatures
 *   (src/lib/print/binding.ts) with blank pages before the colophon, which stays last;
 * - 表2, laid out only so that page 1 is a right-hand page, is left out: the covers are printed
 *   apart from the block (the cover spread, render-cover.ts), their insides unprinted;
 * - the reading copy keeps 表1 before the block and 表4 after it; the print shop's block has neither;
 * - page labels as printed (表1, 1, 2 …, 表4), short names for the destinations, and what
 *   finishPdf does for every product (title, language, object streams).
 * Returns the file, the blank pages added and the pages of the block.
 */
export async function finishBook(bytes: Uint8Array, layout: BookLayout, file: BookFile): Promise<{ bytes: Uint8Array; padding: number; blockPages: number }> {
  let padding = 0;
  let blockPages = 0;
  const finished = await finishPdf(bytes, (document) => {
    ({ padding, blockPages } = fillBlock(document, layout));
    // 表2 is the page before page 1.
    document.removePage(unnumberedPages - 1);
    if (file === 'block') {
      document.removePage(document.getPageCount() - 1);
      document.removePage(0);
      dropDestinationsOffThePages(document);
    }
    labelBookPages(document, file === 'reading');
    renameDestinations(document);
  });
  return { bytes: finished, padding, blockPages };
}

/**
 * Makes the text from page 1 to the colophon whole signatures: any page the engine put between
 * the colophon and 表4 goes, and copies of 表2 (blank, with the page's boxes and, in the print
 * shop's layout, its crop marks; no tagged content) go in before the colophon.
 */
export function fillBlock(document: PDFDocument, layout: BookLayout): { padding: number; blockPages: number } {
  for (let index = document.getPageCount() - 2; index > layout.colophon; index--) document.removePage(index);
  const textPages = printedPageNumber(layout.colophon);
  const blockPages = bookBlockPages(textPages);
  const padding = blockPages - textPages;
  const inside = unnumberedPages - 1;
  for (let added = 0; added < padding; added++) {
    const blank = document.getPage(inside).node.clone();
    blank.delete(PDFName.of('StructParents'));
    blank.delete(PDFName.of('Annots'));
    // A shallow copy: the blank page's content and resources are shared, not repeated.
    document.insertPage(layout.colophon, PDFPage.of(blank, document.context.register(blank), document));
  }
  return { padding, blockPages };
}
