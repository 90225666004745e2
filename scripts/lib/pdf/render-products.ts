import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import type { PrintProduct } from '../../../src/lib/print/products.ts';
import { printFontFamily } from '../../../src/lib/print/fonts.ts';
import { downloadsHref, pamphletThumbnailHref, printManifestHref } from '../../../src/lib/routes.ts';
import { chromiumArgs, chromiumPath } from '../chromium.ts';
import { serveStatic } from '../static-server.ts';
import { checkPanels, checkPdf, checkQrCodes, PrintCheckFailure } from './checks.ts';
import { inspectPdf } from './inspect-pdf.ts';
import { fillTableOfContents } from './table-of-contents.ts';
import { makePressPdf, preflight } from './press.ts';
import { fillDownloadsPage, type RenderedPdf } from './downloads-page.ts';

/** The most render passes a table of contents may need before its numbers stop changing. */
const maxPasses = 3;

export interface RenderResult extends RenderedPdf {
  pdf: string;
  passes: number;
  seconds: number;
}

/**
 * Renders every print product of a built site (listed in /print/manifest.json) to PDF in
 * `<siteDir>/downloads/`, checks each, and fills in the downloads page. Progress goes to `log`;
 * the first failed check throws a PrintCheckFailure naming the document and the check.
 */
export async function renderPrintProducts(siteDir: string, publicUrl: string, log: (line: string) => void = console.log): Promise<RenderResult[]> {
  const server = await serveStatic(siteDir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const products = (await (await fetch(new URL(printManifestHref.slice(1), server.url))).json()) as PrintProduct[];
    await mkdir(join(siteDir, downloadsHref), { recursive: true });
    const results: RenderResult[] = [];
    // Pamphlets first: their fit checks are the ones an author's edit most often fails, and they take a second, not the guidebook's four.
    const renderOrder = [...products].sort((a, b) => Number(b.panels.length > 0) - Number(a.panels.length > 0));
    for (const product of renderOrder) {
      // A high pixel density, so the QR codes screenshot sharply enough to decode.
      const page = await browser.newPage({ deviceScaleFactor: 3 });
      try {
        results.push(await renderProduct(page, new URL(product.path.slice(1), server.url).href, product, siteDir, publicUrl, log));
      } finally {
        await page.close();
      }
    }
    for (const product of products.filter((item) => item.panels.length > 0)) await writeThumbnails(browser, new URL(product.path.slice(1), server.url).href, product, siteDir);
    await fillDownloadsPage(join(siteDir, downloadsHref, 'index.html'), results);
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function renderProduct(page: Page, url: string, product: PrintProduct, siteDir: string, publicUrl: string, log: (line: string) => void): Promise<RenderResult> {
  const started = performance.now();
  log(`▶ ${product.pdf}: ${url} を読み込みます`);
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new PrintCheckFailure(product, '印刷用ページ', `${url} が開けません（${response?.status() ?? '応答なし'}）。`);
  await page.emulateMedia({ media: 'print' });
  await loadPrintFonts(page);
  if (product.panels.length > 0) await checkPanels(page, product);
  const codes = await checkQrCodes(page, product, publicUrl);
  if (codes > 0) log(`  QRコード ${codes} 個を読み取り、アドレスを確かめました`);

  let bytes = await renderPdf(page);
  let pdf = await inspectPdf(bytes);
  let passes = 1;
  log(`  1 回目の描画: ${pdf.pages.length} ページ`);
  if (product.toc) {
    // Render, read where each heading landed, write the numbers in, render again: until stable.
    for (;;) {
      const { entries, changed, missing } = await fillTableOfContents(page, pdf.destinations);
      if (missing.length > 0) throw new PrintCheckFailure(product, '目次', `見出し ${missing.slice(0, 3).join('、')} の位置がPDFにありません。`);
      if (changed === 0) {
        log(`  目次の ${entries} 項目のページ番号が確定しました`);
        break;
      }
      if (passes === maxPasses) throw new PrintCheckFailure(product, '目次', `${maxPasses} 回描画しても、目次のページ番号が定まりません。`);
      await loadPrintFonts(page);
      bytes = await renderPdf(page);
      pdf = await inspectPdf(bytes);
      passes++;
      log(`  ${passes} 回目の描画: 目次の ${changed} 項目を書き込んで描き直しました（${pdf.pages.length} ページ）`);
    }
  }
  checkPdf(product, pdf);
  await writeFile(join(siteDir, downloadsHref, product.pdf), bytes);
  if (product.press) await writePressPdf(product, bytes, join(siteDir, downloadsHref, product.press.pdf), log);
  const seconds = (performance.now() - started) / 1000;
  log(`✔ ${product.pdf}: ${pdf.pages.length} ページ、${(bytes.length / 1024).toFixed(0)} KB、${passes} 回描画、${seconds.toFixed(1)} 秒`);
  return { id: product.id, pdf: product.pdf, pages: pdf.pages.length, bytes: bytes.length, passes, seconds };
}

export async function renderPdf(page: Page): Promise<Uint8Array> {
  // Tagged, so that the bookmarks (outline) and screen readers have a structure to read.
  return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true }));
}

