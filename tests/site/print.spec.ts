import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../helpers/test.ts';
import { pageText } from '../helpers/pdf.ts';
import { distDir } from '../helpers/site.ts';

test('printing a page hides navigation and keeps the content', async ({ page }) => {
  await page.goto('/guideline/basics/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.breadcrumbs', '.toc', '.pagination', '.skip-link']) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('footer')).toBeVisible();
});

test('an external link prints its address after the link text', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  const link = page.locator('footer a[href^="https://"]').first();
  const href = await link.getAttribute('href');
  const printed = await link.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(printed).toContain(href!);
});

test('a page prints on A4 with its text and without the menu', async ({ page }) => {
  await page.goto('/guideline/necessity/');
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  const file = join(dir, 'page.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:.*\(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('協働の必要性');
  expect(text).not.toContain('メインメニュー');
  expect(text).not.toContain('本文へ移動');
});

// "Print is print": the printed guidebook says what is true on paper. Each sentence below is
// written out by hand from content/ and the interface strings, not read from them.
/** Sentences for the web page only: a screen that can tick boxes, links to follow, printing to come. */
const screenOnly = [
  '印刷すると、チェック欄は空欄で印刷されます。',
  '画面では、確かめた項目にチェックを付けられます。',
  '打合せの前や、段階の区切りごとに印刷して使ってください。',
  '詳しくは、リンク先の章を読んでください。',
  '次の3つのシートは、印刷して使えます。',
];
/** What paper says in their place. */
const printOnly = ['確かめた項目は、チェック欄にペンで印を付けてください。', '詳しくは、各答えの後に挙げた章を読んでください。', '次の3つのシートは、コピーして使えます。'];
/** The steps of the process figure (content/process-steps.yaml) and the label of its return arrow, drawn only in the figure. */
const flowLabels = ['きっかけ', '事業の検討', '形態の選択', '相手の選定', '役割分担と協定', '実施', '振り返り', '次への反映', '次の事業へ'];
const squash = (text: string) => text.replace(/\s+/g, '');

/** The text a reader sees in <main>, without furigana readings. */
async function visibleText(page: import('@playwright/test').Page): Promise<string> {
  return squash(
    await page.locator('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('rt').forEach((rt) => rt.remove());
      // innerText needs the copy laid out with the page's styles to leave out hidden elements.
      main.after(copy);
      const text = copy.innerText;
      copy.remove();
      return text;
    }),
  );
}

test('the printed guidebook leaves out the words for the screen and prints the words for paper', async ({ page }) => {
  await page.goto('/print/guidebook/');
  await page.emulateMedia({ media: 'print' });
  const text = await visibleText(page);
  for (const sentence of screenOnly) expect(text, sentence).not.toContain(sentence);
  for (const sentence of printOnly) expect(text, sentence).toContain(sentence);
  expect(text).not.toContain('上の図は');
});

test('the guidebook pages on screen keep the words for the screen and show none for paper', async ({ page }) => {
  let text = '';
  for (const path of ['/guidebook/checklists/', '/guidebook/faq/', '/guidebook/review/']) {
    await page.goto(path);
    text += await visibleText(page);
  }
  for (const sentence of screenOnly) expect(text, sentence).toContain(sentence);
  for (const sentence of printOnly) expect(text, sentence).not.toContain(sentence);
});

test('a guidebook page printed from the browser also swaps the screen words for the paper words', async ({ page }) => {
  await page.goto('/guidebook/checklists/');
  await page.emulateMedia({ media: 'print' });
  const text = await visibleText(page);
  expect(text).not.toContain('画面では、確かめた項目にチェックを付けられます。');
  expect(text).toContain('確かめた項目は、チェック欄にペンで印を付けてください。');
});

test('the guidebook PDF has no screen-only sentence, and the process figure on the page of the sentence that points at it', () => {
  const file = join(distDir, 'downloads', 'kyodo-guidebook.pdf');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const texts = Array.from({ length: pages }, (_, index) => squash(pageText(file, index + 1)));
  const whole = texts.join('');
  for (const sentence of screenOnly) expect(whole, sentence).not.toContain(sentence);
  for (const sentence of printOnly) expect(whole, sentence).toContain(sentence);
  const pointing = texts.filter((text) => text.includes('次の図は、その流れを示しています。'));
  expect(pointing).toHaveLength(1);
  for (const label of flowLabels) expect(pointing[0], label).toContain(label);
});

test('links in the printed guidebook print as text: the body colour, not underlined; on screen they stay links', async ({ page }) => {
  await page.goto('/print/guidebook/');
  const screen = await page.locator('main .chapter p a:not(.glossary-term)').first().evaluate((link) => getComputedStyle(link).color);
  expect(screen).toBe('rgb(0, 17, 143)');
  await page.emulateMedia({ media: 'print' });
  const { body, links } = await page.evaluate(() => ({
    body: getComputedStyle(document.body).color,
    links: [...document.querySelectorAll('main a')].map((link) => ({
      text: link.textContent!.trim().slice(0, 20),
      color: getComputedStyle(link).color,
      decoration: getComputedStyle(link).textDecorationLine,
    })),
  }));
  expect(body).not.toBe('rgb(0, 17, 143)');
  expect(links.length).toBeGreaterThan(100);
  expect(links.filter((link) => link.color !== body || link.decoration !== 'none')).toEqual([]);
});

test('search does not find words written for paper only', async ({ page }) => {
  // The screen's sentence on the same page is found, so the search itself works.
  await page.goto(`/search/?${new URLSearchParams({ q: 'チェック欄は空欄' })}`);
  await expect(page.locator('#search-status')).not.toHaveText(/^$|検索しています/, { timeout: 15_000 });
  await expect(page.locator('#search-results > li > a[href="/guidebook/checklists/"]')).toHaveCount(1);
  for (const phrase of ['ペンで印を付けて', 'コピーして使']) {
    await page.goto(`/search/?${new URLSearchParams({ q: phrase })}`);
    await expect(page.locator('#search-status'), phrase).toContainText('見つかりませんでした', { timeout: 15_000 });
    await expect(page.locator('#search-results > li, #search-related > li'), phrase).toHaveCount(0);
  }
});
