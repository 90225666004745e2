import type { StringKey } from '../i18n/ja.ts';

/** A sheet of paper in millimetres, as it is printed (portrait or landscape). */
export interface PaperSize {
  widthMm: number;
  heightMm: number;
}

/** Paper sizes of the printed products. */
export const paper = {
  a4Portrait: { widthMm: 210, heightMm: 297 },
  a4Landscape: { widthMm: 297, heightMm: 210 },
  a3Portrait: { widthMm: 297, heightMm: 420 },
} as const satisfies Record<string, PaperSize>;

/** One panel of a pamphlet: where authors' `<Panel name="…">` goes, and how wide it prints. */
export interface PanelLayout {
  /** The name authors write in `<Panel name="…">`. */
  name: string;
  /** Width on the sheet; the panels of a sheet add up to the paper's width. */
  widthMm: number;
  /** Position when the pamphlet is read (cover first), which differs from the order on the sheet. */
  readingOrder: number;
}

/** One side of the paper: a page of the PDF, its panels from left to right. */
export interface SheetLayout {
  /** Class suffix of the sheet: `sheet-front`. */
  id: string;
  /** What the side is called in the print preview. */
  label: StringKey;
  panels: readonly PanelLayout[];
}

/** A kind of pamphlet: its paper, its sides and panels. The one table that the schema, the print page, its CSS and the PDF checks read. */
export interface PamphletFormat {
  /** What kind of product it is, for the downloads page: 「A4 チラシ（両面）」. */
  kind: StringKey;
  paper: PaperSize;
  /** The sides, in page order. */
  sheets: readonly SheetLayout[];
}

export const pamphletFormats = {
  /** A4 portrait, printed on both sides. */
  flyer: {
    kind: 'print.format.flyer',
    paper: paper.a4Portrait,
    sheets: [
      { id: 'front', label: 'print.sheetFront', panels: [{ name: 'front', widthMm: 210, readingOrder: 1 }] },
      { id: 'back', label: 'print.sheetBack', panels: [{ name: 'back', widthMm: 210, readingOrder: 2 }] },
    ],
  },
  /**
   * A4 landscape, printed on both sides (flipped on the short edge) and roll-folded into three:
   * the panel that folds in is 3 mm narrower, so it tucks inside without buckling.
   */
  trifold: {
    kind: 'print.format.trifold',
    paper: paper.a4Landscape,
    sheets: [
      {
        id: 'outside',
        label: 'print.sheetOutside',
        panels: [
          { name: 'flap', widthMm: 97, readingOrder: 2 },
          { name: 'back-cover', widthMm: 100, readingOrder: 6 },
          { name: 'cover', widthMm: 100, readingOrder: 1 },
        ],
      },
      {
        id: 'inside',
        label: 'print.sheetInside',
        panels: [
          { name: 'inside-left', widthMm: 100, readingOrder: 3 },
          { name: 'inside-center', widthMm: 100, readingOrder: 4 },
          { name: 'inside-right', widthMm: 97, readingOrder: 5 },
        ],
      },
    ],
  },
  /** A4 portrait, one side: a single sheet, such as the やさしい日本語 flyer. */
  sheet: {
    kind: 'print.format.sheet',
    paper: paper.a4Portrait,
    sheets: [{ id: 'front', label: 'print.sheetFront', panels: [{ name: 'front', widthMm: 210, readingOrder: 1 }] }],
  },
  /** A3 portrait, one side: a poster for notice boards (掲示板). */
  poster: {
    kind: 'print.format.poster',
    paper: paper.a3Portrait,
    sheets: [{ id: 'front', label: 'print.sheetFront', panels: [{ name: 'front', widthMm: 297, readingOrder: 1 }] }],
  },
} as const satisfies Record<string, PamphletFormat>;

export type PamphletFormatName = keyof typeof pamphletFormats;

/** The names of the formats, for the schema's list of allowed values. */
export const pamphletFormatNames = Object.keys(pamphletFormats) as [PamphletFormatName, ...PamphletFormatName[]];

/** A format's panel names in reading order: what an author must write, cover first. */
export function panelsOf(format: PamphletFormatName): string[] {
  const sheets: readonly SheetLayout[] = pamphletFormats[format].sheets;
  const panels = sheets.flatMap((sheet) => sheet.panels);
  return [...panels].sort((a, b) => a.readingOrder - b.readingOrder).map((panel) => panel.name);
}

/** Every panel name any format has, for the `<Panel name>` rule. */
export const allPanelNames = [...new Set(pamphletFormatNames.flatMap(panelsOf))];

/**
 * The CSS that sizes each format's pages, sheets and panel columns, generated from the table
 * above so that no size is written twice (served as /print/pamphlets/formats.css). The sheet's
 * size is also given as `--sheet-width` and `--sheet-height`, for the pamphlet maker's preview,
 * which scales the sheet down and must leave that much less room for it.
 */
export function pamphletFormatCss(): string {
  return Object.entries(pamphletFormats)
    .flatMap(([name, format]) => [
      `@page ${name} { size: ${format.paper.widthMm}mm ${format.paper.heightMm}mm; margin: 0; }`,
      `.print-${name} .sheet { page: ${name}; --sheet-width: ${format.paper.widthMm}mm; --sheet-height: ${format.paper.heightMm}mm; width: var(--sheet-width); height: var(--sheet-height); }`,
      ...format.sheets.map((sheet) => `.print-${name} .sheet-${sheet.id} { grid-template-columns: ${sheet.panels.map((panel) => `${panel.widthMm}mm`).join(' ')}; }`),
    ])
    .join('\n');
}
