import { cssString } from '../../../../src/lib/print/css-string.ts';
import { pageRefAttribute } from '../../../../src/lib/print/book-references.ts';

/** Pages before page 1: the cover (表1) and its blank inside (表2) are not counted (print-guidebook.css). */
export const unnumberedPages = 2;

/** The printed page number (ノンブル) of a 0-based page index. */
export const printedPageNumber = (pageIndex: number) => pageIndex + 1 - unnumberedPages;

/**
 * The page numbers of the contents and the references 「（→ N ページ）」 as style, for the next
 * layout: each `data-page-ref="<id>"` element gets its target's printed page number as generated
 * content. `!important`, so that it wins over the page's placeholder whichever way the engine
 * orders its own style sheet and this one.
 */
export function pageNumberCss(numbers: ReadonlyMap<string, number>): string {
  return [...numbers]
    .map(([id, number]) => `[${pageRefAttribute}=${cssString(id)}]::after { content: ${cssString(String(number))} !important; }`)
    .join('\n');
}

/**
 * The printed page number of each id a layout put on a page, from its destinations (0-based
 * page indexes); the ids it did not place are listed as missing.
 */
export function pageNumbersOf(ids: Iterable<string>, destinations: ReadonlyMap<string, number>): { numbers: Map<string, number>; missing: string[] } {
  const numbers = new Map<string, number>();
  const missing: string[] = [];
  for (const id of ids) {
    const index = destinations.get(id);
    if (index === undefined) missing.push(id);
    else numbers.set(id, printedPageNumber(index));
  }
  return { numbers, missing };
}

/** The ids whose numbers differ between two layouts (or are in one only). */
export function changedNumbers(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((id) => before.get(id) !== after.get(id));
}
