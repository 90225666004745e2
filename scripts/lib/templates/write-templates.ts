import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { selectAll } from 'hast-util-select';
import { ContentErrors } from '../../../src/lib/content/content-error.ts';
import { formatFileSize } from '../../../src/lib/print/products.ts';
import { downloadsHref, guidebookTemplatesHref, printTemplateHref, templateFileHref } from '../../../src/lib/routes.ts';
import { compareDocx, readDocx } from '../../../src/lib/templates/check-docx.ts';
import { formToDocx } from '../../../src/lib/templates/docx.ts';
import { loadTemplates } from '../../../src/lib/templates/templates.ts';
import { chromiumArgs, chromiumPath } from '../chromium.ts';
import { inspectPdf } from '../pdf/inspect-pdf.ts';
import { loadPrintFonts, renderPdf } from '../pdf/render-product.ts';
import { serveStatic } from '../static-server.ts';
import { StepFailure } from '../steps.ts';

/** One file of the 様式集 as written: its address and size, and a PDF's page count. */
export interface TemplateFile {
  href: string;
  bytes: number;
  pages?: number;
}

/** A4 in PDF points, with a point of rounding either way. */
const a4 = { width: 595.28, height: 841.89 };

/**
 * Writes the 様式集 into a built site: for every form in `<contentRoot>/templates/`, the blank
 * form and its 記入例 as Word (.docx, read back and compared with the content) and as PDF
 * (rendered by Chromium from the form's print page, checked to be A4). Then writes each file's
 * size into the pages that list them. Any mismatch stops the build, naming the form's file.
 */
export async function writeTemplateFiles(siteDir: string, contentRoot: string, log: (line: string) => void = console.log): Promise<TemplateFile[]> {
  const { templates, problems } = loadTemplates(contentRoot);
  if (problems.length > 0) throw new ContentErrors(problems);
  await mkdir(join(siteDir, downloadsHref, 'templates'), { recursive: true });
  const written: TemplateFile[] = [];
  for (const template of templates) {
    for (const form of [template.blank, template.example]) {
      const href = templateFileHref(template.id, form.variant, 'docx');
      const bytes = await formToDocx(form);
      const differences = compareDocx(await readDocx(bytes), form);
      if (differences.length > 0) throw new StepFailure(`${template.file}: ${href} が原稿と違います: ${differences.slice(0, 5).join('。')}`);
      await writeFile(join(siteDir, href), bytes);
      written.push({ href, bytes: bytes.length });
    }
  }

  const server = await serveStatic(siteDir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    for (const template of templates) {
      for (const kind of ['blank', 'example'] as const) {
        const page = await browser.newPage();
        try {
          const url = new URL(printTemplateHref(template.id, kind).slice(1), server.url).href;
          const response = await page.goto(url, { waitUntil: 'networkidle' });
          if (!response?.ok()) throw new StepFailure(`${template.file}: 印刷用ページ ${url} が開けません（${response?.status() ?? '応答なし'}）。`);
          await page.emulateMedia({ media: 'print' });
          await loadPrintFonts(page);
          const bytes = await renderPdf(page);
          const pdf = await inspectPdf(bytes);
          const wrongSize = pdf.pages.find((size) => Math.abs(size.width - a4.width) > 1 || Math.abs(size.height - a4.height) > 1);
          if (wrongSize) throw new StepFailure(`${template.file}: PDF の用紙が A4 ではありません（${wrongSize.width} × ${wrongSize.height} pt）。`);
          const href = templateFileHref(template.id, kind, 'pdf');
          await writeFile(join(siteDir, href), bytes);
          written.push({ href, bytes: bytes.length, pages: pdf.pages.length });
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const file of written) log(`${file.href}: ${formatFileSize(file.bytes)}${file.pages ? `、${file.pages} ページ` : ''}`);
  for (const page of [guidebookTemplatesHref(), downloadsHref]) await fillFileSizes(join(siteDir, page, 'index.html'), written);
  return written;
}

/**
 * Writes each file's size into a built page's cells marked `data-file-size="<href>"`: Astro
 * builds the pages before the files exist, with 「未作成」 there. A cell for a file that was
 * not written stops the build, so a page never links a missing file.
 */
export async function fillFileSizes(file: string, files: readonly TemplateFile[]): Promise<void> {
  const tree: Root = fromHtml(await readFile(file, 'utf8'));
  const byHref = new Map(files.map((item) => [item.href, item]));
  for (const cell of selectAll('[data-file-size]', tree) as Element[]) {
    const href = String(cell.properties.dataFileSize);
    const written = byHref.get(href);
    if (!written) throw new StepFailure(`${file} が、作られていないファイル ${href} を載せています。`);
    cell.children = [{ type: 'text', value: formatFileSize(written.bytes) }];
  }
  await writeFile(file, toHtml(tree));
}
