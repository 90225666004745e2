// Makes one pamphlet with an event's details, for staff who prefer a file to the browser:
//   npm run pamphlet -- <pamphlet> --event <file.yaml> [--out <file.pdf>] [--press]
// The event file holds the maker's fields (name, date, time, place, organiser, application,
// contact, phone, email, note), each optional, and the event's kind (kind: フォーラム; one of
// src/lib/print/event-fields.ts's list, 講演会 when left out). The built site's pamphlet maker fills them in (in Chromium), and
// the filled page is laid out by the print engine as the build lays out the pamphlets, with the
// build's checks: every panel fits, page count and size, fonts embedded, QR code readable.
// --press writes the print shop's version instead: 3 mm bleed, crop marks, TrimBox and BleedBox,
// inks, after the same preflight as the build's.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { loadDataFile } from '../src/lib/content/load-data-file.ts';
import type { PrintProduct } from '../src/lib/print/products.ts';
import { eventFields } from '../src/lib/print/event-fields.ts';
import { pamphletMakerHref, printManifestHref } from '../src/lib/routes.ts';
import { chromiumArgs, chromiumPath } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import { contentSourceFromEnvironment, publishedBase } from './lib/content-folders.ts';
import { checkPanels, checkPdf, checkQrCodes } from './lib/pdf/checks.ts';
import { inspectPdf } from './lib/pdf/inspect-pdf.ts';
import { loadPrintFonts, writePressPdf } from './lib/pdf/render-product.ts';
import { engineStyles } from './lib/pdf/engine-styles.ts';
import { pressPdf, readingPdf } from './lib/pdf/lay-out-pdf.ts';
import { readEventFile } from './lib/pdf/event-file.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { event: { type: 'string' }, out: { type: 'string' }, site: { type: 'string', default: 'dist' }, press: { type: 'boolean', default: false } } });
const fail = (message: string): never => {
  console.error(`✘ ${message}`);
  process.exit(1);
};

const [id] = positionals;
if (!id || !values.event) fail('使い方: npm run pamphlet -- <パンフレット> --event <イベントのファイル.yaml> [--out <出力するPDF>]');
const siteDir = resolve(values.site);
if (!existsSync(join(siteDir, printManifestHref))) fail(`${relative(process.cwd(), siteDir)}/ にビルド済みのサイトがありません。先に npm run build を実行してください。`);

// The built site's list of products says which pamphlets have an event box, and each one's format,
// which decides how long each detail may be.
const products = JSON.parse(readFileSync(join(siteDir, printManifestHref), 'utf8')) as PrintProduct[];
const base = products.find((product) => product.id === `${id}-blank`);
if (!base?.format) fail(`イベントの欄があるパンフレット「${id}」はありません。使えるのは ${products.filter((product) => product.id.endsWith('-blank')).map((product) => product.id.replace(/-blank$/, '')).join('、')} です。`);

let event;
try {
  event = readEventFile(resolve(values.event!), relative(process.cwd(), resolve(values.event!)), base!.format!);
} catch (error) {
  fail(`イベントのファイルに誤りがあります:\n${error instanceof Error ? error.message : String(error)}`);
}

// The maker's page filled in, served beside the maker for the print engine (which runs no scripts).
const filledPages = new Map<string, string>();
const server = await serveStatic(siteDir, { pages: filledPages, base: publishedBase(contentSourceFromEnvironment()) });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const out = values.out ? relative(process.cwd(), resolve(values.out)) : `${id}-event${values.press ? '-press' : ''}.pdf`;
  const press = products.find((product) => product.id === id)?.press;
  const product: PrintProduct = { ...base!, id: id!, pdf: out, source: relative(process.cwd(), resolve(values.event!)), ...(values.press && press ? { press: { ...press, pdf: out } } : {}) };
  const fragment = new URLSearchParams([...eventFields.flatMap((field) => (event![field.key] ? [[field.key, event![field.key]!]] : [])), ...(event!.kind ? [['kind', event!.kind]] : [])]);
  const page = await browser.newPage({ deviceScaleFactor: 3 });
  await page.goto(new URL(`${pamphletMakerHref(id!).slice(1)}#${fragment}`, server.url).href, { waitUntil: 'networkidle' });
  await page.locator('#maker-form').waitFor({ state: 'visible' });
  await page.emulateMedia({ media: 'print' });
  await loadPrintFonts(page);
  await checkPanels(page, product);
  await checkQrCodes(page, product, loadDataFile(contentSourceFromEnvironment().root, 'siteSettings').publicUrl);
  const filledPath = `${pamphletMakerHref(id!)}filled/`;
  // As filled in, without its scripts: their work is done, and the engine would fetch them from its own address.
  const filled = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const script of copy.querySelectorAll('script')) script.remove();
    return copy.outerHTML;
  });
  filledPages.set(filledPath, `<!doctype html>${filled}`);
  const url = new URL(filledPath.slice(1), server.url).href;
  const styles = engineStyles(product);
  const bytes = await readingPdf(url, styles);
  checkPdf(product, await inspectPdf(bytes));
  if (values.press && product.press) await writePressPdf(product, await pressPdf(url, product.press.pages, styles), bytes, resolve(out), console.log);
  else writeFileSync(resolve(out), bytes);
  console.log(`✔ ${out}: ${product.pages} ページ${values.press ? '（塗り足し・トンボ付き）' : ''}`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  await browser.close();
  await server.close();
}
