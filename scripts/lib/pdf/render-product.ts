import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import type { PrintProduct } from '../../../src/lib/print/products.ts';
import { defaultPrintFamilies, printFontFaces, type PrintFontFamilyId } from '../../../src/lib/print/fonts.ts';
import { basePathOf, downloadsHref, pamphletThumbnailHref } from '../../../src/lib/routes.ts';
import { chromiumArgs, chromiumPath } from '../chromium.ts';
import { serveStatic, type StaticServer } from '../static-server.ts';
import { checkPanels, checkPdf, checkPrintedCharacters, checkQrCodes, PrintCheckFailure } from './checks.ts';
import { inspectPdf } from './inspect-pdf.ts';
import { renderBook } from './book/render-book.ts';
import { renderCoverSpread, type CoverRender } from './book/render-cover.ts';
import { binding } from '../../../src/lib/print/binding.ts';
import { engineStyles } from './engine-styles.ts';
import { pressPdf, readingPdf } from './lay-out-pdf.ts';
import { hasDraftMark, preflight, readPageTexts, type PreflightLine } from './press.ts';
import { stampDraftMark } from './draft-mark.ts';
import { requestRecorder, staticInputs } from './render-cache.ts';
import type { PrintFontSubsets } from './print-fonts.ts';
import type { RenderResult } from './render-result.ts';

// Rendering itself: Vivliostyle lays the PDFs out; Chromium (Playwright) opens each print page for the
// checks that read the page (characters, panels, QR codes) and draws the thumbnails. Loaded by
// render-products.ts only when a product must be rendered.

/** The built site served on 127.0.0.1 and a browser to print it with. */
export async function openRenderer(siteDir: string, base: string): Promise<{ server: StaticServer; browser: Browser; close(): Promise<void> }> {
  // Under the public URL's folder, as the site is published: its pages name their files under it.
  const server = await serveStatic(siteDir, { base });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** One renderer's browser pages: a sharp one for the PDF and its QR check, a small one for thumbnails. */
export interface Worker {
  pdf: Page;
  thumbnail: () => Promise<Page>;
  close(): Promise<void>;
}

export async function openWorker(browser: Browser): Promise<Worker> {
  // A high pixel density, so the QR codes screenshot sharply enough to decode.
  const contexts: BrowserContext[] = [await browser.newContext({ deviceScaleFactor: 3 })];
  const pdf = await contexts[0]!.newPage();
  let thumbnail: Page | undefined;
  return {
    pdf,
    thumbnail: async () => {
      if (!thumbnail) {
        const context = await browser.newContext({ deviceScaleFactor: thumbnailScale });
        contexts.push(context);
        thumbnail = await context.newPage();
      }
      return thumbnail;
    },
    close: async () => {
      for (const context of contexts) await context.close();
    },
  };
}

/** Opens a print page as it prints: print media, its typeface loaded for every character, images in. */
async function openPrintPage(page: Page, url: string, product: PrintProduct): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new PrintCheckFailure(product, '印刷用ページ', `${url} が開けません（${response?.status() ?? '応答なし'}）。`);
  await page.emulateMedia({ media: 'print' });
  await loadPrintFonts(page, product.families);
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
}

/** What the browser found on a product's print page, for its layout and the render cache. */
export interface CheckedPage {
  product: PrintProduct;
  url: string;
  /** Where the renderer's server serves the site, under the base: the product's other pages are site paths under it. */
  siteUrl: string;
  /** Every file of the site the page loaded (and _headers, whose policy it is served with). */
  inputs: string[];
  /** The thumbnails written, from the site's root. */
  thumbnails: string[];
}

/**
 * Opens a product's print page in the browser and runs the checks that read the page: every
 * character in its font subset, every panel fits and is filled, every QR code decodes to the
 * public URL; then draws its thumbnails. These take a second or two per page, so the build runs
 * them for every product before any layout, and a mistake in a pamphlet stops it at once.
 */
