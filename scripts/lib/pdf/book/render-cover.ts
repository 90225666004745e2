import { bookPage } from '../../../../src/lib/print/book-page.ts';
import { spineWidthMm } from '../../../../src/lib/print/binding.ts';
import { press as pressRules, type PressPage } from '../press.ts';
import { pressPdf, readingPdf } from '../lay-out-pdf.ts';

/** The cover spread's files: the print shop's, the same at the finished size for the preflight, and its sheet. */
export interface CoverRender {
  press: Uint8Array;
  reference: Uint8Array;
  page: PressPage;
  spineMm: number;
}

/**
 * Lays out the cover spread of a perfect-bound book of `blockPages` pages
 * (/print/guidebook/cover/): 表4, spine and 表1 on one sheet, the spine as wide as the block is
 * thick (src/lib/print/binding.ts), with bleed, crop marks and fold marks at the spine's two
 * edges, like the other press PDFs. `styles` are the book's engine styles.
 */
export async function renderCoverSpread(url: string, blockPages: number, styles: string | undefined): Promise<CoverRender> {
  const spineMm = spineWidthMm(blockPages);
  const widthMm = bookPage.widthMm * 2 + spineMm;
  const page: PressPage = { widthMm, heightMm: bookPage.heightMm, foldsMm: [bookPage.widthMm, bookPage.widthMm + spineMm] };
  const sheet = `@page { size: ${widthMm}mm ${bookPage.heightMm}mm; }\n@media print { .cover-spread { grid-template-columns: ${bookPage.widthMm + pressRules.bleedMm}mm ${spineMm}mm ${bookPage.widthMm + pressRules.bleedMm}mm; } }`;
  const css = [styles, sheet].filter(Boolean).join('\n');
  const [pressBytes, reference] = await Promise.all([pressPdf(url, [page], css), readingPdf(url, css)]);
  return { press: pressBytes, reference, page, spineMm };
}
