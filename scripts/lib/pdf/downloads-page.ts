import { readFile, writeFile } from 'node:fs/promises';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { selectAll } from 'hast-util-select';
import { formatFileSize } from '../../../src/lib/print/products.ts';

/** What the downloads page shows for a PDF once it exists. */
export interface RenderedPdf {
  id: string;
  pages: number;
  bytes: number;
}

/**
 * Writes each PDF's page count and file size into the built downloads page. Astro builds the
 * page before the PDFs exist, with 「未作成」 in those cells; the renderer knows the numbers.
 */
export async function fillDownloadsPage(file: string, pdfs: readonly RenderedPdf[]): Promise<void> {
  const tree: Root = fromHtml(await readFile(file, 'utf8'));
  const byId = new Map(pdfs.map((pdf) => [pdf.id, pdf]));
  for (const cell of selectAll('[data-pdf-pages], [data-pdf-size]', tree) as Element[]) {
    const pdf = byId.get(String(cell.properties.dataPdfPages ?? cell.properties.dataPdfSize));
    if (!pdf) continue;
    const text = cell.properties.dataPdfPages !== undefined ? `${pdf.pages} ページ` : formatFileSize(pdf.bytes);
    cell.children = [{ type: 'text', value: text }];
  }
  await writeFile(file, toHtml(tree));
}
