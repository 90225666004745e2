import { expect, test } from '@playwright/test';
import { chooserPages, maxQuestionsOnAPath } from '../../src/lib/chooser/tree.ts';
import { dataFile } from '../helpers/content.ts';
import { smallTargets } from '../helpers/targets.ts';
import { formsData } from '../helpers/content-data.ts';

const chooser = dataFile('chooser');
const forms = formsData();
const pages = chooserPages(chooser, forms.map((form) => ({ id: form.slug, traits: form.data.chooser })));
const resultCount = pages.filter((page) => page.kind === 'result').length;

test('walking every answer from the start ends every path in a recommendation, and reaches every form', async ({ page }) => {
  test.setTimeout(120_000);
  // Follow the links a reader would follow, without JavaScript, breadth first.
  await page.context().route('**/*.js', (route) => route.abort());
  const queue: { href: string; depth: number }[] = [{ href: '/forms/choose/', depth: 0 }];
  const results: string[] = [];
  const recommended = new Set<string>();
  while (queue.length > 0) {
    const { href, depth } = queue.shift()!;
    const response = await page.goto(href);
    expect(response?.status(), href).toBe(200);
    const answers = page.locator('.chooser-answers a');
    const count = await answers.count();
    if (count > 0) {
      expect(depth, `${href} asks too many questions`).toBeLessThan(maxQuestionsOnAPath);
      expect(count, href).toBeGreaterThanOrEqual(2);
      for (const next of await answers.evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) queue.push({ href: next, depth: depth + 1 });
      continue;
    }
    // Not a question: it must be a result naming a form that exists, its closest alternative, and what to do next.
    results.push(href);
    const links = await page.locator('.chooser-form h3 a').evaluateAll((all) => all.map((link) => link.getAttribute('href')!));
    expect(links, href).toHaveLength(2);
    for (const link of links) expect(link).toMatch(/^\/forms\/[a-z-]+\/$/);
    recommended.add(links[0]!.split('/')[2]!);
    // The reason quotes every answer the reader gave.
    const given = await page.locator('.chooser-answer').allTextContents();
    expect(given.length).toBe(href.split('/').filter(Boolean).length - 2);
    for (const answer of given) await expect(page.locator('.lead')).toContainText(`「${answer}」`);
    await expect(page.getByRole('heading', { level: 2, name: '次にすること' })).toBeVisible();
    expect(await page.locator('.next-steps a[href^="/guidebook/"]').count(), href).toBeGreaterThan(0);
  }
  expect(results.length).toBe(resultCount);
  expect([...recommended].sort()).toEqual(forms.map((form) => form.slug).sort());
});

test('a result page shows the answers given and lets the reader change one', async ({ page }) => {
  await page.goto('/forms/choose/');
  await page.locator('.chooser-answers a').first().click();
  await page.locator('.chooser-answers a').first().click();
  await expect(page.locator('h1')).toContainText('結果');
  await expect(page.locator('h1')).toContainText('が合いそうです');
  const steps = page.locator('.chooser-steps li');
  await expect(steps).toHaveCount(2);
  await expect(steps.first()).toContainText(chooser.questions.find((question) => question.id === chooser.start)!.question);
  await steps.first().getByRole('link').click();
  expect(new URL(page.url()).pathname).toBe('/forms/choose/');
});

for (const viewport of [{ width: 1280, height: 900, device: 'a computer' }, { width: 375, height: 800, device: 'a phone' }]) {
  test(`every target on every chooser page is at least 44 × 44 px, on ${viewport.device}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    let changeLinks = 0;
    for (const { href } of pages) {
      await page.goto(href);
      expect(await smallTargets(page), href).toEqual([]);
      changeLinks += await page.getByRole('link', { name: /^答えを変える/ }).count();
    }
    // The 「答えを変える」 links the issue found 21 px tall were among those measured.
    expect(changeLinks).toBeGreaterThan(0);
  });
}
