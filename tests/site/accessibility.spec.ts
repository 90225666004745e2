import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { allPagePaths } from '../helpers/site.ts';

// JIS X 8341-3:2016 AA corresponds to WCAG 2.0 AA; we test against WCAG 2.2 AA, which includes it.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const path of allPagePaths()) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
    // The printed guidebook is one long page: give axe time to walk it.
    test.setTimeout(90_000);
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
    expect(summary).toEqual([]);
  });
}
