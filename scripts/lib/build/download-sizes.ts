import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { selectAll } from 'hast-util-select';
import { formatFileSize } from '../../../src/lib/print/products.ts';
import { downloadsHref, guidebookTemplatesHref, publicPath } from '../../../src/lib/routes.ts';
import { StepFailure } from '../steps.ts';

/** What the build wrote that the downloads pages list: each print product's PDF, and each file of the 様式集. A kind left out keeps its cells as they are (`npm run pdf` renders the PDFs alone). */
export interface DownloadFiles {
  /** By the product's id (`data-pdf-pages`, `data-pdf-size` cells). */
  pdfs?: readonly { id: string; pages: number; bytes: number }[];
  /** By the file's site path (`data-file-size` cells). */
  files?: readonly { href: string; bytes: number }[];
}

/** The built pages that list files by size: the downloads page and the guidebook's 様式集 page. */
const pagesListingDownloads = () => [downloadsHref, guidebookTemplatesHref()];

/**
 * Writes the page count and size of every file the build wrote into the pages that list them:
 * the one step of the build that writes into pages Astro built. Astro builds those pages before
 * the files exist, with 「未作成」 in each cell. A cell for a file that was not written stops the
 * build, so a page never lists a missing file. Each cell is marked `data-pagefind-ignore`, so the
 * search index Astro's build made from the same pages stays true (a cell without it stops the build).
 */
export async function fillDownloadSizes(siteDir: string, base: string, written: DownloadFiles): Promise<number> {
  const pdfs = new Map((written.pdfs ?? []).map((pdf) => [pdf.id, pdf]));
  // The pages name each file as the browser asks for it, under the base.
  const files = new Map((written.files ?? []).map((file) => [publicPath(file.href, base), file]));
  const selectors = [...(written.pdfs ? ['[data-pdf-pages]', '[data-pdf-size]'] : []), ...(written.files ? ['[data-file-size]'] : [])];
  if (selectors.length === 0) return 0;
  let filled = 0;
  for (const page of pagesListingDownloads()) {
    const path = join(siteDir, page, 'index.html');
    const tree: Root = fromHtml(await readFile(path, 'utf8'));
    for (const cell of selectAll(selectors.join(', '), tree) as Element[]) {
      const { dataPdfPages, dataPdfSize, dataFileSize, dataPagefindIgnore } = cell.properties;
      const named = String(dataPdfPages ?? dataPdfSize ?? dataFileSize);
      if (dataPagefindIgnore === undefined) throw new StepFailure(`${page}: 「${named}」の大きさを書く欄に data-pagefind-ignore がありません。検索インデックスは書き込む前のページから作るので、この欄は索引から外してください。`);
      const text =
        dataFileSize !== undefined
          ? formatFileSize((files.get(named) ?? missing(page, named)).bytes)
          : dataPdfPages !== undefined
            ? `${(pdfs.get(named) ?? missing(page, named)).pages} ページ`
            : formatFileSize((pdfs.get(named) ?? missing(page, named)).bytes);
      cell.children = [{ type: 'text', value: text }];
      filled++;
    }
    await writeFile(path, toHtml(tree));
  }
  return filled;
}

function missing(page: string, named: string): never {
  throw new StepFailure(`${page} が、作られていないファイル「${named}」を載せています。`);
}
