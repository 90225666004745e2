import { paper } from './formats.ts';

/**
 * The page of a form of the 様式集, the one place its size and margins are written: the Word file
 * is laid out with it (src/lib/templates/docx.ts), and the form's print page, from which its PDF
 * is made, gets its @page rule from {@link formPageCss} (served as /print/templates/page.css).
 * A4 with 20 mm margins, the 公用文 page.
 */
export const formPage = {
  widthMm: paper.a4Portrait.widthMm,
  heightMm: paper.a4Portrait.heightMm,
  /** Every margin of the Word file, and the top and sides of the printed page. */
  marginMm: 20,
  /** The printed page's foot, where the page number (…／…) sits in the margin. */
  printMarginBottomMm: 18,
  /** How far from the paper's edge Word puts the header (the 記入例 notice) and the footer. */
  headerFooterMm: 10,
} as const;

/**
 * The form print page's page rule, and the width of its text (for the screen preview, which
 * draws the text as wide as on paper), generated from {@link formPage}.
 */
export function formPageCss(): string {
  const { widthMm, heightMm, marginMm, printMarginBottomMm } = formPage;
  return [
    `@page { size: ${widthMm}mm ${heightMm}mm; margin: ${marginMm}mm ${marginMm}mm ${printMarginBottomMm}mm; }`,
    `.print-template { --form-text-width: ${widthMm - 2 * marginMm}mm; }`,
  ].join('\n');
}