/**
 * Loads the print typeface for every character on the page and in the running headers:
 * text that only appears in a margin box would otherwise fall back to a system font.
 */
export async function loadPrintFonts(page: Page): Promise<void> {
  const missing = await page.evaluate(async (family) => {
    const heads = [...document.querySelectorAll('[data-running-head]')].map((element) => element.getAttribute('data-running-head')).join('');
    const text = `${document.body.innerText}${heads}0123456789`;
    await Promise.all([400, 700].map((weight) => document.fonts.load(`${weight} 12px "${family}"`, text)));
    await document.fonts.ready;
    return [400, 700].filter((weight) => !document.fonts.check(`${weight} 12px "${family}"`, text));
  }, printFontFamily);
  if (missing.length > 0) throw new Error(`印刷用の文字 ${printFontFamily}（太さ ${missing.join(', ')}）を読み込めません。`);
}

/** How small a side's picture is drawn: an A4 side becomes about 280 × 390 pixels. */
const thumbnailScale = 0.35;

/**
 * Draws each printed side of a pamphlet as a small PNG for the organisers' page
 * (/pamphlets/), from the same print page the PDF is made from.
 */
async function writeThumbnails(browser: Browser, url: string, product: PrintProduct, siteDir: string): Promise<void> {
  const page = await browser.newPage({ deviceScaleFactor: thumbnailScale });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    await loadPrintFonts(page);
    const sheets = page.locator('.sheet');
    for (let index = 0; index < (await sheets.count()); index++) {
      const sheet = sheets.nth(index);
      const id = ((await sheet.getAttribute('class')) ?? '').match(/sheet-([a-z-]+)/)?.[1] ?? String(index + 1);
      const file = join(siteDir, pamphletThumbnailHref(product.id, id));
      await mkdir(join(file, '..'), { recursive: true });
      await writeFile(file, await sheet.screenshot({ scale: 'device' }));
    }
  } finally {
    await page.close();
  }
}

/**
 * Makes the print shop's version of a product (bleed, marks, boxes), runs the preflight and logs
 * its report; any failed line stops the build, naming the product and the check.
 */
export async function writePressPdf(product: PrintProduct, trimPdf: Uint8Array, file: string, log: (line: string) => void): Promise<void> {
  const pages = product.press!.pages;
  const bytes = await makePressPdf(trimPdf, pages);
  const report = await preflight(bytes, trimPdf, pages, (await inspectPdf(bytes)).fonts);
  log(`  ${product.press!.pdf}（印刷会社向け）のプリフライト:`);
  for (const line of report) log(`    ${line.ok ? '✔' : '✘'} ${line.check}: ${line.detail}`);
  const failed = report.find((line) => !line.ok);
  if (failed) throw new PrintCheckFailure({ ...product, pdf: product.press!.pdf }, `プリフライト（${failed.check}）`, failed.detail);
  await writeFile(file, bytes);
}
