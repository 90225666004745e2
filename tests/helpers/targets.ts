import type { Page } from '@playwright/test';

/** The smallest a target may be, each way, in CSS pixels (WCAG 2.5.5; the Digital Agency's design system asks the same). */
export const minTargetPx = 44;

/** What a reader can click, tap or move to with Tab. */
const targetSelector = ':is(a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]))';

/**
 * Every visible target inside `within` smaller than {@link minTargetPx} either way, as Playwright's
 * boundingBox measures it: 「指針の本文 76.7 × 21」. An empty list when every target is large enough.
 */
export async function smallTargets(page: Page, within = 'body'): Promise<string[]> {
  const small: string[] = [];
  // Element handles, measured one by one: a locator would find each element again by its selector for every measure.
  for (const target of await page.locator(within).locator(targetSelector).elementHandles()) {
    // No box, or an empty one: not rendered (display: none, or in a closed <details>), so not a target.
    const box = await target.boundingBox();
    if (!box || box.width === 0 || box.height === 0 || (box.width >= minTargetPx && box.height >= minTargetPx)) continue;
    const name = ((await target.getAttribute('aria-label')) ?? (await target.textContent()) ?? '').trim().slice(0, 30) || (await target.evaluate((element) => (element as Element).outerHTML.slice(0, 60)));
    small.push(`${name} ${Math.round(box.width * 10) / 10} × ${Math.round(box.height * 10) / 10}`);
  }
  return small;
}
