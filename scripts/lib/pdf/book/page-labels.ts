import { PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib';

/**
 * Gives the book's pages the labels a PDF viewer shows and jumps to (/PageLabels): the printed
 * page numbers from 1, with 表1 before them and 表4 after them in the reading copy. A reader who
 * types 20 in the viewer then lands on the page printed 20, the page a reference 「→ 20ページ」 names.
 */
export function labelBookPages(document: PDFDocument, covers: boolean): void {
  const count = document.getPageCount();
  const context = document.context;
  const prefix = (text: string) => context.obj({ P: PDFHexString.fromText(text) });
  const numbered = context.obj({ S: PDFName.of('D'), St: PDFNumber.of(1) });
  const numbers = covers ? [PDFNumber.of(0), prefix('表1'), PDFNumber.of(1), numbered, PDFNumber.of(count - 1), prefix('表4')] : [PDFNumber.of(0), numbered];
  document.catalog.set(PDFName.of('PageLabels'), context.obj({ Nums: context.obj(numbers) }));
}
