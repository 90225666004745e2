import { PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib';
import { unnumberedPages } from './page-numbers.ts';

/**
 * Gives the book's pages the labels a PDF viewer shows and jumps to (/PageLabels): 表1 and 表2
 * for the cover and its inside, then the printed page numbers from 1, and 表4 for the back
 * cover. A reader who types 20 in the viewer then lands on the page printed 20, the page a
 * reference 「→ 20ページ」 names.
 */
export function labelBookPages(document: PDFDocument): void {
  const count = document.getPageCount();
  const context = document.context;
  const prefix = (text: string) => context.obj({ P: PDFHexString.fromText(text) });
  const numbers = [PDFNumber.of(0), prefix('表1'), PDFNumber.of(1), prefix('表2'), PDFNumber.of(unnumberedPages), context.obj({ S: PDFName.of('D'), St: PDFNumber.of(1) }), PDFNumber.of(count - 1), prefix('表4')];
  document.catalog.set(PDFName.of('PageLabels'), context.obj({ Nums: context.obj(numbers) }));
}
