import type { Page } from 'playwright';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { mmToPt, type PrintProduct } from '../../../src/lib/print/products.ts';
import { printFontFamily } from '../../../src/lib/print/fonts.ts';
import type { PdfInspection } from './inspect-pdf.ts';

/** A print product that failed a check: says which document, which check, and what to do. */
export class PrintCheckFailure extends Error {
  override name = 'PrintCheckFailure';

  constructor(product: PrintProduct, check: string, detail: string) {
    super(`${product.pdf}（${product.source}）: ${check}: ${detail}`);
  }
}

/** Points of slack when comparing page sizes: Chromium rounds A4 to 594.96 × 841.92. */
const sizeTolerance = 1.5;

/** The PDF's pages, fonts and structure are what the product promises. */
export function checkPdf(product: PrintProduct, pdf: PdfInspection): void {
  if (product.pages !== undefined && pdf.pages.length !== product.pages) {
    throw new PrintCheckFailure(product, 'ページ数', `${product.pages} ページのはずが ${pdf.pages.length} ページあります。内容があふれて次のページに続いていないか確かめてください。`);
  }
  const width = mmToPt(product.size.widthMm);
  const height = mmToPt(product.size.heightMm);
  pdf.pages.forEach((page, index) => {
    if (Math.abs(page.width - width) > sizeTolerance || Math.abs(page.height - height) > sizeTolerance) {
      throw new PrintCheckFailure(
        product,
        '用紙の大きさ',
        `${index + 1} ページ目が ${page.width.toFixed(1)} × ${page.height.toFixed(1)} pt です（${product.size.widthMm} × ${product.size.heightMm} mm = ${width.toFixed(1)} × ${height.toFixed(1)} pt のはず）。`,
      );
    }
  });
  const type3 = pdf.fonts.filter((font) => font.subtype === 'Type3');
  if (type3.length > 0) {
    throw new PrintCheckFailure(product, 'フォント', `Type 3 フォントが ${type3.length} 個あります。印刷用の文字（${printFontFamily}）にない文字が、システムのフォントで描かれています。`);
  }
  const foreign = pdf.fonts.filter((font) => !font.name.replace(/^[A-Z]{6}\+/, '').startsWith(printFontFamily.replace(/\s/g, '')));
  if (foreign.length > 0 || pdf.fonts.length === 0) {
    throw new PrintCheckFailure(product, 'フォント', `${printFontFamily} 以外のフォントが使われています: ${foreign.map((font) => font.name).join(', ') || '（フォントがありません）'}`);
  }
  if (!pdf.tagged) throw new PrintCheckFailure(product, 'タグ付きPDF', 'PDFに文書構造（タグ）がありません。');
  if (product.toc && pdf.outlineItems === 0) throw new PrintCheckFailure(product, 'しおり', 'PDFにしおり（アウトライン）がありません。');
}

/** The most of a panel that may stay empty below and above its content: more looks unfinished in print. */
export const maxEmptyShare = 1 / 3;

/**
 * Every panel's content fits inside it (an overfull panel would be cut off silently in print),
 * and fills at least two thirds of it: the content's extent, from the top of its first block to
 * the bottom of its last, over the panel's height inside its padding.
 */
export async function checkPanels(page: Page, product: PrintProduct): Promise<void> {
  const measured = await page.$$eval('[data-panel]', (panels) =>
    panels.map((panel) => {
      const style = getComputedStyle(panel);
      const box = panel.getBoundingClientRect();
      const top = box.top + parseFloat(style.paddingTop);
      const inner = box.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      const blocks = [...panel.children].map((child) => child.getBoundingClientRect()).filter((rect) => rect.height > 0);
      const extent = blocks.length === 0 ? 0 : Math.max(...blocks.map((rect) => rect.bottom)) - Math.min(...blocks.map((rect) => rect.top));
      return {
        name: panel.getAttribute('data-panel') ?? '',
        overflow: Math.max(panel.scrollHeight - panel.clientHeight, panel.scrollWidth - panel.clientWidth),
        millimetres: (panel.scrollHeight - panel.clientHeight) * (25.4 / 96),
        emptyShare: Math.max(0, 1 - extent / inner),
        startsAt: blocks.length === 0 ? 0 : Math.min(...blocks.map((rect) => rect.top)) - top,
      };
    }),
  );
  const names = measured.map((panel) => panel.name).sort();
  if (names.join() !== [...product.panels].sort().join()) {
    throw new PrintCheckFailure(product, '面の構成', `面 ${product.panels.join('、')} があるはずが、${names.join('、') || 'ありません'}。`);
  }
  for (const panel of measured) {
    if (panel.emptyShare > maxEmptyShare) {
      throw new PrintCheckFailure(product, '面の余白', `面「${panel.name}」の ${Math.round(panel.emptyShare * 100)}% が空いています（${Math.round(maxEmptyShare * 100)}% まで）。内容を足すか、ほかの面の内容をこの面に移してください。`);
    }
    if (panel.overflow > 1) {
      throw new PrintCheckFailure(product, '面からのはみ出し', `面「${panel.name}」の内容が約 ${Math.max(1, Math.round(panel.millimetres))} mm はみ出しています。文章を短くするか、別の面に分けてください。`);
    }
  }
}

/** Every QR code decodes to the address it was made for, which lies on the configured public URL. */
export async function checkQrCodes(page: Page, product: PrintProduct, publicUrl: string): Promise<number> {
  const codes = page.locator('svg[data-qr-url]');
  const count = await codes.count();
  if (product.panels.length > 0 && count === 0) throw new PrintCheckFailure(product, 'QRコード', 'QRコードがありません。');
  for (let index = 0; index < count; index++) {
    const code = codes.nth(index);
    const expected = (await code.getAttribute('data-qr-url')) ?? '';
    const png = PNG.sync.read(await code.screenshot({ scale: 'device' }));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    if (decoded !== expected) throw new PrintCheckFailure(product, 'QRコード', `QRコードを読み取ると「${decoded ?? '読み取れません'}」で、「${expected}」ではありません。`);
    if (!expected.startsWith(publicUrl)) throw new PrintCheckFailure(product, 'QRコード', `QRコードのアドレス「${expected}」が、公開URL「${publicUrl}」（content/site.yaml）のものではありません。`);
  }
  return count;
}
