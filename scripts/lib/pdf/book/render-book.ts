import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { PDFDocument } from 'pdf-lib';
import { keepWithNextClass } from '../../../../src/lib/print/keep-with-next.ts';
import { pageRefAttribute } from '../../../../src/lib/print/book-references.ts';
import type { PrintProduct } from '../../../../src/lib/print/products.ts';
import { PrintCheckFailure } from '../checks.ts';
import { engineStyles } from '../engine-styles.ts';
import { layOut } from '../vivliostyle.ts';
import { comparable, describeBreakProblems, findBreakProblems, readBodyLines, type BodyLine } from './break-check.ts';
import { readDestinations } from './destinations.ts';
import { finishBook } from './finish-book.ts';
import { bodyPoints } from '../../../../src/lib/print/book-page.ts';
import { changedNumbers, pageNumberCss, pageNumbersOf, printedPageNumber, unnumberedPages } from './page-numbers.ts';
import { binding } from '../../../../src/lib/print/binding.ts';
import { findShortEnds, mendingCss, textBlocks, type TextBlock } from './paragraph-ends.ts';

/**
 * The most layouts before the page numbers must have settled. Numbers are laid out in boxes of a
 * fixed width, so writing them in moves nothing: the second layout normally prints what it finds.
 */
const maxPasses = 4;

/**
 * Vivliostyle's viewer options for every layout of the book: text drawn at its own size rather
 * than at 8 times over (the default), which makes the file about half as large. Every layout of
 * one book must use the same, or the lines may break differently between them (measured: with
 * the default for the press version only, a line moved from page 51 to 52, and the preflight
 * refused it).
 */
const viewerParam = 'pixelRatio=0';

/** The book's files, and how many layouts of the reading version it took to settle. */
export interface BookRender {
  /** The reading copy: 表1, the book block, 表4. */
  reading: Uint8Array;
  /** The print shop's book block (bleed, marks, inks), without the covers. */
  press: Uint8Array;
  /** The reading copy's book block alone: what the preflight compares the print shop's page by page with. */
  pressReference: Uint8Array;
  /** Pages of the book block, and the blank ones among them that fill its last signature. */
  blockPages: number;
  blankPages: number;
  passes: number;
}

/** What the renderer needs to know of the page, read once from its HTML. */
interface Parts {
  /** The chapters' ids (the appendix last), in order. */
  chapters: string[];
  /** Every id whose page number the contents or a reference prints. */
  referenced: string[];
  /** The titles of the appendix's forms: each starts a new page. */
  forms: string[];
  /** Texts that must never end a page (chapter openings, headings, lead-ins), with page references as `data-page-ref` elements. */
  keepWithNext: Element[];
  /** The chapters' paragraphs and list items, to find those that end in a short line. */
  blocks: TextBlock[];
}

/**
 * Lays out the guidebook as a book with Vivliostyle, in two versions: the reading copy and the
 * print shop's (bleed, crop marks, CMYK). The page's own CSS opens each chapter on a new page
 * and sets the colophon last, and the engine's own sheet (engine-styles.ts) sets the running
 * heads; what CSS cannot do the renderer does around the layouts:
 * - page numbers of the contents and the references 「（→ N ページ）」: Vivliostyle's
 *   target-counter() adds an empty page to the book when the contents use it, so each layout
 *   prints the numbers the one before found (its named destinations), given as style; the first
 *   prints placeholders as wide. When a layout finds the numbers it printed, the book is set;
 * - the press version is laid out alongside the pass expected to settle the book, with its
 *   style, and must find the same numbers;
 * - both are finished (finish-book.ts): the book block filled to whole signatures with blank
 *   pages before the colophon, 表2 left out, the covers kept in the reading copy only, page
 *   labels, short destination names, title and language;
 * - the reading layout's breaks are checked (break-check.ts): a failing check stops the build.
 */
