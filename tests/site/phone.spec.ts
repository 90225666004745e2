import { expect, test } from '../helpers/test.ts';
import type { Locator, Page } from '@playwright/test';

/** A phone held upright, as a resident reads on the way to a meeting. */
const phone = { width: 390, height: 844 };

test.beforeEach(async ({ page }) => {
  await page.setViewportSize(phone);
});

/** Width and height of every visible element a locator finds. */
const boxesOf = (locator: Locator) => locator.evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).offsetParent !== null).map((element) => ({ text: element.textContent?.trim() ?? '', ...element.getBoundingClientRect().toJSON() as DOMRect })));

/** Every visible target of `selector` is at least 44 × 44 px (デジタル庁デザインシステム; WCAG 2.2 asks 24). */
async function expectTargets(page: Page, selector: string) {
  const boxes = await boxesOf(page.locator(selector));
  expect(boxes.length, selector).toBeGreaterThan(0);
  for (const box of boxes) {
    expect(box.height, `${selector} 「${box.text}」 height`).toBeGreaterThanOrEqual(44);
    expect(box.width, `${selector} 「${box.text}」 width`).toBeGreaterThanOrEqual(44);
  }
}

for (const path of ['/', '/guideline/basics/', '/search/', '/guidebook/process-planning/']) {
  test(`${path}: the header takes at most 120 px of a 390 px screen`, async ({ page }) => {
    await page.goto(path);
    const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(120);
  });
}

test('the phone menu opens without JavaScript and its links are large enough to tap', async ({ page }) => {
  await page.goto('/guideline/basics/');
  // The wide navigation is out of the way; the menu is one button.
  await expect(page.locator('.main-nav-wide')).toBeHidden();
  await expect(page.locator('.main-nav-menu nav a').first()).toBeHidden();
  await page.getByText('メニュー', { exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '協働の形態' })).toBeVisible();
  await expectTargets(page, '.main-nav-menu summary');
  await expectTargets(page, '.main-nav-menu nav a');
});

test('the header search box has a visible label', async ({ page }) => {
  await page.goto('/guideline/');
  await expect(page.locator('label[for="header-search-input"]')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'サイト内検索' })).toBeVisible();
});

test('breadcrumbs, the on-page contents and the footer links are targets of at least 44 × 44 px', async ({ page }) => {
  await page.goto('/guideline/basics/');
  await expectTargets(page, '.breadcrumbs a');
  await expectTargets(page, '.toc a');
  await expectTargets(page, '.footer-links a');
  await expectTargets(page, '.site-footer section > p > a');
});

test('the next steps and see-also links, and 「さらに表示」, are targets of at least 44 × 44 px', async ({ page }) => {
  await page.goto('/forms/co-hosting/');
  await expectTargets(page, '.next-steps li > a');
  await expectTargets(page, '.see-also a');
  await page.goto('/search/?q=協働');
  await expect(page.locator('#search-more')).toBeVisible({ timeout: 15_000 });
  await expectTargets(page, '#search-more');
  await page.goto('/yasashii/basics/');
  await expectTargets(page, '.furigana-switch label');
});

for (const query of ['協働', 'ＮＰＯ', '委託 補助']) {
  test(`on /search/?q=${query} two whole results are on the first screen, the draft banner included`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('.draft-banner')).toBeVisible();
    const second = page.locator('#search-results > li').nth(1);
    await expect(second).toBeVisible({ timeout: 15_000 });
    const bottom = await second.evaluate((item) => item.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(phone.height);
  });
}

test('on /search/ the filters are folded away and still reachable, and the ways on from an empty search are large enough to tap', async ({ page }) => {
  await page.goto('/search/?q=協働');
  await expect(page.locator('#search-results > li').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('radio', { name: 'ガイドブック' })).toBeHidden();
  await page.getByText('分野や読む人で絞り込む').click();
  await expectTargets(page, '.search-sections label');
  // A shared address with a filter opens them.
  await page.goto('/search/?q=協働&section=ガイドブック');
  await expect(page.getByRole('radio', { name: 'ガイドブック' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'ガイドブック' })).toBeVisible();
  await page.goto('/search/?q=区役所');
  await expect(page.locator('#search-way-on')).toBeVisible({ timeout: 15_000 });
  await expectTargets(page, '#search-way-on a');
});

for (const path of ['/forms/', '/downloads/', '/about/']) {
  test(`${path}: no table cell or caption is squeezed narrower than two characters`, async ({ page }) => {
    await page.goto(path);
    const cells = await page.locator('table caption, table th, table td').evaluateAll((elements) =>
      elements
        // Column headers kept for screen readers only (the phone cards label each cell instead) are not on screen.
        .filter((element) => (element as HTMLElement).offsetParent !== null && element.textContent?.trim() && (element.closest('thead')?.getBoundingClientRect().width ?? 2) > 1)
        .map((element) => ({ text: element.textContent!.trim().slice(0, 12), width: element.getBoundingClientRect().width, font: parseFloat(getComputedStyle(element).fontSize) })),
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell.width, `「${cell.text}」`).toBeGreaterThanOrEqual(2 * cell.font);
  });
}
