import JSZip from 'jszip';
import sax from 'sax';
import { textsOf, type FormDocument } from './template-files.ts';

/** What a Word file holds, read back from its XML: each paragraph's text, and each table's cell count per row. */
export interface DocxContent {
  paragraphs: string[];
  tables: number[][];
}

/**
 * Unzips a .docx and parses `word/document.xml` with a strict XML parser: a file that does not
 * unzip or whose XML is not well-formed throws. Paragraphs inside table cells are included.
 */
export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('word/document.xml がありません');
  const paragraphs: string[] = [];
  const tables: number[][] = [];
  const open: number[][] = [];
  let paragraph: string | undefined;
  let inText = false;
  const parser = sax.parser(true);
  parser.onerror = (error) => {
    throw new Error(`word/document.xml が XML として読めません: ${error.message.split('\n')[0]}`);
  };
  parser.onopentag = (tag) => {
    if (tag.name === 'w:tbl') open.push([]);
    if (tag.name === 'w:tr') open.at(-1)?.push(0);
    if (tag.name === 'w:tc') {
      const rows = open.at(-1);
      if (rows && rows.length > 0) rows[rows.length - 1]!++;
    }
    if (tag.name === 'w:p') paragraph = '';
    if (tag.name === 'w:t') inText = true;
  };
  parser.ontext = (text) => {
    if (inText && paragraph !== undefined) paragraph += text;
  };
  parser.onclosetag = (name) => {
    if (name === 'w:t') inText = false;
    if (name === 'w:p' && paragraph !== undefined) {
      paragraphs.push(paragraph);
      paragraph = undefined;
    }
    if (name === 'w:tbl') tables.push(open.pop()!);
  };
  parser.write(xml).close();
  return { paragraphs, tables };
}

/**
 * Compares a Word file with the form it was written from: every table has its header and all
 * its rows with every cell, and every text of the form (title, headings, captions, header and
 * row headings, notes, articles, 記入例) is a paragraph of the file. Returns what differs.
 */
export function compareDocx(content: DocxContent, form: FormDocument): string[] {
  const problems: string[] = [];
  const expected = form.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
  if (content.tables.length !== expected.length) problems.push(`表が ${content.tables.length} 個あります（原稿は ${expected.length} 個）`);
  expected.forEach((table, index) => {
    const rows = content.tables[index] ?? [];
    const want = [table.header.length, ...table.rows.map((row) => row.length)];
    if (rows.join(',') !== want.join(',')) problems.push(`表「${table.caption}」の行ごとのセルの数が ${rows.join(',')} です（原稿は ${want.join(',')}）`);
  });
  const present = new Set(content.paragraphs.map((text) => text.trim()));
  for (const text of textsOf(form)) if (!present.has(text)) problems.push(`「${text}」がありません`);
  return problems;
}