export async function checkPrintPage(worker: Worker, baseUrl: string, product: PrintProduct, siteDir: string, publicUrl: string, fonts: PrintFontSubsets | undefined, log: (line: string) => void): Promise<CheckedPage> {
  const url = new URL(product.path.slice(1), baseUrl).href;
  // Every file the browser asks for, added to the ones the built files name, is an input of this product;
  // so is _headers, whose Content-Security-Policy the server sends with the page.
  const base = basePathOf(publicUrl);
  const inputs = new Set([...staticInputs(siteDir, product.path, base), '/_headers']);
  const record = requestRecorder(baseUrl, base, inputs);
  const page = worker.pdf;
  page.on('request', record);
  try {
    log(`▶ ${product.pdf}: ${url} を確かめます`);
    await openPrintPage(page, url, product);
    const subset = fonts?.get(product.fonts);
    if (subset) await checkPrintedCharacters(page, product, subset);
    if (product.panels.length > 0) await checkPanels(page, product);
    const codes = await checkQrCodes(page, product, publicUrl);
    if (codes > 0) log(`  QRコード ${codes} 個を読み取り、アドレスを確かめました`);
    const thumbnails: string[] = [];
    if (product.thumbnails) {
      const thumbnail = await worker.thumbnail();
      thumbnail.on('request', record);
      try {
        thumbnails.push(...(await writeThumbnails(thumbnail, url, product, siteDir)));
      } finally {
        thumbnail.off('request', record);
      }
    }
    return { product, url, siteUrl: baseUrl, inputs: [...inputs], thumbnails };
  } finally {
    page.off('request', record);
  }
}

/**
 * Lays out a checked product with the print engine: its reading PDF and, for a print shop, its
 * press PDF (a book through book/render-book.ts), checks each as written and writes them.
 */
