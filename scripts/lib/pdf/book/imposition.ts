import type { Page } from 'playwright';

/**
 * Imposition of the printed guidebook in the page itself: the blank pages a bound book needs
 * and Chromium cannot make (it has no `break-before: right`, no `:blank`). After each render,
 * the renderer reads where the chapters and the back cover landed and calls this:
 * - a chapter that starts on a left-hand page gets a blank page before it (or loses the one it
 *   had), so that every chapter opens on a right-hand page;
 * - blank pages before the back cover make the page count a multiple of 4 (a sheet folded in
 *   two carries four pages), with the back cover last.
 * A blank page is a whole page, so inserting one moves what follows by one page without
 * changing its layout: one call, then one more render, settles the book.
 */
export const bookBlankSelector = '.book-blank[data-imposed]';

/** What the renderer tells the page: the 0-based page each chapter and the back cover starts on. */
export interface RenderedParts {
  chapters: { id: string; pageIndex: number }[];
  backCover: number;
}

/** Inserts or removes blank pages; returns how many changed (zero: the book is imposed). */
export async function impose(page: Page, parts: RenderedParts): Promise<number> {
  return page.evaluate(({ chapters, backCover }) => {
    const blank = (reason: string) => {
      const element = document.createElement('div');
      element.className = 'book-blank';
      element.dataset.imposed = reason;
      element.setAttribute('aria-hidden', 'true');
      return element;
    };
    const isImposed = (element: Element | null, reason: string) => element instanceof HTMLElement && element.matches(`.book-blank[data-imposed="${reason}"]`);
    let shift = 0;
    let changes = 0;
    for (const { id, pageIndex } of chapters) {
      const chapter = document.getElementById(id);
      if (!chapter) throw new Error(`章 ${id} がページにありません。`);
      // An odd 0-based index is an even page: a left-hand page (page 1 is a right-hand one).
      if ((pageIndex + shift) % 2 === 0) continue;
      const before = chapter.previousElementSibling;
      if (isImposed(before, 'recto')) {
        before!.remove();
        shift--;
      } else {
        chapter.before(blank('recto'));
        shift++;
      }
      changes++;
    }
    const back = document.querySelector('.back-cover');
    if (!back) throw new Error('裏表紙（.back-cover）がページにありません。');
    const padding = [...document.querySelectorAll('.book-blank[data-imposed="padding"]')];
    const pagesWithoutPadding = backCover + 1 + shift - padding.length;
    const needed = (4 - (pagesWithoutPadding % 4)) % 4;
    if (needed !== padding.length) {
      for (const element of padding) element.remove();
      for (let count = 0; count < needed; count++) back.before(blank('padding'));
      changes++;
    }
    return changes;
  }, parts);
}

/** The 0-based indexes of the blank pages, given where the parts landed in an imposed render. */
export async function blankPageIndexes(page: Page, destinations: ReadonlyMap<string, number>): Promise<number[]> {
  // Each blank page sits just before the part that follows it: count back from that part's page.
  const followers = await page.$$eval(bookBlankSelector, (blanks) =>
    blanks.map((blank) => {
      let distance = 1;
      let next = blank.nextElementSibling;
      while (next?.matches('.book-blank')) {
        distance++;
        next = next.nextElementSibling;
      }
      return { id: next?.id ?? '', distance };
    }),
  );
  return followers.map(({ id, distance }) => {
    const index = destinations.get(id);
    if (index === undefined) throw new Error(`白ページの次の部分（${id || '不明'}）の位置がPDFにありません。`);
    return index - distance;
  });
}
