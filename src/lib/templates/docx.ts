import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeightRule,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import JSZip from 'jszip';
import { t } from '../i18n/ja.ts';
import { formPage } from '../print/form-page.ts';
import { mmToTwips } from '../print/units.ts';
import { referenceNoteOf, type FormBlock, type FormDocument, type FormTable } from './template-files.ts';

/**
 * The typefaces the Word files name. BIZ UDP fonts ship with Windows 10 and later and with
 * Microsoft Office; where they are missing, Word substitutes the `altName` written into the
 * font table (MS 明朝 / MS ゴシック), and LibreOffice its own Japanese font.
 */
export const docxFonts = {
  body: { name: 'BIZ UDP明朝', fallback: 'ＭＳ 明朝', family: 'roman' },
  heading: { name: 'BIZ UDPゴシック', fallback: 'ＭＳ ゴシック', family: 'swiss' },
} as const;

/** The form's page (src/lib/print/form-page.ts) in twentieths of a point. */
const page = { width: mmToTwips(formPage.widthMm), height: mmToTwips(formPage.heightMm), margin: mmToTwips(formPage.marginMm), headerFooter: mmToTwips(formPage.headerFooterMm) };
const contentWidth = page.width - 2 * page.margin;
/** One handwriting line in a blank cell. */
const lineTwips = 400;
/** A seal box (印): 25 mm square, room for a representative's or the ward's seal. */
const sealTwips = mmToTwips(25);
const ruled = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
const borders = { top: ruled, bottom: ruled, left: ruled, right: ruled, insideHorizontal: ruled, insideVertical: ruled };

const fontsOf = (font: (typeof docxFonts)[keyof typeof docxFonts]) => ({ ascii: font.name, hAnsi: font.name, eastAsia: font.name, cs: font.name });
const run = (text: string, options: { bold?: boolean | undefined; size?: number | undefined; heading?: boolean | undefined } = {}) =>
  new TextRun({ text, bold: options.bold ?? false, ...(options.size ? { size: options.size } : {}), font: fontsOf(options.heading ? docxFonts.heading : docxFonts.body) });

/**
 * Writes a form as a Word document (.docx): A4, 公用文 layout, ruled tables, page numbers in the
 * footer, and the note that it is the site's reference form (`site.siteName`: site.yaml's).
 */
export async function formToDocx(form: FormDocument, site: { siteName: string }): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  if (form.notice) children.push(noticeParagraph(form.notice), new Paragraph({ children: [run(t('templates.exampleNote'), { size: 18 })], spacing: { after: 120 } }));
  children.push(new Paragraph({ children: [run(t('templates.dateLine'))], alignment: AlignmentType.RIGHT, spacing: { after: 120 } }));
  if (form.addressee) children.push(new Paragraph({ children: [run(t('templates.addressee'))], spacing: { after: 240 } }));
  children.push(new Paragraph({ children: [run(form.title, { bold: true, size: 32, heading: true })], alignment: AlignmentType.CENTER, spacing: { before: 120, after: 240 } }));
  for (const block of form.blocks) children.push(...blockToDocx(block, form.variant));
  if (form.guide.length > 0) children.push(...guideToDocx(form.guide));

  const document = new Document({
    title: form.notice ? `${form.title}　${form.notice}` : form.title,
    creator: '',
    styles: { default: { document: { run: { font: fontsOf(docxFonts.body), size: 21 } } } },
    sections: [
      {
        properties: { page: { size: { width: page.width, height: page.height }, margin: { top: page.margin, bottom: page.margin, left: page.margin, right: page.margin, header: page.headerFooter, footer: page.headerFooter } } },
        // The 記入例 says so on every page, so a photocopied page is never taken for a real form.
        ...(form.notice ? { headers: { default: new Header({ children: [new Paragraph({ children: [run(form.notice, { bold: true, size: 18, heading: true })], alignment: AlignmentType.RIGHT })] }) } } : {}),
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT, t('templates.pageOf'), PageNumber.TOTAL_PAGES], size: 18, font: fontsOf(docxFonts.body) })],
              }),
              // These are the site's reference forms, not the ward's: every page says so.
              new Paragraph({ alignment: AlignmentType.CENTER, children: [run(referenceNoteOf(site.siteName), { size: 14 })] }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return addFontFallbacks(await Packer.toBuffer(document));
}

function noticeParagraph(notice: string): Paragraph {
  return new Paragraph({ children: [run(notice, { bold: true, size: 24, heading: true })], border: { top: ruled, bottom: ruled, left: ruled, right: ruled }, spacing: { after: 60 } });
}

