import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../helpers/test.ts';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { builtHtml, contentFrontmatter } from '../helpers/site.ts';
import { contentRoot, dataFile } from '../helpers/content.ts';

const chapters = contentFrontmatter('guidebook')
  .map(({ id, data }) => ({ id, title: String(data.title), order: Number(data.order), steps: (data.steps ?? []) as string[] }))
  .sort((a, b) => a.order - b.order);
const steps = dataFile('processSteps');
/** What the chapters' MDX holds, counted from the source text: list items inside <Checklist>, and <CaseStory> blocks. */
const chapterSources = chapters.filter((chapter) => chapter.id !== 'checklists').map((chapter) => readFileSync(join(contentRoot, 'guidebook', `${chapter.id}.mdx`), 'utf8'));
const checklistItemsInContent = chapterSources.flatMap((text) => [...text.matchAll(/<Checklist[^>]*>([\s\S]*?)<\/Checklist>/g)].flatMap((match) => match[1]!.split('\n').filter((line) => /^- /.test(line.trim())))).length;
const caseStoriesInContent = chapterSources.reduce((sum, text) => sum + (text.match(/<CaseStory /g)?.length ?? 0), 0);

test('the guidebook has a contents page listing every chapter in order', async ({ page }) => {
  await page.goto('/guidebook/');
  await expect(page.locator('h1')).toHaveText('職員向けガイドブック');
  const links = page.locator('main .guidebook-contents a');
  await expect(links).toHaveText(chapters.map((chapter) => chapter.title));
});

test('previous/next links walk every chapter in order', async ({ page }) => {
  const visited: string[] = [];
  await page.goto(`/guidebook/${chapters[0]!.id}/`);
  for (;;) {
    visited.push(new URL(page.url()).pathname);
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    await next.click();
  }
  expect(visited).toEqual(chapters.map((chapter) => `/guidebook/${chapter.id}/`));
});

for (const chapter of chapters) {
  test(`${chapter.title}: heading, chapter list and the marking of the current chapter`, async ({ page }) => {
    await page.goto(`/guidebook/${chapter.id}/`);
    await expect(page.locator('h1')).toHaveText(chapter.title);
    const list = page.getByRole('navigation', { name: 'ガイドブックの章' });
    await expect(list.locator('ol a')).toHaveCount(chapters.length);
    await expect(list.locator('a[aria-current="page"]')).toHaveAttribute('href', `/guidebook/${chapter.id}/`);
  });
}

const processChapters = chapters.filter((chapter) => chapter.steps.length > 0 && chapter.steps.length < steps.length);

test('the process chapters cover every step between them', () => {
  expect(new Set(processChapters.flatMap((chapter) => chapter.steps))).toEqual(new Set(steps.map((step) => step.id)));
});

for (const chapter of processChapters) {
  test(`${chapter.title}: the step indicator marks the steps it explains`, async ({ page }) => {
    await page.goto(`/guidebook/${chapter.id}/`);
    const indicator = page.getByRole('navigation', { name: '協働事業の進め方の段階' });
    await expect(indicator.locator('li')).toHaveCount(steps.length);
    const current = steps.filter((step) => chapter.steps.includes(step.id)).map((step) => step.name);
    await expect(indicator.locator('li[aria-current="step"]')).toHaveCount(current.length);
    for (const name of current) await expect(indicator.locator('li[aria-current="step"]', { hasText: name })).toHaveCount(1);
    // Each step the chapter explains has its own section heading.
    for (const name of current) await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  });
}

test('the process overview draws the whole flow and says it in words, linking each step to its chapter', async ({ page, request }) => {
  const overview = chapters.find((chapter) => chapter.steps.length === steps.length)!;
  await page.goto(`/guidebook/${overview.id}/`);
  const figure = page.locator('figure.process-flow');
  await expect(figure.locator('svg[role="img"]')).toHaveAttribute('aria-describedby', 'flow-text');
  await expect(figure.locator('rect.step-box')).toHaveCount(steps.length);
  await expect(figure.locator('text.step-name')).toHaveText(steps.map((step) => step.name));
  const words = page.locator('#flow-text li');
  await expect(words).toHaveCount(steps.length);
  for (const [index, step] of steps.entries()) {
    await expect(words.nth(index)).toContainText(step.summary);
    const href = await words.nth(index).locator('a').getAttribute('href');
    expect((await request.get(href!)).status()).toBe(200);
  }
});

/** A built chapter's HTML as a tree: counting over 13 chapters needs no browser. */
const builtChapter = (id: string) => fromHtml(builtHtml(`/guidebook/${id}/`));
const textOf = (node: Element) => toString(node).trim();

