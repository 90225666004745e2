import { expect, test } from '../helpers/test.ts';
import { sitemapPaths } from '../helpers/site.ts';
import { dataFile } from '../helpers/content.ts';

const settings = dataFile('siteSettings');

test('the sitemap lists the home page, the guideline and the site pages', () => {
  const paths = sitemapPaths();
  for (const expected of ['/', '/guideline/', '/guideline/basics/', '/about/', '/accessibility/']) {
    expect(paths).toContain(expected);
  }
  expect(paths.filter((path) => path.startsWith('/print/'))).toEqual([]);
});

test('the 404 page answers 404 in Japanese and links back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('h1')).toHaveText('ページが見つかりません');
  await expect(page.locator('main a[href="/"]')).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('the skip link is the first thing the keyboard reaches and moves focus to the main content', async ({ page }) => {
  await page.goto('/guideline/basics/');
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expect(skip).toHaveText('本文へ移動');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('main navigation only links pages that exist, and marks the current section', async ({ page, request }) => {
  await page.goto('/guideline/necessity/');
  const nav = page.getByRole('navigation', { name: 'メインメニュー' });
  const hrefs = await nav.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  await expect(nav.locator('a[href="/guideline/"]')).toHaveAttribute('aria-current', 'true');
});

test('breadcrumbs show where a guideline chapter sits', async ({ page }) => {
  await page.goto('/guideline/promotion/');
  const crumbs = page.getByRole('navigation', { name: '現在の位置' });
  await expect(crumbs.locator('li')).toHaveText(['トップ', '指針', '第4章 協働を進めるために']);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('第4章 協働を進めるために');
});

test('previous/next links walk the whole guideline in order and back', async ({ page }) => {
  const visited: string[] = [];
  await page.goto('/guideline/');
  for (;;) {
    visited.push(new URL(page.url()).pathname);
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    // Wait for the next page itself: on a busy machine, reading the page mid-navigation found no link and ended the walk early.
    const href = (await next.getAttribute('href'))!;
    await next.click();
    await page.waitForURL((url) => url.pathname === new URL(href, page.url()).pathname);
    await page.waitForLoadState('load');
  }
  expect(visited).toEqual(['/guideline/', '/guideline/background/', '/guideline/necessity/', '/guideline/basics/', '/guideline/promotion/', '/guideline/deliberation/']);
  await page.locator('a[rel="prev"]').click();
  await page.waitForURL((url) => url.pathname === '/guideline/promotion/');
  expect(new URL(page.url()).pathname).toBe('/guideline/promotion/');
});

test('long pages have an on-page table of contents whose links reach their headings', async ({ page }) => {
  await page.goto('/guideline/promotion/');
  const toc = page.getByRole('navigation', { name: 'このページの目次' });
  const links = toc.locator('a');
  expect(await links.count()).toBeGreaterThanOrEqual(3);
  for (const href of await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')!))) {
    await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`)).toHaveCount(1);
  }
  await page.goto('/guideline/background/');
  await expect(page.getByRole('navigation', { name: 'このページの目次' })).toHaveCount(0);
});

test('the footer shows the contact block from content/site.yaml, with unfilled values marked', async ({ page }) => {
  await page.goto('/guideline/');
  const footer = page.locator('footer');
  await expect(footer.getByRole('heading', { name: 'お問い合わせ' })).toBeVisible();
  await expect(footer).toContainText(settings.publisher);
  for (const [key, value] of Object.entries(settings.contact)) {
    if (value) await expect(footer, key).toContainText(value);
  }
  const unfilled = Object.values(settings.contact).filter((value) => value === null).length;
  await expect(footer.locator('.placeholder')).toHaveCount(unfilled);
  await expect(footer.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('the home page tells each kind of reader where to start', async ({ page, request }) => {
  await page.goto('/');
  const cards = page.locator('.card');
  expect(await cards.count()).toBeGreaterThanOrEqual(3);
  for (const card of await cards.all()) {
    await expect(card.locator('h3')).toHaveText(/へ$/);
    const hrefs = await card.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  }
});

test('every page has a favicon and a share image, and the sitemap is linked', async ({ page, request }) => {
  await page.goto('/');
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect((await request.get(icon!)).status()).toBe(200);
  const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
  const response = await request.get(image.pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect((await request.get('/sitemap-index.xml')).status()).toBe(200);
});

test('the home page’s card for residents and groups offers the chooser and the forms', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('.card').filter({ has: page.getByRole('heading', { name: '区民・地域で活動する団体の方へ' }) });
  await expect(card.getByRole('link', { name: 'どの形態が合うか、質問に答えて調べる' })).toHaveAttribute('href', '/forms/choose/');
  await expect(card.getByRole('link', { name: '協働の形態の一覧と比較表' })).toHaveAttribute('href', '/forms/');
});

test('while site.yaml names no editing department, an explanation says what it is without naming anyone; the site\'s own pages carry no notice', async ({ page }) => {
  await page.goto('/principles/equality/');
  await expect(page.locator('main .provenance-notice')).toContainText('このページは、指針の本文ではなく、指針をもとにまとめた解説です。区の正式な規程ではありません。');
  await expect(page.locator('main .provenance-notice')).not.toContainText('編集者');
  for (const path of ['/accessibility/', '/search/', '/404.html']) {
    await page.goto(path);
    await expect(page.locator('.provenance-notice'), path).toHaveCount(0);
  }
});