function blockToDocx(block: FormBlock, variant: FormDocument['variant']): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ children: [run(block.text, { bold: true, size: 24, heading: true })], spacing: { before: 240, after: 120 }, keepNext: true })];
    case 'note':
      return [new Paragraph({ children: [run(block.text, { size: 19 })], spacing: { after: 120 }, keepNext: true })];
    case 'article': {
      const paragraphs: Paragraph[] = [];
      if (block.title) paragraphs.push(new Paragraph({ children: [run(block.title)], indent: { left: 210 }, keepNext: true }));
      // Articles hang: 「第1条」 and item numbers stand out at the left, the text wraps one character in.
      for (const text of block.paragraphs) paragraphs.push(new Paragraph({ children: [run(text)], indent: { left: 210, hanging: 210 }, spacing: { after: 120 } } satisfies IParagraphOptions));
      return paragraphs;
    }
    case 'table':
      return [captionParagraph(block.table.caption), tableToDocx(block.table, variant), new Paragraph({ children: [], spacing: { after: 120 } })];
  }
}

/** 記入の手引き: on a page of its own after the form, so no instruction is printed inside it (an agreement's articles). */
function guideToDocx(guide: readonly string[]): Paragraph[] {
  return [
    new Paragraph({ children: [run(t('templates.guideTitle'), { bold: true, size: 24, heading: true })], pageBreakBefore: true, spacing: { after: 120 }, keepNext: true }),
    ...guide.map((text) => new Paragraph({ children: [run(text)], indent: { left: 210 }, spacing: { after: 120 } })),
  ];
}

function captionParagraph(caption: string): Paragraph {
  return new Paragraph({ children: [run(caption, { size: 19, heading: true })], keepNext: true, spacing: { after: 60 } });
}

/**
 * Relative column widths: a graded sheet has grade columns just wide enough for their two-line
 * heads (「当てはまらない」 at 7 pt); other tables give the row headings a quarter, and a seal
 * column its 25 mm.
 */
export function columnWidths(table: FormTable): number[] {
  const count = table.header.length;
  if (table.graded) {
    const grades = count - 2;
    return [0.31, ...Array.from({ length: grades }, () => 0.46 / grades), 0.23];
  }
  const first = count === 2 ? 0.28 : 0.2;
  const seal = table.seal ? sealTwips / contentWidth : 0;
  const rest = table.seal ? count - 2 : count - 1;
  return [first, ...Array.from({ length: rest }, () => (1 - first - seal) / rest), ...(table.seal ? [seal] : [])];
}

function tableToDocx(table: FormTable, variant: FormDocument['variant']): Table {
  const widths = columnWidths(table).map((share) => Math.round(share * contentWidth));
  const headerShade = { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' };
  const rowShade = { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' };
  // A graded sheet's heads are set small, with narrow margins, so each fits its column in two lines.
  const smallHeads = table.graded;
  const cell = (lines: readonly string[], width: number, options: { header?: boolean; rowHeading?: boolean; center?: boolean | undefined; keepNext?: boolean }) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(options.header ? { shading: headerShade } : options.rowHeading ? { shading: rowShade } : {}),
      margins: options.header && smallHeads ? { top: 60, bottom: 60, left: 40, right: 40 } : { top: 60, bottom: 60, left: 100, right: 100 },
      children: [
        new Paragraph({
          alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          // Keep-with-next on a row's paragraphs keeps the row on the page of the row after it.
          keepNext: options.keepNext ?? false,
          children: lines.filter(Boolean).map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, bold: options.header ?? false, size: smallHeads && options.header ? 14 : 20, font: fontsOf(options.header || options.rowHeading ? docxFonts.heading : docxFonts.body) })),
        }),
      ],
    });
  const lines = (variant === 'blank' ? table.lines : 1) * lineTwips;
  const height = { value: table.seal ? Math.max(lines, sealTwips) : lines, rule: HeightRule.ATLEAST };
  // The first body row keeps the second (a table never starts with a row alone under its header), and the
  // last but one keeps the last (a table never ends with a row alone on a page).
  const last = table.rows.length - 1;
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    borders,
    rows: [
      // The header row repeats on every page the table runs over.
      new TableRow({ tableHeader: true, cantSplit: true, children: table.headLines.map((lines, index) => cell(lines, widths[index]!, { header: true, center: true, keepNext: true })) }),
      ...table.rows.map(
        (row, rowIndex) =>
          new TableRow({
            cantSplit: true,
            height,
            children: row.map((text, index) => cell([text], widths[index]!, { rowHeading: index === 0, center: table.graded && index > 0 && index < row.length - 1, keepNext: rowIndex < last && (rowIndex === 0 || rowIndex === last - 1) })),
          }),
      ),
    ],
  });
}

/**
 * Names the fallback typeface of each font in the font table (`w:altName`), which Word uses
 * when the named font is not installed. The docx writer has no option for it.
 */
async function addFontFallbacks(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = Object.values(docxFonts)
    .map((font) => `<w:font w:name="${font.name}"><w:altName w:val="${font.fallback}"/><w:charset w:val="80"/><w:family w:val="${font.family}"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
  const path = 'word/fontTable.xml';
  const existing = await zip.file(path)?.async('string');
  if (!existing) throw new Error(`${path} がありません`);
  zip.file(path, existing.replace(/<\/w:fonts>\s*$/, `${entries}</w:fonts>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
