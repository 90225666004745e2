import { paper } from './formats.ts';
import { mmToPt } from './units.ts';

/**
 * The page of the printed guidebook, the one place its size and margins are written: the print
 * page's @page rules and its screen preview are generated from it ({@link bookPageCss}, served as
 * /print/guidebook/page.css), and the renderer measures the text area and sizes the cover spread
 * with it (scripts/lib/pdf/book/). A4, 24 mm above the text, 22 mm below, 32 mm on the binding
 * side (のど) and 29.5 mm outside: 40 characters of 10.5 pt (420 pt, 148.2 mm) to the line.
 */
export const bookPage = {
  widthMm: paper.a4Portrait.widthMm,
  heightMm: paper.a4Portrait.heightMm,
  marginTopMm: 24,
  marginBottomMm: 22,
  marginInsideMm: 32,
  marginOutsideMm: 29.5,
} as const;

/** The text area in PDF points from the top of the page: running heads are above it, folios below. */
export const bodyPoints = { top: mmToPt(bookPage.marginTopMm), bottom: mmToPt(bookPage.heightMm - bookPage.marginBottomMm) };

const mm = (value: number) => `${value}mm`;

/**
 * The guidebook's page rules, generated from {@link bookPage} so that no margin is written twice
 * (the rest of the book's style is src/styles/print-guidebook.css). Right-hand pages have the
 * binding on the left, left-hand pages are mirrored; the covers have no margin; the colophon,
 * which falls on either side, splits the difference. The margins are also given as custom
 * properties, for the screen preview, which draws the page with them as padding (and lets the
 * covers run to its edges).
 */
export function bookPageCss(): string {
  const { widthMm, heightMm, marginTopMm: top, marginBottomMm: bottom, marginInsideMm: inside, marginOutsideMm: outside } = bookPage;
  return [
    `@page { size: ${mm(widthMm)} ${mm(heightMm)}; margin: ${mm(top)} ${mm(outside)} ${mm(bottom)} ${mm(inside)}; }`,
    `@page :left { margin-left: ${mm(outside)}; margin-right: ${mm(inside)}; }`,
    `@page :right { margin-left: ${mm(inside)}; margin-right: ${mm(outside)}; }`,
    `@page cover { margin: 0; }`,
    `@page colophon { margin: ${mm(top)} ${mm((inside + outside) / 2)} ${mm(bottom)}; }`,
    `@page back-cover { margin: 0; }`,
    `.print-guidebook { --book-margin-top: ${mm(top)}; --book-margin-bottom: ${mm(bottom)}; --book-margin-inside: ${mm(inside)}; --book-margin-outside: ${mm(outside)}; }`,
  ].join('\n');
}
