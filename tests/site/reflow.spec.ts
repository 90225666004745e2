import { expect, test } from '@playwright/test';
import { allPagePaths } from '../helpers/site.ts';

// WCAG 1.4.10 Reflow: content must fit a 320 CSS px wide viewport without horizontal scrolling.
test.use({ viewport: { width: 320, height: 640 } });

for (const path of allPagePaths()) {
  test(`${path} does not scroll sideways at 320 px`, async ({ page }) => {
    await page.goto(path);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
}
