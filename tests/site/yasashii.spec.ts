import { expect } from '@playwright/test';
import { test } from '../helpers/test.ts';
import { mm, pageSizes, pageText, pdfFonts, pdfInfo } from '../helpers/pdf.ts';

/** The やさしい日本語 pages and the official page each retells, written out by hand. */
const editions: { plain: string; official: string }[] = [
  { plain: '/yasashii/', official: '/guideline/' },
  { plain: '/yasashii/background/', official: '/guideline/background/' },
  { plain: '/yasashii/necessity/', official: '/guideline/necessity/' },
  { plain: '/yasashii/basics/', official: '/guideline/basics/' },
  { plain: '/yasashii/promotion/', official: '/guideline/promotion/' },
];

/** Text inside <main> that holds kanji but is not the base of a <ruby> with a reading: what a reader would meet without furigana. */
const unreadKanji = () =>
  [...document.querySelectorAll('main')].flatMap((main) => {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('rt, script, style')) continue;
      if (!/[\p{Script=Han}々]/u.test(node.textContent ?? '')) continue;
      const reading = parent.tagName === 'RUBY' ? parent.querySelector('rt')?.textContent?.trim() : '';
      if (!reading) found.push(node.textContent!.trim());
    }
    return found;
  });

for (const { plain, official } of editions) {
  test(`${plain}: every kanji in the main content has its reading, and the page links to ${official}`, async ({ page }) => {
    await page.goto(plain);
    expect(await page.evaluate(unreadKanji)).toEqual([]);
    expect(await page.locator('main ruby').count()).toBeGreaterThan(50);
    await expect(page.locator(`main a[href="${official}"]`).first()).toBeVisible();
    await page.goto(official);
    await expect(page.getByRole('link', { name: 'やさしい日本語で読む' })).toHaveAttribute('href', plain);
  });
}

test('a guideline page with no plain retelling links to the edition’s overview', async ({ page }) => {
  await page.goto('/guideline/deliberation/');
  await expect(page.getByRole('link', { name: 'やさしい日本語で読む' })).toHaveAttribute('href', '/yasashii/');
});

test('furigana turn off and on from the keyboard, without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/yasashii/basics/');
  const visibleReadings = () => page.locator('main rt').evaluateAll((all) => all.filter((rt) => rt.getBoundingClientRect().height > 0).length);
  const total = await page.locator('main rt').count();
  expect(await visibleReadings()).toBe(total);
  const toggle = page.getByRole('checkbox', { name: 'ふりがなをつける' });
  await expect(toggle).toBeChecked();
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).not.toBeChecked();
  expect(await visibleReadings()).toBe(0);
  await page.keyboard.press('Space');
  expect(await visibleReadings()).toBe(total);
  await context.close();
});

test('copying a paragraph gives its words without the readings', async ({ page }) => {
  await page.goto('/yasashii/basics/');
  const paragraph = page.locator('main .prose p').filter({ has: page.locator('ruby') }).first();
  const copied = await paragraph.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  });
  const base = await paragraph.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('rt').forEach((rt) => rt.remove());
    return copy.textContent!;
  });
  expect(copied.trim()).toBe(base.trim());
  expect(copied).not.toMatch(/きょうどう/);
});

test('ruby does not widen the line spacing: lines with readings are as far apart as lines without', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/yasashii/necessity/');
  // For each paragraph with ruby, and the same paragraph with the ruby taken out: its height over its number of lines.
  const pitches = await page.locator('main .prose p').evaluateAll((paragraphs) => {
    const linesOf = (element: Element) => {
      const bottoms: number[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement!.closest('rt')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) if (!bottoms.some((bottom) => Math.abs(bottom - rect.bottom) < 4)) bottoms.push(rect.bottom);
      }
      return bottoms.length;
    };
    return paragraphs
      .filter((paragraph) => paragraph.querySelector('ruby'))
      .map((paragraph) => {
        const withoutRuby = paragraph.cloneNode(true) as HTMLElement;
        withoutRuby.querySelectorAll('ruby').forEach((ruby) => ruby.replaceWith(ruby.firstChild!.textContent!));
        paragraph.after(withoutRuby);
        const result = { withRuby: paragraph.getBoundingClientRect().height / linesOf(paragraph), withoutRuby: withoutRuby.getBoundingClientRect().height / linesOf(withoutRuby) };
        withoutRuby.remove();
        return result;
      });
  });
  expect(pitches.length).toBeGreaterThan(3);
  for (const pitch of pitches) expect(Math.abs(pitch.withRuby - pitch.withoutRuby), JSON.stringify(pitch)).toBeLessThan(0.5);
});

test('a search for 協働 finds the plain pages, with 協働 in the excerpt and no reading in it', async ({ page }) => {
  await page.goto('/search/?q=協働');
  await expect(page.locator('#search-status')).not.toHaveText(/^$|検索しています/, { timeout: 15_000 });
  const plainResults = page.locator('#search-results > li').filter({ has: page.locator('a[href^="/yasashii/"]') });
  // Results come in pages of about ten: ask for more until the plain pages are listed.
  const more = page.getByRole('button', { name: /さらに表示/ });
  while ((await plainResults.count()) === 0 && (await more.isVisible())) await more.click();
  await expect(plainResults.first()).toBeVisible();
  const excerpt = await plainResults.first().textContent();
  expect(excerpt).toContain('協働');
  expect(excerpt).not.toMatch(/きょうどう|協きょう/);
});

test('the English summary is an English page whose Japanese labels are marked Japanese, and the header reaches it', async ({ page }) => {
  await page.goto('/');
  const english = page.locator('header .main-nav-wide a[hreflang="en"]');
  await expect(english).toHaveText('English');
  await expect(english).toHaveAttribute('lang', 'en');
  await english.click();
  expect(new URL(page.url()).pathname).toBe('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main .prose[lang="en"]').first()).toContainText('collaboration');
  // Every Japanese label of the site around the text is marked Japanese; the page's own title in the breadcrumbs is English.
  for (const part of ['a.skip-link', '.draft-banner', 'header.site-header', 'nav.breadcrumbs', 'main article', 'footer.site-footer']) await expect(page.locator(part), part).toHaveAttribute('lang', 'ja');
  await expect(page.locator('nav.breadcrumbs [aria-current="page"]')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main article .provenance-notice')).toContainText('解説');
  await expect(page.locator('header .main-nav-wide a[href="/yasashii/"]')).toHaveText('やさしい日本語');
});

test('the やさしい日本語 flyer is one A4 page with its furigana printed and its fonts embedded', () => {
  const file = 'dist/downloads/yasashii-flyer.pdf';
  expect(pdfInfo(file).pages).toBe(1);
  const [size] = pageSizes(file);
  expect(Math.abs(size!.width - mm(210))).toBeLessThanOrEqual(1.5);
  expect(Math.abs(size!.height - mm(297))).toBeLessThanOrEqual(1.5);
  expect(pdfFonts(file).every((font) => font.embedded && !font.type.includes('Type 3'))).toBe(true);
  const text = pageText(file, 1).replace(/\s+/g, '');
  expect(text).toContain('協働');
  expect(text).toContain('きょうどう');
});