test('checklists are real checkboxes, each with its label', () => {
  let total = 0;
  for (const chapter of chapters.filter((item) => item.id !== 'checklists')) {
    const tree = builtChapter(chapter.id);
    const boxes = selectAll('fieldset.checklist input[type="checkbox"]', tree);
    for (const box of boxes) {
      const label = select(`label[for="${String(box.properties.id)}"]`, tree);
      expect(label && textOf(label), `${chapter.id} #${String(box.properties.id)}`).toBeTruthy();
    }
    total += boxes.length;
  }
  // Every <Checklist> item written in the chapters became a checkbox (counted in the MDX, independently).
  expect(total).toBe(checklistItemsInContent);
});

test('the チェックリスト集 gathers every checklist item of every chapter', () => {
  const items = chapters.filter((item) => item.id !== 'checklists').flatMap((chapter) => selectAll('fieldset.checklist label', builtChapter(chapter.id)).map(textOf));
  expect(selectAll('fieldset.checklist label', builtChapter('checklists')).map(textOf)).toEqual(items);
});

test('a ticked checkbox prints as an empty box', async ({ page }) => {
  await page.goto('/guidebook/checklists/');
  const box = page.locator('fieldset.checklist input').first();
  await box.check();
  await page.emulateMedia({ media: 'print' });
  expect(await box.evaluate((element) => getComputedStyle(element).appearance)).toBe('none');
  await expect(page.locator('.checklist-note').first()).toBeHidden();
});

test('every case story is shown, labelled as a fictional example', () => {
  let stories = 0;
  for (const chapter of chapters) {
    const asides = selectAll('aside.case-story', builtChapter(chapter.id));
    for (const aside of asides) expect(textOf(select('.case-label', aside)!)).toBe('架空の事例');
    stories += asides.length;
  }
  expect(stories).toBe(caseStoriesInContent);
});

test('no official-looking value is invented in the guidebook prose: contact details come from site.yaml', async ({ page }) => {
  const suspicious = /[0-9０-９]+円|万円|\d{2,4}-\d{2,4}-\d{3,4}|(令和|平成)[0-9元]+年|20\d\d年\d+月|[一-龥]+課(?![題程税])/u;
  for (const chapter of chapters) {
    await page.goto(`/guidebook/${chapter.id}/`);
    const text = (await page.locator('main').innerText()).replace(/最終更新日.*$/m, '');
    expect(text.match(suspicious)?.[0] ?? null, chapter.id).toBeNull();
  }
  await page.goto('/guidebook/coordinator/');
  await expect(page.locator('main .placeholder').first()).toBeVisible();
});

/** Tabs from the start of the main content (reached by the skip link) until `target` has the focus; at most `limit`. */
async function tabsTo(page: import('@playwright/test').Page, target: import('@playwright/test').Locator, limit = 30): Promise<number> {
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '本文へ移動' })).toBeFocused();
  await page.keyboard.press('Enter');
  for (let tabs = 1; tabs <= limit; tabs++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return tabs;
  }
  return Infinity;
}

test('the guidebook index opens with its contents: from the main content, the first chapter is two Tabs away (after the notice\'s link)', async ({ page }) => {
  await page.goto('/guidebook/');
  expect(await tabsTo(page, page.locator('.guidebook-contents a').first())).toBe(2);
});

test('the 様式集 opens with its contents, and from the contents one Tab reaches a form\'s Word file', async ({ page }) => {
  await page.goto('/guidebook/templates/');
  // Contents: 協働事業計画書, 役割分担表, 協定書 … (written out by hand): the notice's link, then three entries.
  const entry = page.locator('.toc a', { hasText: '協定書' });
  expect(await tabsTo(page, entry)).toBe(4);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', '/downloads/templates/agreement.docx');
});

test('the 様式集\'s tables are tab stops only when they scroll', async ({ page }) => {
  await page.goto('/guidebook/templates/');
  const regions = page.locator('[data-scroll-region]');
  expect(await regions.count()).toBeGreaterThan(5);
  // At 1280 px every table fits: none is a tab stop.
  await expect.poll(() => page.locator('[data-scroll-region][tabindex]').count()).toBe(0);
  // At 320 px, exactly those that scroll sideways are.
  await page.setViewportSize({ width: 320, height: 720 });
  await expect.poll(() => regions.evaluateAll((all) => all.filter((region) => region.scrollWidth > region.clientWidth + 1).length)).toBeGreaterThan(0);
  await expect.poll(() => regions.evaluateAll((all) => all.every((region) => region.hasAttribute('tabindex') === region.scrollWidth > region.clientWidth + 1))).toBe(true);
});
