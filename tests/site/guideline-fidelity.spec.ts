import { readFileSync } from 'node:fs';
import { expect, test } from '../helpers/test.ts';
import { contentFrontmatter } from '../helpers/site.ts';

/**
 * The test's own copy of the rule, written apart from the content check (src/lib/content/official-sections.ts)
 * and read line by line rather than through a Markdown parser: the summary is cut at the pages'
 * headings, and each piece of text (split at white space and after 。) must appear on its page in order.
 */
function sectionsOf(markdown: string, headings: readonly string[]) {
  const sections: { heading: string; units: string[] }[] = [];
  const unclaimed: string[] = [];
  for (const line of markdown.split('\n')) {
    const text = line.replace(/^#+\s*/, '').replace(/^-\s+/, '').trim();
    if (!text) continue;
    const units = text.split(/\s+/u).flatMap((piece) => piece.split(/(?<=。)/u)).filter(Boolean);
    if (/^#/.test(line) && headings.includes(text)) sections.push({ heading: text, units });
    else (sections.at(-1)?.units ?? unclaimed).push(...units);
  }
  return { sections, unclaimed };
}

/** The units of the official text that do not appear in the page's text in order (white space ignored). */
function notFoundInOrder(units: readonly string[], pageText: string): string[] {
  const text = pageText.replace(/\s+/gu, '');
  let from = 0;
  return units.filter((unit) => {
    const at = text.indexOf(unit, from);
    if (at === -1) return true;
    from = at + unit.length;
    return false;
  });
}

// The project's copy of the official summary is the text of record for the guideline pages.
const officialText = readFileSync('content/source/kyodo-shishin-gaiyo.md', 'utf8');
const pages = contentFrontmatter('guideline').map(({ id, data }) => ({ path: id === 'index' ? '/guideline/' : `/guideline/${id}/`, officialHeading: String(data.officialHeading) }));
const { sections, unclaimed } = sectionsOf(officialText, pages.map((page) => page.officialHeading));

test('every part of the official summary belongs to a guideline page', () => {
  expect(unclaimed).toEqual([]);
  expect(sections.map((section) => section.heading).sort()).toEqual(pages.map((page) => page.officialHeading).sort());
  expect(sections.flatMap((section) => section.units).length).toBeGreaterThan(100);
});

for (const page of pages) {
  test(`${page.path} reproduces its part of the official summary verbatim and in order`, async ({ page: browser }) => {
    await browser.goto(page.path);
    // The indexed body without editorial completions is exactly what the official text says.
    const text = await browser.locator('[data-pagefind-body]').evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('ins.completion, [data-pagefind-ignore]').forEach((element) => element.remove());
      return copy.textContent ?? '';
    });
    const section = sections.find((candidate) => candidate.heading === page.officialHeading)!;
    expect(notFoundInOrder(section.units, text)).toEqual([]);
  });
}

test('the editorial completions are marked visibly and for screen readers', async ({ page }) => {
  await page.goto('/guideline/basics/');
  const completion = page.locator('ins.completion').first();
  await expect(completion).toContainText('〔');
  await expect(completion.locator('.visually-hidden').first()).toHaveText('編集者による補足ここから');
  // A quiet mark, not a warning: the text's own colour, no coloured box, a dotted underline.
  const look = await completion.evaluate((element) => {
    const style = getComputedStyle(element);
    return { color: style.color, text: getComputedStyle(element.closest('p, li')!).color, background: style.backgroundColor, line: style.textDecorationStyle };
  });
  expect(look.color).toBe(look.text);
  expect(look.background).toBe('rgba(0, 0, 0, 0)');
  expect(look.line).toBe('dotted');
  // The gaps are in the site's copy of the summary, not in the ward's document, and the words are still to be checked against its original.
  const notice = page.getByRole('complementary', { name: '編集者による補足について' });
  await expect(notice).toContainText('このサイトが写し取った概要版');
  await expect(notice).toContainText('区の原本で確かめたかどうか');
  await expect(notice).not.toContainText('原文が途中で切れて');
  await expect(page.locator('.notice a[href="/about/#completions"]')).toBeVisible();
});

test('この文書について lists all six completions, each linking to its place', async ({ page, request }) => {
  await page.goto('/about/');
  const rows = page.locator('#completions tbody tr');
  await expect(rows).toHaveCount(6);
  // Each row says whether the words have been checked against the ward's original: none has been yet,
  // and the draft build says how many are left to check.
  await expect(page.locator('#completions thead th').last()).toHaveText('区の原本での確認');
  await expect(rows.locator('td:last-child')).toHaveText(Array.from({ length: 6 }, () => '未確認'));
  await expect(page.locator('main .draft-note')).toHaveText('公開前の確認用：区の原本でまだ確かめていない補記が6件あります（「区の原本での確認」が「未確認」の行）。');
  for (const href of await rows.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
    const [path, id] = href.split('#');
    expect((await request.get(path!)).status()).toBe(200);
    const other = await page.context().newPage();
    await other.goto(href);
    await expect(other.locator(`ins.completion[id="${id}"]`)).toHaveCount(1);
    await other.close();
  }
});

test('この文書について never calls the ward’s summary cut off or mistaken: the gaps are the site’s copy’s', async ({ page }) => {
  await page.goto('/about/');
  const main = page.locator('main');
  await expect(main).toContainText('欠けているのはこのサイトの写しで、区の概要版が途中で終わっているのではありません。');
  for (const phrase of ['途中で切れています', '誤りと思われる', '抜けたものと思われます']) await expect(main).not.toContainText(phrase);
});
