import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

/**
 * axe-core, run in the page itself. Its source is evaluated through the DevTools protocol, as
 * IBM's engine is (ibm-checker.ts): that is not bound by the page's Content-Security-Policy, which
 * stays in force. Then axe.run() checks the document.
 *
 * @axe-core/playwright does the same with more round trips: measured on ten pages of the site,
 * about 0.9 s a page against 0.5 s here. The site's pages have no frames, so its handling of
 * frames is not needed (callers assert there are none).
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 A and AA rules, which include WCAG 2.0 AA (JIS X 8341-3:2016 AA). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe's rules with the given tags on the page's current document. Only violations are
 * reported element by element (resultTypes): passes and the rest are counted, not listed, which
 * spares axe most of its work on a long page.
 */
export async function axeResults(page: Page, tags: readonly string[] = wcagTags): Promise<AxeResults> {
  if (page.frames().length > 1) throw new Error(`${page.url()} has frames: axeResults() checks only the top document.`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    (values) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] }),
    [...tags],
  );
}

/** One line per violation, for a test's failure message: the rule, what it asks, and each element. */
export const describeAxeViolations = (results: AxeResults) => results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
