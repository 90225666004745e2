import type { Page } from 'playwright';
import { keepWithNextClass } from '../../../../src/lib/print/keep-with-next.ts';
import type { PrintProduct } from '../../../../src/lib/print/products.ts';
import { PrintCheckFailure } from '../checks.ts';
import { finishPdf } from '../finish-pdf.ts';
import { inspectPdf } from '../inspect-pdf.ts';
import { describeBreakProblems, findBreakProblems } from './break-check.ts';
import { bodyPoints, textArea } from './geometry.ts';
import { blankPageIndexes, impose } from './imposition.ts';
import { markKeepWhole, probeDestinations, releaseAfterShortPages } from './keep-together.ts';
import { fillPageNumbers, printedPageNumber } from './page-numbers.ts';
import { mendShortLastLines } from './paragraph-ends.ts';
import { labelBookPages } from './page-labels.ts';
import { removeRunningHeads } from './running-heads.ts';

/** The most renders a book may take before its page numbers, blank pages and breaks settle. */
const maxPasses = 10;

/** A finished book: the file as handed out, and how many renders it took. */
export interface BookRender {
  bytes: Uint8Array;
  passes: number;
}

interface Parts {
  chapters: string[];
  forms: string[];
  kept: string[];
  keepWithNext: string[];
}

/**
 * Renders the guidebook as a book. Paragraphs that would end in a line of a few characters are
 * first set a hair tighter or looser (paragraph-ends.ts). Each pass prints the page, reads where everything landed
 * (the PDF's named destinations) and corrects the page: page numbers in the contents and the
 * cross-references, blank pages so chapters open on the right and the count is a multiple of 4,
 * and blocks kept whole released where keeping them emptied the page before. Drafts are printed
 * without the tagged structure (half the time, the same layout); once nothing changes, one
 * tagged render is the book. Its breaks are then checked from the PDF's text positions, and
 * the running head comes off each chapter's opening page.
 */
export async function renderBook(page: Page, product: PrintProduct, print: (options: { tagged: boolean }) => Promise<Uint8Array>, loadFonts: () => Promise<void>, log: (line: string) => void): Promise<BookRender> {
  const ends = await mendShortLastLines(page, textArea);
  log(`  段落の最後の行が 3 字以下のもの ${ends.found} 個のうち ${ends.mended} 個を、字間をわずかに詰めるか空けて直しました`);
  const parts = await readParts(page);
  await probeDestinations(page, ['back-cover', ...parts.forms, ...parts.kept]);
  log(`  ${parts.kept.length} 個の表・箱・短い箇条書きを、ページをまたがないようにしました`);
  const released: string[] = [];
  let passes = 0;
  let settled = false;
  for (;;) {
    const bytes = await print({ tagged: settled });
    passes++;
    const pdf = await inspectPdf(bytes);
    const where = (id: string) => {
      const index = pdf.destinations.get(id);
      if (index === undefined) throw new PrintCheckFailure(product, '組版', `「${id}」の位置がPDFにありません。`);
      return index;
    };
    // The breaks are read first, while the page still matches the PDF: the blank pages are
    // about to change. A page's layout within its chapter does not depend on the numbers or on
    // the blank pages, so every pass can correct all three.
    const blanks = await blankPageIndexes(page, pdf.destinations);
    const problems = await checkBreaks(bytes, pdf.pages.length, pdf.destinations, blanks, parts);
    const numbers = await fillPageNumbers(page, pdf.destinations);
    if (numbers.missing.length > 0) throw new PrintCheckFailure(product, '目次と参照', `参照先 ${numbers.missing.slice(0, 3).join('、')} の位置がPDFにありません。`);
    const imposed = await impose(page, { chapters: parts.chapters.map((id) => ({ id, pageIndex: where(id) })), backCover: where('back-cover') });
    const short = problems.filter((problem) => problem.kind === 'short-page').map((problem) => problem.pageIndex);
    const releasedNow = await releaseAfterShortPages(page, short, pdf.destinations, parts.kept.filter((id) => !released.includes(id)));
    released.push(...releasedNow);
    if (settled && numbers.changed === 0 && imposed === 0 && releasedNow.length === 0) {
      if (problems.length > 0) throw new PrintCheckFailure(product, '改ページ', `\n${describeBreakProblems(problems, printedPageNumber).join('\n')}`);
      const finished = await finishBook(bytes, parts.chapters.map(where));
      log(`  ${passes} 回目の描画で組版が定まりました: ${pdf.pages.length} ページ（白ページ ${blanks.length}）、目次と参照の ${numbers.entries} か所にページ番号`);
      return { bytes: finished, passes };
    }
    const changes = [numbers.changed > 0 && `ページ番号 ${numbers.changed} か所`, imposed > 0 && `白ページ ${imposed} か所`, releasedNow.length > 0 && `ページをまたいでよい箱 ${releasedNow.length} 個`].filter(Boolean);
    log(`  ${passes} 回目の描画: ${pdf.pages.length} ページ${changes.length > 0 ? `、直したもの: ${changes.join('、')}` : '、組版が定まったので文書構造（タグ）を付けて描き直します'}`);
    if (passes === maxPasses) throw new PrintCheckFailure(product, '組版', `${maxPasses} 回描画しても、ページ番号・白ページ・改ページが定まりません。`);
    settled = changes.length === 0;
    await loadFonts();
  }
}

/** The book's parts, read once from the page, and the blocks marked to stay whole. */
async function readParts(page: Page): Promise<Parts> {
  const kept = await markKeepWhole(page, textArea);
  const found = await page.evaluate((keepWithNextClass) => ({
    chapters: [...document.querySelectorAll('.chapter')].map((chapter) => chapter.id),
    forms: [...document.querySelectorAll('.appendix-form')].map((form) => form.getAttribute('aria-labelledby') ?? ''),
    keepWithNext: [...document.querySelectorAll(`.chapter-opening, .chapter :is(h2, h3, h4, .${keepWithNextClass})`)].map((element) => (element as HTMLElement).innerText),
  }), keepWithNextClass);
  // The appendix is laid out as a chapter (class chapter: it opens on a right-hand page, with its own head).
  return { ...found, kept };
}

/**
 * Finds stranded headings and short pages. A page may be short when what follows it starts a
 * new page anyway: the end of a chapter or a form, the contents, and the blank pages.
 */
async function checkBreaks(bytes: Uint8Array, pageCount: number, destinations: ReadonlyMap<string, number>, blanks: readonly number[], parts: Parts) {
  const starts = [...parts.chapters, ...parts.forms, 'back-cover'].map((id) => destinations.get(id)!);
  const firstChapter = destinations.get(parts.chapters[0]!)!;
  const mayBeShort = new Set<number>([...blanks, ...blanks.map((index) => index - 1), ...starts.map((index) => index - 1), pageCount - 1]);
  for (let index = 0; index < firstChapter; index++) mayBeShort.add(index);
  return findBreakProblems(bytes, { keepWithNext: parts.keepWithNext, body: bodyPoints, mayBeShort });
}

/** Removes the running head from each chapter's first page, labels the pages as printed, and writes the file as handed out. */
function finishBook(bytes: Uint8Array, openings: readonly number[]): Promise<Uint8Array> {
  return finishPdf(bytes, (document) => {
    removeRunningHeads(document, openings, bodyPoints.top);
    labelBookPages(document);
  });
}
