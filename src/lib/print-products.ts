import type { PamphletFormat } from './content-schemas.ts';

/** Paper sizes in millimetres, portrait or landscape as the product is printed. */
export const paper = {
  a4Portrait: { widthMm: 210, heightMm: 297 },
  a4Landscape: { widthMm: 297, heightMm: 210 },
} as const;

/** One printed product: where its print page is, what PDF it becomes, and what that PDF must be. */
export interface PrintProduct {
  /** Short id, used in the PDF's file name and the downloads page. */
  id: string;
  /** Title shown on the downloads page. */
  title: string;
  /** What kind of product, in Japanese, e.g. 「A4 三つ折り」. */
  kind: string;
  /** The print page the PDF is rendered from. */
  path: string;
  /** File name under /downloads/. */
  pdf: string;
  /** Paper size of every page. */
  size: { widthMm: number; heightMm: number };
  /** Exact page count for pamphlets; the guidebook's grows with its text. */
  pages: number | undefined;
  /** Whether the document has a table of contents whose page numbers the renderer fills in. */
  toc: boolean;
  /** Panels that must fit on their page (pamphlets), checked before printing. */
  panels: readonly string[];
  /** The content it is made from, named in error messages. */
  source: string;
}

/** Kinds of pamphlet: their paper and page count. */
export const pamphletFormats: Record<PamphletFormat, { kind: string; size: PrintProduct['size']; pages: number }> = {
  flyer: { kind: 'A4 チラシ（両面）', size: paper.a4Portrait, pages: 2 },
  trifold: { kind: 'A4 三つ折りパンフレット（両面）', size: paper.a4Landscape, pages: 2 },
};

/** File name of the guidebook's PDF. */
const guidebookPdf = 'kyodo-guidebook.pdf';

/** The guidebook as one printed document. */
export function guidebookProduct(title: string, source: string): PrintProduct {
  return { id: 'guidebook', title, kind: 'A4 冊子', path: '/print/guidebook/', pdf: guidebookPdf, size: paper.a4Portrait, pages: undefined, toc: true, panels: [], source };
}

/** A pamphlet from its content entry. */
export function pamphletProduct(slug: string, title: string, format: PamphletFormat, panels: readonly string[], source: string): PrintProduct {
  const { kind, size, pages } = pamphletFormats[format];
  return { id: slug, title, kind, path: `/print/pamphlets/${slug}/`, pdf: `${slug}.pdf`, size, pages, toc: false, panels, source };
}

/** Millimetres to PDF points (1/72 inch). */
export const mmToPt = (mm: number) => (mm * 72) / 25.4;

const megabytes = new Intl.NumberFormat('ja-JP', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
const kilobytes = new Intl.NumberFormat('ja-JP', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });

/** A file size as people read it: 「1.2 MB」, 「350 KB」. */
export function formatFileSize(bytes: number): string {
  return bytes >= 1_000_000 ? megabytes.format(bytes / 1_000_000) : kilobytes.format(Math.max(1, bytes / 1000));
}

/** URL of a product's PDF. */
export const pdfHref = (product: Pick<PrintProduct, 'pdf'>) => `/downloads/${product.pdf}`;

/** URL of the guidebook's PDF, linked from the guidebook's pages. */
export const guidebookPdfHref = pdfHref({ pdf: guidebookPdf });
