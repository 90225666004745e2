// What the pamphlet maker measures in its preview, and when. The preview is the print layout
// itself, scaled down with a transform (which leaves the layout alone), so these are the sizes
// that print.
import { panelOverflows } from '../lib/print/panel-fit.ts';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Resolves once the print typeface has loaded and laid out: the first measure of a freshly opened
 * page would otherwise see the fallback font, whose other widths wrap lines differently. The
 * typeface comes in slices by character range, so a character never typed before starts a new
 * load during the next layout; hence two frames after the fonts are ready, and again while a
 * load is under way.
 */
export async function layoutSettled(): Promise<void> {
  do {
    await document.fonts.ready;
    await nextFrame();
    await nextFrame();
  } while (document.fonts.status === 'loading');
}

/** The sides of the paper (「外側の面（表）」) that have a panel whose content does not fit, by the build's rule. */
export function overflowingSheets(preview: Element): string[] {
  const sheets = [...preview.querySelectorAll<HTMLElement>('[data-sheet-label]')];
  return sheets.filter((sheet) => [...sheet.querySelectorAll('[data-panel]')].some(panelOverflows)).map((sheet) => sheet.dataset.sheetLabel ?? '');
}

/** How many lines a piece of printed text takes: the distinct rows its line boxes stand on. */
export function printedLines(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
}