export async function layOutProduct(checked: CheckedPage, siteDir: string, log: (line: string) => void) {
  const { product, url, siteUrl } = checked;
  const started = performance.now();
  log(`▶ ${product.pdf}: 組版します`);
  let bytes: Uint8Array;
  let pressBytes: Uint8Array | undefined;
  // What the press version is compared with page by page: the reading version, or a book's block in it.
  let pressReference: Uint8Array | undefined;
  let cover: CoverRender | undefined;
  let passes = 1;
  if (product.book) {
    // A book: laid out until its page numbers settle (book/render-book.ts), in both versions,
    // then its cover spread, as wide as the block is thick (book/render-cover.ts).
    const book = await renderBook(url, product, log);
    ({ reading: bytes, press: pressBytes, pressReference, passes } = book);
    if (product.press?.cover) {
      cover = await renderCoverSpread(new URL(product.press.cover.path.slice(1), siteUrl).href, book.blockPages, engineStyles(product));
      log(`  表紙（表4・背・表1）: ${cover.page.widthMm.toFixed(1)} × ${cover.page.heightMm} mm、背の幅 ${cover.spineMm} mm（本文 ${book.blockPages} ページ、${binding.paperMmPerLeaf} mm／枚）`);
    }
  } else {
    const styles = engineStyles(product);
    bytes = await readingPdf(url, styles);
    if (product.press) pressBytes = await pressPdf(url, product.press.pages, styles);
  }
  // What is written is the finished file, so that is what is checked.
  const pdf = await inspectPdf(bytes);
  checkPdf(product, pdf);
  const outputs = [join(downloadsHref, product.pdf)];
  await writeFile(join(siteDir, outputs[0]!), bytes);
  if (product.press && pressBytes) {
    outputs.push(join(downloadsHref, product.press.pdf));
    await writePressPdf(product, pressBytes, pressReference ?? bytes, join(siteDir, outputs[1]!), log);
  }
  if (product.press?.cover && cover) {
    outputs.push(join(downloadsHref, product.press.cover.pdf));
    await writePressPdf({ ...product, press: { pdf: product.press.cover.pdf, pages: [{ ...cover.page, foldsMm: [...cover.page.foldsMm] }] } }, cover.press, cover.reference, join(siteDir, outputs.at(-1)!), log);
  }
  outputs.push(...checked.thumbnails);
  const seconds = (performance.now() - started) / 1000;
  log(`✔ ${product.pdf}: ${pdf.pages.length} ページ、${(bytes.length / 1024).toFixed(0)} KB、${passes} 回組版、${seconds.toFixed(1)} 秒`);
  const result: RenderResult = { id: product.id, pdf: product.pdf, pages: pdf.pages.length, bytes: bytes.length, passes, seconds };
  return { result, inputs: checked.inputs, outputs: outputs.map((output) => output.replace(/^\//, '')) };
}

/**
 * Loads each print family the page prints in (PrintProduct.families), in each of its weights, for
 * every character on the page and in the running headers: text that only appears in a margin box
 * would otherwise fall back to a system font.
 */
export async function loadPrintFonts(page: Page, families: readonly PrintFontFamilyId[] = defaultPrintFamilies): Promise<void> {
  const faces = printFontFaces(families).map((face) => `${face.weight} 12px "${face.family.name}"`);
  const missing = await page.evaluate(async (faces) => {
    const heads = [...document.querySelectorAll('[data-running-head]')].map((element) => element.getAttribute('data-running-head')).join('');
    const text = `${document.body.innerText}${heads}0123456789`;
    // A face the page's rules do not declare loads nothing (and check() would not notice it).
    const loaded = await Promise.all(faces.map((face) => document.fonts.load(face, text)));
    await document.fonts.ready;
    return faces.filter((face, index) => loaded[index]!.length === 0 || !document.fonts.check(face, text));
  }, faces);
  if (missing.length > 0) throw new Error(`印刷用の文字 ${missing.map((face) => face.replace(/^(\d+) 12px "(.+)"$/, '$2（太さ $1）')).join('、')}を読み込めません。印刷用ページが読み込むフォントの規則（/print/fonts/pages/）に、その書体があるか確かめてください。`);
}

/** How small a side's picture is drawn: an A4 side becomes about 280 × 390 pixels. */
const thumbnailScale = 0.35;

/**
 * Draws each printed side of a pamphlet as a small PNG for the organisers' page
 * (/pamphlets/), from the same print page the PDF is made from. Returns the files, from the site's root.
 */
async function writeThumbnails(page: Page, url: string, product: PrintProduct, siteDir: string): Promise<string[]> {
  await openPrintPage(page, url, product);
  const files: string[] = [];
  const sheets = page.locator('.sheet');
  for (let index = 0; index < (await sheets.count()); index++) {
    const sheet = sheets.nth(index);
    const id = ((await sheet.getAttribute('class')) ?? '').match(/sheet-([a-z-]+)/)?.[1] ?? String(index + 1);
    const href = pamphletThumbnailHref(product.id, id);
    await mkdir(join(siteDir, href, '..'), { recursive: true });
    await writeFile(join(siteDir, href), await sheet.screenshot({ scale: 'device' }));
    files.push(href);
  }
  return files;
}

/**
 * Runs the preflight on a product's print shop version (laid out with bleed, marks and inks)
 * against its reading version (first drawing the draft mark outside its trim when the reading
 * version is a draft's), logs the report and writes the file; any failed line stops the
 * build, naming the product and the check.
 */
export async function writePressPdf(product: PrintProduct, bytes: Uint8Array, trimPdf: Uint8Array, file: string, log: (line: string) => void): Promise<void> {
  const pages = product.press!.pages;
  // A draft's reading version says 「公開前の確認用」 on its pages: the press version says it outside the trim (draft-mark.ts).
  if ((await readPageTexts(trimPdf)).some((page) => hasDraftMark(page.text))) bytes = await stampDraftMark(bytes);
  const report = await preflight(bytes, trimPdf, pages, (await inspectPdf(bytes)).fonts);
  log(`  ${product.press!.pdf}（印刷会社向け）のプリフライト:`);
  for (const line of summarisePages(report)) log(`    ${line.ok ? '✔' : '✘'} ${line.check}: ${line.detail}`);
  const failed = report.find((line) => !line.ok);
  if (failed) throw new PrintCheckFailure({ ...product, pdf: product.press!.pdf }, `プリフライト（${failed.check}）`, failed.detail);
  await writeFile(file, bytes);
}

/**
 * The preflight's page lines, one per check where every page passed alike (a 104-page book
 * would otherwise log 312 lines); a page that fails is always listed on its own.
 */
function summarisePages(report: readonly PreflightLine[]): PreflightLine[] {
  const perPage = /^(\d+) ページの(.+)$/;
  const groups = new Map<string, PreflightLine[]>();
  for (const line of report) {
    const match = perPage.exec(line.check);
    if (match) groups.set(match[2]!, [...(groups.get(match[2]!) ?? []), line]);
  }
  const summarised = new Set<string>();
  const lines: PreflightLine[] = [];
  for (const line of report) {
    const check = perPage.exec(line.check)?.[2];
    const group = check === undefined ? undefined : groups.get(check)!;
    const alike = group !== undefined && group.length > 2 && group.every((other) => other.ok && other.detail === group[0]!.detail);
    if (!alike) lines.push(line);
    else if (!summarised.has(check!)) {
      summarised.add(check!);
      lines.push({ check: `全 ${group.length} ページの${check}`, ok: true, detail: group[0]!.detail });
    }
  }
  return lines;
}
