import type { Page } from 'playwright';

/** Pages before page 1: the cover is not numbered (see print-guidebook.css). */
const unnumberedPages = 1;

/** The printed page number of a 0-based page index. */
export const printedPageNumber = (pageIndex: number) => pageIndex + 1 - unnumberedPages;

/**
 * Reads where each table-of-contents target landed in a rendered PDF and writes the printed
 * page numbers into the page. Returns how many numbers changed: zero means the layout is stable.
 */
export async function fillTableOfContents(page: Page, destinations: ReadonlyMap<string, number>): Promise<{ entries: number; changed: number; missing: string[] }> {
  const numbers = Object.fromEntries([...destinations].map(([id, index]) => [id, String(printedPageNumber(index))]));
  return page.$$eval(
    '[data-toc-target]',
    (targets, numbers) => {
      let changed = 0;
      const missing: string[] = [];
      for (const target of targets) {
        const id = target.getAttribute('data-toc-target') ?? '';
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
    numbers,
  );
}
