import type { Page } from 'playwright';
import type { TextArea } from './keep-together.ts';

/** A last line this short is a flaw a Japanese setter removes: 「す。」 alone under a full paragraph. */
export const shortLastLine = 3;

/**
 * Letter-spacing tried, in order, on a paragraph that ends in a short line: first drawing the
 * paragraph in (追い込み) so the short line joins the one above, then spreading it (追い出し) so
 * more characters go down to it. A thirtieth of an em over 40 characters is about one character
 * per line, too little to see in a justified paragraph.
 */
const trials = ['-0.01em', '-0.02em', '-0.03em', '0.01em', '0.02em', '0.03em'];

/**
 * Finds, at the printed width, the paragraphs and list items of the chapters whose last line
 * holds three characters or fewer, and gives each the smallest letter-spacing of `trials` that
 * removes the short line. Chromium's `text-wrap: pretty` does nothing for Japanese (measured),
 * so the renderer does it. Returns how many it found and how many it could mend.
 */
export async function mendShortLastLines(page: Page, area: TextArea): Promise<{ found: number; mended: number }> {
  return page.evaluate(
    ({ area, trials, shortLastLine }) => {
      /** The number of lines of a block and the characters on its last one, from each character's box. */
      const lines = (block: HTMLElement) => {
        const tops: number[] = [];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
          // A nested list is a block of its own, measured on its own.
          acceptNode: (node) => (node.parentElement?.closest('ul, ol, table') && node.parentElement.closest('ul, ol, table') !== block.closest('ul, ol, table') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
        });
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let index = 0; index < node.length; index++) {
            if (!node.data[index]!.trim()) continue;
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            const box = range.getClientRects()[0];
            if (box && box.width > 0) tops.push(box.top);
          }
        }
        const rows: { top: number; characters: number }[] = [];
        for (const top of tops) {
          const row = rows.find((candidate) => Math.abs(candidate.top - top) < 4);
          if (row) row.characters++;
          else rows.push({ top, characters: 1 });
        }
        rows.sort((a, b) => a.top - b.top);
        return { count: rows.length, last: rows.at(-1)?.characters ?? 0 };
      };
      const isShort = (measure: { count: number; last: number }) => measure.count > 1 && measure.last <= shortLastLine;

      const main = document.querySelector('main')!;
      const width = main.style.width;
      main.style.width = area.width;
      let found = 0;
      let mended = 0;
      for (const block of document.querySelectorAll<HTMLElement>('.chapter p, .chapter li')) {
        if (block.closest('td, th, .chapter-opening') || !isShort(lines(block))) continue;
        found++;
        for (const spacing of trials) {
          block.style.letterSpacing = spacing;
          if (!isShort(lines(block))) break;
          block.style.letterSpacing = '';
        }
        if (block.style.letterSpacing) mended++;
      }
      main.style.width = width;
      return { found, mended };
    },
    { area, trials, shortLastLine },
  );
}
