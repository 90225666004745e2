/**
 * The one place that converts print lengths: every size is kept in millimetres (paper, margins,
 * panels, bleed) and turned into the unit a tool wants here: PDF points for pdf-lib and poppler,
 * CSS pixels for what the browser measures, twentieths of a point (twips) for Word.
 */

/** Millimetres in an inch: the inch is what points, CSS pixels and twips are fractions of. */
const mmPerInch = 25.4;
/** PDF (and CSS) points in an inch. */
const pointsPerInch = 72;
/** CSS pixels in an inch (CSS Values: 1px = 1/96 in). */
const cssPixelsPerInch = 96;
/** Word's twentieths of a point in an inch. */
const twipsPerInch = pointsPerInch * 20;

/** Millimetres to PDF points (1/72 inch). */
export const mmToPt = (mm: number) => (mm * pointsPerInch) / mmPerInch;

/** PDF points to millimetres. */
export const ptToMm = (pt: number) => (pt * mmPerInch) / pointsPerInch;

/** CSS pixels (1/96 inch) to millimetres. */
export const pxToMm = (px: number) => (px * mmPerInch) / cssPixelsPerInch;

/** Millimetres to Word's twips (1/1440 inch), rounded to the whole twip Word stores. */
export const mmToTwips = (mm: number) => Math.round((mm * twipsPerInch) / mmPerInch);