export async function renderBook(url: string, product: PrintProduct, log: (line: string) => void): Promise<BookRender> {
  const parts = await readParts(url);
  const directory = await mkdtemp(join(tmpdir(), 'kyodo-book-'));
  try {
    // The running heads, in the style sheet only the engine reads (engine-styles.ts), then this layout's numbers and mending.
    const bookStyles = engineStyles(product);
    const layout = async (name: string, css: string, press = false) => {
      const output = join(directory, `${name}.pdf`);
      const started = performance.now();
      const warnings = await layOut({ url, output, css: [bookStyles, css].filter(Boolean).join('\n'), press, viewerParam });
      const seconds = (performance.now() - started) / 1000;
      const bytes = new Uint8Array(await readFile(output));
      const document = await PDFDocument.load(bytes, { updateMetadata: false });
      const destinations = readDestinations(document);
      const found = pageNumbersOf(parts.referenced, destinations);
      if (found.missing.length > 0) throw new PrintCheckFailure(product, '目次と参照', `参照先 ${found.missing.slice(0, 3).join('、')} ${found.missing.length > 3 ? `ほか ${found.missing.length - 3} か所` : ''}の位置がPDFにありません。`);
      return { bytes, pages: document.getPageCount(), destinations, numbers: found.numbers, seconds, warnings };
    };

    let printed: Map<string, number> | undefined;
    let reading: Awaited<ReturnType<typeof layout>> | undefined;
    let passes = 0;
    // Paragraphs that end in a line of a few characters, found in the first layout, get a hair of
    // letter-spacing in every later one (paragraph-ends.ts).
    let mending = '';
    // The press version is laid out with the same style sheet as the pass that settles the book,
    // alongside it on the other core when that pass can be told in advance: one whose mending is
    // the pass before's lays out as that pass did (the numbers sit in boxes of a fixed width), so
    // it prints the numbers it will find. The pass after the first mending does not (the mending
    // moves lines, and mostly page numbers with them): a press layout beside it would be thrown
    // away, about 25 s of a core.
    let pressLayout: ReturnType<typeof layout> | undefined;
    let css = '';
    let previousMending: string | undefined;
    for (;;) {
      passes++;
      css = [printed ? pageNumberCss(printed) : '', mending].filter(Boolean).join('\n');
      if (printed && mending === previousMending) {
        pressLayout = layout(`press-${passes}`, css, true);
        // Awaited below only if this pass settles; its failure then is reported there.
        pressLayout.catch(() => undefined);
      } else pressLayout = undefined;
      previousMending = mending;
      reading = await layout(`pass-${passes}`, css);
      const changed = printed ? changedNumbers(printed, reading.numbers) : [...reading.numbers.keys()];
      log(`  ${passes} 回目の組版（${reading.seconds.toFixed(1)} 秒）: ${reading.pages} ページ、${printed ? `印刷したページ番号と違う参照先 ${changed.length} か所` : `目次と参照の ${reading.numbers.size} か所は仮の番号`}`);
      if (passes === 1) {
        const ends = findShortEnds(await readBodyLines(reading.bytes, bodyPoints), parts.blocks);
        const mended = mendingCss(ends.short);
        mending = mended.css;
        log(`  段落の最後の行が 3 字以下のもの ${ends.short.length} 個（段落 ${ends.found} 個を照合）のうち ${mended.mended} 個に、字間をわずかに詰めるか空けます`);
      }
      if (printed && changed.length === 0) break;
      if (passes === maxPasses) throw new PrintCheckFailure(product, '目次と参照', `${maxPasses} 回組んでも、目次と参照のページ番号が定まりません（たとえば ${changed.slice(0, 3).join('、')}）。`);
      printed = reading.numbers;
    }

    // The reading copy is checked and finished while the press layout runs. The breaks are
    // checked on the layout itself, whose pages are where its destinations say.
    const lines = await readBodyLines(reading.bytes, bodyPoints);
    const problems = await checkBreaks(reading.bytes, lines, parts, reading.destinations, printed);
    if (problems.length > 0) throw new PrintCheckFailure(product, '改ページ', `\n${describeBreakProblems(problems, printedPageNumber).join('\n')}`);
    // The colophon is the page before 表4: both start a page, and neither keeps to a side.
    const bookLayout = { colophon: reading.pages - 2 };
    const finished = await finishBook(reading.bytes, bookLayout, 'reading');
    const pressReference = await finishBook(reading.bytes, bookLayout, 'block');

    // The settling pass's press layout, or (when the mending moved no number) one laid out now with its style.
    const press = await (pressLayout ?? layout(`press-${passes}`, css, true));
    const pressChanged = changedNumbers(printed, press.numbers);
    log(`  印刷所用の組版（${press.seconds.toFixed(1)} 秒）: ${press.pages} ページ${press.warnings.length > 0 ? `、警告 ${press.warnings.length} 件` : ''}`);
    if (press.pages !== reading.pages || pressChanged.length > 0) {
      throw new PrintCheckFailure(product, '印刷所用', `印刷所用の版（${press.pages} ページ）の組版が閲覧用（${reading.pages} ページ）と違います。ページ番号の違う参照先: ${pressChanged.slice(0, 3).join('、') || 'なし'}`);
    }
    const finishedPress = await finishBook(press.bytes, bookLayout, 'block');
    // Pages the engine left blank inside the text (none is expected: no chapter keeps to a side), and the filling.
    const blankPages = lines.filter((page, index) => index >= unnumberedPages && index < bookLayout.colophon && page.length === 0).length + finished.padding;
    const remaining = findShortEnds(lines, parts.blocks);
    log(`  段落の最後の行が 3 字以下のものは ${remaining.short.length} 個残りました（段落 ${remaining.found} 個を照合）`);
    log(`  ${passes} 回の組版で定まりました: 本文 ${finished.blockPages} ページ（${binding.signaturePages} ページの折 ${finished.blockPages / binding.signaturePages} つ、うち白ページ ${blankPages}）、表紙 4 ページは別、目次と参照の ${printed.size} か所にページ番号`);
    if (finished.blockPages > binding.maxPages || blankPages > binding.maxBlankPages) {
      log(`  ⚠ 台割の目安（本文 ${binding.maxPages} ページ以内、白ページ ${binding.maxBlankPages} ページ以内）を超えています。章の長さか、src/styles/print-guidebook.css の改ページを見直してください（試験が失敗します）。`);
    }
    return { reading: finished.bytes, press: finishedPress.bytes, pressReference: pressReference.bytes, blockPages: finished.blockPages, blankPages, passes };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** Reads the chapters, the referenced ids, the forms and the keep-with-next texts from the served page. */
async function readParts(url: string): Promise<Parts> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} が読めません（${response.status}）。`);
  const tree: Root = fromHtml(await response.text());
  const chapters = selectAll('article.chapter', tree).map((chapter) => String(chapter.properties.id ?? ''));
  const referenced = [...new Set(selectAll(`[${pageRefAttribute}]`, tree).map((element) => String(element.properties[toProperty(pageRefAttribute)] ?? '')))];
  const forms = selectAll('.appendix-form', tree).map((form) => toString(select('h1, h2, h3', form) ?? form).trim());
  const keepWithNext = selectAll(`.chapter-opening, .chapter :is(h2, h3, h4, .${keepWithNextClass})`, tree);
  return { chapters, referenced, forms, keepWithNext, blocks: textBlocks(tree) };
}

/** hast spells data attributes in camel case: data-page-ref → dataPageRef. */
const toProperty = (attribute: string) => attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * Finds stranded headings and short pages in the finished reading copy. A page may be short when
 * what follows it starts a new page anyway: the end of a chapter or of a form, the contents, the
 * blank pages and the one before each, the covers.
 */
async function checkBreaks(bytes: Uint8Array, lines: BodyLine[][], parts: Parts, destinations: ReadonlyMap<string, number>, numbers: ReadonlyMap<string, number>) {
  const starts: number[] = parts.chapters.map((id) => destinations.get(id) ?? -1);
  // A form starts a page: find it by its title, among the first lines of its page (a date may stand above it).
  const titles = parts.forms.map(comparable).filter((title) => title !== '');
  lines.forEach((page, index) => {
    if (page.slice(0, 3).some((line) => titles.includes(comparable(line.text)))) starts.push(index);
  });
  // The back cover, and the page before it: the colophon, set at its page's foot.
  // The page before the colophon ends the appendix.
  const mayBeShort = new Set<number>([lines.length - 1, lines.length - 2, lines.length - 3]);
  for (const start of starts) mayBeShort.add(start - 1);
  lines.forEach((page, index) => {
    if (page.length === 0) mayBeShort.add(index).add(index - 1);
  });
  const firstChapter = Math.min(...parts.chapters.map((id) => destinations.get(id) ?? lines.length));
  for (let index = 0; index < firstChapter; index++) mayBeShort.add(index);
  // The texts as printed: a reference inside a lead-in carries its page number.
  const keepWithNext = parts.keepWithNext.map((element) => textWithNumbers(element, numbers));
  return findBreakProblems(bytes, { keepWithNext, body: bodyPoints, mayBeShort, lines });
}

/** An element's text with each page reference's number written in, as the layout prints it. */
function textWithNumbers(element: Element, numbers: ReadonlyMap<string, number>): string {
  const property = toProperty(pageRefAttribute);
  const walk = (node: Element): string =>
    node.children
      .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? (child.properties[property] !== undefined ? String(numbers.get(String(child.properties[property])) ?? '') : walk(child)) : ''))
      .join('');
  return walk(element);
}
