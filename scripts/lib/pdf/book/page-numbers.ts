import type { Page } from 'playwright';
import { pageRefAttribute } from '../../../../src/lib/print/book-references.ts';

/** Pages before page 1: the cover (表1) and its blank inside (表2) are not counted (print-guidebook.css). */
export const unnumberedPages = 2;

/** The printed page number (ノンブル) of a 0-based page index. */
export const printedPageNumber = (pageIndex: number) => pageIndex + 1 - unnumberedPages;

/**
 * Writes the printed page number of each target into the page: the table of contents and every
 * cross-reference (「→ 20ページ」) carry `data-page-ref="<id>"`, and the PDF just rendered
 * records the page each id landed on. Returns how many numbers changed (zero: the layout is
 * stable) and which targets the PDF does not hold.
 */
export async function fillPageNumbers(page: Page, destinations: ReadonlyMap<string, number>): Promise<{ entries: number; changed: number; missing: string[] }> {
  const numbers = Object.fromEntries([...destinations].map(([id, index]) => [id, String(printedPageNumber(index))]));
  return page.$$eval(
    `[${pageRefAttribute}]`,
    (targets, { numbers, attribute }) => {
      let changed = 0;
      const missing: string[] = [];
      for (const target of targets) {
        const id = target.getAttribute(attribute) ?? '';
        const number = numbers[id];
        if (number === undefined) {
          missing.push(id);
          continue;
        }
        if (target.textContent?.trim() !== number) changed++;
        target.textContent = number;
      }
      return { entries: targets.length, changed, missing };
    },
    { numbers, attribute: pageRefAttribute },
  );
}
