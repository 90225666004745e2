import type { Page } from '@playwright/test';

/** The smallest a target may be, each way, in CSS pixels (WCAG 2.5.5; the Digital Agency's design system asks the same). */
export const minTargetPx = 44;

/** What a reader can click, tap or move to with Tab. */
const targetSelector = ':is(a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]))';

/**
 * Every visible target inside `within` smaller than {@link minTargetPx} either way, by its border
 * box as the browser lays it out (what Playwright's boundingBox reports for the page's own
 * document): 「指針の本文 76.7 × 21」. An empty list when every target is large enough.
 *
 * Measured in one script in the page: one round trip per target took about 0.4 s a page of the
 * site's 80-odd links.
 */
export async function smallTargets(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate(
    ({ within, targetSelector, minTargetPx }) => {
      const targets = new Set([...document.querySelectorAll(within)].flatMap((root) => [...root.querySelectorAll(targetSelector)]));
      return [...targets].flatMap((target) => {
        // An empty box: not rendered (display: none, or in a closed <details>), so not a target.
        const box = target.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || (box.width >= minTargetPx && box.height >= minTargetPx)) return [];
        const name = (target.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 30) || target.outerHTML.slice(0, 60);
        return [`${name} ${Math.round(box.width * 10) / 10} × ${Math.round(box.height * 10) / 10}`];
      });
    },
    { within, targetSelector, minTargetPx },
  );
}
