import type { Page } from 'playwright';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import type { PrintProduct } from '../../../src/lib/print/products.ts';
import { mmToPt, pxToMm } from '../../../src/lib/print/units.ts';
import { panelOverflowTolerancePx } from '../../../src/lib/print/panel-fit.ts';
import { printFontFamilies, type PrintFontFamily } from '../../../src/lib/print/fonts.ts';
import type { PdfInspection } from './inspect-pdf.ts';
import { subsetFace, type PrintFontSubset } from './print-fonts.ts';
import { isInvisible } from './print-text.ts';

/** A print product that failed a check: says which document, which check, and what to do. */
export class PrintCheckFailure extends Error {
  override name = 'PrintCheckFailure';

  constructor(product: Pick<PrintProduct, 'pdf' | 'source'>, check: string, detail: string) {
    super(`${product.pdf}（${product.source}）: ${check}: ${detail}`);
  }
}

/** Points of slack when comparing page sizes: Chromium rounds A4 to 594.96 × 841.92. */
const sizeTolerance = 1.5;

/**
 * Whether a font of a PDF is one of a family's: Chromium names it by the PostScript name of the
 * face (e.g. ABCDEF+BIZUDMincho-Regular), and any style of the family is its own.
 */
export function isFamilyFont(fontName: string, family: PrintFontFamily): boolean {
  const name = fontName.replace(/^[A-Z]{6}\+/, '');
  return Object.values(family.weights).some((postScript) => name.split('-')[0] === postScript!.split('-')[0]);
}

/**
 * The print engine's own spacing font: Vivliostyle sets the space it adds between Japanese and
 * Latin text (text-autospace) in a font it derives for the purpose, embedded as TrueType with a
 * space and no visible glyph. It prints nothing, so it is not a font of the text.
 */
const isEngineSpacingFont = (font: { name: string; subtype: string }) => /^[A-Z]{6}\+OTS-derived-font$/.test(font.name) && font.subtype === 'CIDFontType2';

/** The PDF's pages, fonts and structure are what the product promises; its fonts are those of the families it prints in (PrintProduct.families), and no Type 3. */
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
  const families: PrintFontFamily[] = product.families.map((id) => printFontFamilies[id]);
  const names = families.map((family) => family.name).join('・');
  const type3 = pdf.fonts.filter((font) => font.subtype === 'Type3');
  if (type3.length > 0) {
    throw new PrintCheckFailure(product, 'フォント', `Type 3 フォントが ${type3.length} 個あります。印刷用の文字（${names}）にない文字がシステムのフォントで描かれたか、太字のない書体の文字が太字にされて輪郭で描かれています（太字は BIZ UDPGothic にしてください）。`);
  }
  const foreign = pdf.fonts.filter((font) => !families.some((family) => isFamilyFont(font.name, family)) && !isEngineSpacingFont(font));
  if (foreign.length > 0 || pdf.fonts.length === 0) {
    throw new PrintCheckFailure(product, 'フォント', `${names} 以外のフォントが使われています: ${foreign.map((font) => font.name).join(', ') || '（フォントがありません）'}`);
  }
  if (!pdf.tagged) throw new PrintCheckFailure(product, 'タグ付きPDF', 'PDFに文書構造（タグ）がありません。');
  if (product.book && pdf.outlineItems === 0) throw new PrintCheckFailure(product, 'しおり', 'PDFにしおり（アウトライン）がありません。');
}

/** The most of a panel that may stay empty below and above its content: more looks unfinished in print (a print designer's read, issue 23). */
export const maxEmptyShare = 1 / 4;

