import { t } from '../i18n/ja.ts';
import { pdfHref, printGuidebookCoverHref, printGuidebookHref, printPamphletHref, printSubsetCssHref } from '../routes.ts';
import { panelsOf, pamphletFormats, paper, type PamphletFormatName, type PaperSize } from './formats.ts';
import { defaultPrintFamilies, type PrintFontFamilyId } from './fonts.ts';

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
  size: PaperSize;
  /** Exact page count for pamphlets; the guidebook's grows with its text. */
  pages: number | undefined;
  /**
   * Whether it is a bound book (the guidebook): page numbers in its contents and references written in by the
   * renderer, chapters opening on right-hand pages, a page count that is a multiple of 4 (scripts/lib/pdf/book/).
   */
  book: boolean;
  /** Panels that must fit on their page (pamphlets), checked before printing. */
  panels: readonly string[];
  /** A pamphlet's format (src/lib/print/formats.ts): what `npm run pamphlet` checks an event file's lengths against. */
  format?: PamphletFormatName;
  /** The content it is made from, named in error messages. */
  source: string;
  /** The print typeface's rules its page loads: a subset shared by the versions of one product (see routes.printSubsetCssHref). */
  fonts: string;
  /** The print families (src/lib/print/fonts.ts) its page prints in: each is cut, loaded and allowed in its PDF. */
  families: readonly PrintFontFamilyId[];
  /** Whether its printed sides are pictured on the organisers' page (/pamphlets/), so the build draws them. */
  thumbnails?: boolean;
  /** For a print shop: the PDF made with bleed and marks beside this one, and each page's finished size and folds. */
  press?: { pdf: string; pages: { widthMm: number; heightMm: number; foldsMm: number[] }[]; cover?: { pdf: string; path: string } };
}

/** The print typeface's rules for the guidebook's page, and for a pamphlet's pages (both versions, under the pamphlet's id). */
export const guidebookFontsKey = 'guidebook';
export const guidebookFonts = printSubsetCssHref(guidebookFontsKey);
/** The guidebook's body text is set in BIZ UDMincho, everything else in BIZ UDPGothic (src/styles/print-guidebook-faces.css). */
export const guidebookFamilies: readonly PrintFontFamilyId[] = ['gothic', 'mincho'];
/** The families of the pages that load one product's rules, by the rules' key: the pamphlets and forms print in Gothic only. */
export const printFamiliesOf = (key: string): readonly PrintFontFamilyId[] => (key === guidebookFontsKey ? guidebookFamilies : defaultPrintFamilies);
export const pamphletFonts = (id: string) => printSubsetCssHref(id);
/** …and for a form of the 様式集 (its blank form and its 記入例). */
export const templateFontsKey = (id: string) => `template-${id}`;
export const templateFonts = (id: string) => printSubsetCssHref(templateFontsKey(id));

/** File name of the guidebook's PDF. */
const guidebookPdf = 'kyodo-guidebook.pdf';

/**
 * The guidebook as one printed document; its title is the guidebook's title in the strings file.
 * Its print shop version is the book block (A4 pages, no folds, with bleed and crop marks), and,
 * as a perfect-bound book needs, its cover apart: one spread of 表4, spine and 表1 whose width
 * follows the block's page count (src/lib/print/binding.ts).
 */
export function guidebookProduct(source: string): PrintProduct {
  const press = {
    pdf: guidebookPdf.replace(/\.pdf$/, '-press.pdf'),
    pages: [{ widthMm: paper.a4Portrait.widthMm, heightMm: paper.a4Portrait.heightMm, foldsMm: [] }],
    cover: { pdf: guidebookPdf.replace(/\.pdf$/, '-cover-press.pdf'), path: printGuidebookCoverHref },
  };
  return { id: 'guidebook', title: t('guidebook.indexTitle'), kind: t('print.format.booklet'), path: printGuidebookHref, pdf: guidebookPdf, size: paper.a4Portrait, pages: undefined, book: true, panels: [], source, fonts: guidebookFonts, families: guidebookFamilies, press };
}

/** The versions of a pamphlet that are printed: as written, and, when it has an event box, blank with write-in spaces. */
export type PamphletVariant = 'filled' | 'blank';

/** The versions a pamphlet's content asks for. */
export const pamphletVariants = (data: { event?: unknown }): PamphletVariant[] => (data.event ? ['filled', 'blank'] : ['filled']);

/** The version the organisers' page pictures: the write-in one where there is one, as organisers get it. */
export const picturedVariant = (data: { event?: unknown }): PamphletVariant => pamphletVariants(data).at(-1)!;

/** The `[...path]` parameter of a pamphlet's print page (see routes.printPamphletHref). */
export const printPamphletParam = (id: string, variant: PamphletVariant) => (variant === 'blank' ? `${id}/blank` : id);

/** A pamphlet from its content entry: paper, pages and panels come from its format. */
export function pamphletProduct(id: string, title: string, format: PamphletFormatName, source: string, variant: PamphletVariant = 'filled'): PrintProduct {
  const { kind, paper: size, sheets } = pamphletFormats[format];
  const blank = variant === 'blank';
  return {
    id: blank ? `${id}-blank` : id,
    title: blank ? `${title}${t('print.blankSuffix')}` : title,
    kind: t(kind),
    path: printPamphletHref(id, variant),
    pdf: blank ? `${id}-blank.pdf` : `${id}.pdf`,
    size,
    pages: sheets.length,
    book: false,
    panels: panelsOf(format),
    format,
    source,
    // The blank version shares the subset: it prints the same words, less the event's.
    fonts: pamphletFonts(id),
    families: defaultPrintFamilies,
    // The print shop's version is of the pamphlet as written; the blank one is for photocopying.
    ...(blank ? {} : { press: { pdf: `${id}-press.pdf`, pages: sheets.map((sheet) => ({ widthMm: size.widthMm, heightMm: size.heightMm, foldsMm: foldsOf(sheet.panels) })) } }),
  };
}

/** Where a sheet folds: after every panel but the last, in millimetres from the left. */
function foldsOf(panels: readonly { widthMm: number }[]): number[] {
  return panels.slice(0, -1).map((_, index) => panels.slice(0, index + 1).reduce((sum, panel) => sum + panel.widthMm, 0));
}

/** URL of a product's PDF. */
export const productPdfHref = (product: Pick<PrintProduct, 'pdf'>) => pdfHref(product.pdf);

/** URL of the guidebook's PDF, linked from the guidebook's pages. */
export const guidebookPdfHref = pdfHref(guidebookPdf);

const megabytes = new Intl.NumberFormat('ja-JP', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
const kilobytes = new Intl.NumberFormat('ja-JP', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });

/** A file size as people read it: 「1.2 MB」, 「350 KB」. */
export function formatFileSize(bytes: number): string {
  return bytes >= 1_000_000 ? megabytes.format(bytes / 1_000_000) : kilobytes.format(Math.max(1, bytes / 1000));
}
