import type { Page } from 'playwright';

/**
 * Which blocks of the printed guidebook stay whole on one page. A stylesheet cannot say "a box
 * no longer than half a page", so the renderer measures, in print media at the width of the
 * text, and marks each block that qualifies with `keep-whole` (print-guidebook.css):
 * - a list of up to eight items, a table, a figure: when it fits on one page;
 * - a box (quotation, example, checklist, aside): when it is no longer than half a page; a
 *   longer box breaks, and the stylesheet draws its frame on both pages.
 * Each marked block gets an id, so that the PDF records the page it starts on.
 */
export const keepWholeClass = 'keep-whole';
const boxes = ':is(blockquote, aside, fieldset, .case-story, .checklist)';
const whole = ':is(ul, ol, table, figure, .table-scroll)';

/** The size of the text area, in CSS pixels (print-guidebook.css: A4 less the margins). */
export interface TextArea {
  width: string;
  heightPx: number;
}

/** Marks the blocks; returns their ids, in the order of the page. */
export async function markKeepWhole(page: Page, area: TextArea): Promise<string[]> {
  return page.evaluate(
    ({ boxes, whole, className, area }) => {
      const main = document.querySelector('main')!;
      const width = main.style.width;
      main.style.width = area.width;
      const ids: string[] = [];
      const candidates = document.querySelectorAll<HTMLElement>(`.chapter ${boxes}, .chapter ${whole}`);
      for (const element of candidates) {
        // A block inside a block that is kept whole needs no mark of its own.
        if (element.parentElement?.closest(`.${className}`)) continue;
        const height = element.getBoundingClientRect().height;
        const isBox = element.matches(boxes);
        const isLongList = element.matches(':is(ul, ol)') && element.querySelectorAll(':scope > li').length > 8;
        const limit = isBox ? area.heightPx / 2 : area.heightPx;
        if (isLongList || height > limit) continue;
        element.classList.add(className);
        element.id ||= `keep-${ids.length + 1}`;
        ids.push(element.id);
      }
      main.style.width = width;
      return ids;
    },
    { boxes, whole, className: keepWholeClass, area },
  );
}

/**
 * Lets a kept-whole block break after all, when keeping it whole left the page before it too
 * empty: the block that starts on the page after a short page. Returns the ids released.
 */
export async function releaseAfterShortPages(page: Page, shortPages: readonly number[], destinations: ReadonlyMap<string, number>, kept: readonly string[]): Promise<string[]> {
  const starts = new Map<number, string[]>();
  for (const id of kept) {
    const index = destinations.get(id);
    if (index !== undefined) starts.set(index, [...(starts.get(index) ?? []), id]);
  }
  const release = shortPages.flatMap((index) => (starts.get(index + 1) ?? []).slice(0, 1));
  if (release.length === 0) return [];
  await page.evaluate(
    ({ ids, className }) => {
      for (const id of ids) document.getElementById(id)?.classList.remove(className);
    },
    { ids: release, className: keepWholeClass },
  );
  return release;
}

/**
 * Makes the PDF record the page of every element the renderer needs to place: Chromium writes
 * a named destination only for an id that some link points to. The links sit in a hidden list
 * that neither prints nor reaches assistive technology.
 */
export async function probeDestinations(page: Page, ids: readonly string[]): Promise<void> {
  await page.evaluate((ids) => {
    document.querySelector('nav[data-render-probes]')?.remove();
    const nav = document.createElement('nav');
    nav.hidden = true;
    nav.dataset.renderProbes = '';
    for (const id of ids) {
      const link = document.createElement('a');
      link.href = `#${id}`;
      nav.append(link);
    }
    document.querySelector('main')!.append(nav);
  }, ids);
}