/**
 * Every panel's content fits inside it (an overfull panel would be cut off silently in print),
 * and fills at least three quarters of it: the content's extent, from the top of its first block to
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
        // panelOverflow (src/lib/print/panel-fit.ts), written out: a function run in the page cannot import it.
        overflow: Math.max(panel.scrollHeight - panel.clientHeight, panel.scrollWidth - panel.clientWidth),
        overflowDown: panel.scrollHeight - panel.clientHeight,
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
    if (panel.overflow > panelOverflowTolerancePx) {
      throw new PrintCheckFailure(product, '面からのはみ出し', `面「${panel.name}」の内容が約 ${Math.max(1, Math.round(pxToMm(panel.overflowDown)))} mm はみ出しています。文章を短くするか、別の面に分けてください。`);
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

/**
 * Every character the page prints, in the family and weight it prints in, is in the subset of
 * that typeface made for it (print-fonts.ts): what the browser draws, read from the page itself,
 * against what the build collected from the built files. A character missing from the subset
 * would silently print in another font. The family of an element is the first of its
 * font-family list that the subset has; text in none of them counts as the subset's first
 * family, as does the text of the page margins (running heads), whose rules are not readable
 * from the page.
 */
export async function checkPrintedCharacters(page: Page, product: Pick<PrintProduct, 'pdf' | 'source'>, subset: Pick<PrintFontSubset, 'faces'>): Promise<void> {
  const families = [...new Set(subset.faces.map((face) => face.name))];
  const drawn = await page.evaluate((families) => {
    const byFace = new Map<string, Set<string>>();
    const familyOf = (list: string) => list.split(',').map((name) => name.trim().replace(/^["']|["']$/g, '')).find((name) => families.includes(name)) ?? families[0]!;
    const add = (text: string, style: { fontWeight: string; fontFamily: string }) => {
      const key = `${familyOf(style.fontFamily)}\n${Number(style.fontWeight) >= 600 ? 700 : 400}`;
      const set = byFace.get(key) ?? new Set<string>();
      for (const char of text) set.add(char);
      byFace.set(key, set);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && parent.closest('script, style, template') === null && parent.checkVisibility()) add(node.textContent ?? '', getComputedStyle(parent));
    }
    // Generated text: quoted strings and attr() in `content`, and list markers.
    for (const element of document.body.querySelectorAll('*')) {
      for (const pseudo of ['::before', '::after', '::marker']) {
        const style = getComputedStyle(element, pseudo);
        const content = style.content;
        if (pseudo === '::marker' && getComputedStyle(element).display === 'list-item' && content === 'normal') {
          const type = style.listStyleType;
          add(type.startsWith('"') ? type.slice(1, -1) : type === 'disc' ? '•' : type === 'circle' ? '◦' : type === 'none' ? '' : '0123456789.', style);
          continue;
        }
        if (content === 'none' || content === 'normal' || content === '') continue;
        for (const match of content.matchAll(/"((?:[^"\\]|\\.)*)"/g)) add(match[1]!.replace(/\\(.)/g, '$1'), style);
        for (const match of content.matchAll(/attr\(([\w-]+)\)/g)) add(element.getAttribute(match[1]!) ?? '', style);
      }
    }
    // The running heads, drawn in the page margins (regular weight, the main family).
    for (const element of document.querySelectorAll('[data-running-head]')) add(element.getAttribute('data-running-head') ?? '', { fontWeight: '400', fontFamily: families[0]! });
    return [...byFace].map(([key, chars]) => ({ family: key.split('\n')[0]!, bold: key.endsWith('\n700'), chars: [...chars] }));
  }, families);
  for (const { family, bold, chars } of drawn) {
    const face = subsetFace(subset, family, bold)!;
    const missing = chars.filter((char) => !isInvisible(char) && !face.characters.has(char));
    if (missing.length > 0) {
      const list = missing.map((char) => `「${char}」（U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）`).join('');
      throw new PrintCheckFailure(product, '印刷用の文字', `${list}が ${family} の${bold ? '太字' : '標準の太さ'}で印刷されますが、このページのために作った文字の部分集合（${face.href}）にありません。別の書体で印刷されてしまいます。scripts/lib/pdf/print-text.ts がこの文字を集めていない理由を確かめてください。`);
    }
  }
}
