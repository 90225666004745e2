import { expect, test } from '@playwright/test';
import { chooserPages, maxQuestionsOnAPath } from '../../src/lib/chooser/tree.ts';
import { dataFile } from '../helpers/content.ts';
import { formsData } from '../helpers/content-data.ts';

const chooser = dataFile('chooser');
const forms = formsData();

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
    // Not a question: it must be a result with at least one recommended form that exists.
    results.push(href);
    const links = await page.locator('.chooser-recommendations h3 a').evaluateAll((all) => all.map((link) => link.getAttribute('href')!));
    expect(links.length, href).toBeGreaterThan(0);
    for (const link of links) {
      expect(link).toMatch(/^\/forms\/[a-z-]+\/$/);
      recommended.add(link.split('/')[2]!);
    }
    await expect(page.locator('.chooser-recommendations p').first()).not.toBeEmpty();
    await expect(page.locator('.chooser-steps li')).toHaveCount(href.split('/').filter(Boolean).length - 2);
  }
  expect(results.length).toBe(chooserPages(chooser).filter((page) => page.kind === 'result').length);
  expect([...recommended].sort()).toEqual(forms.map((form) => form.slug).sort());
});

test('a result page shows the answers given and lets the reader change one', async ({ page }) => {
  await page.goto('/forms/choose/');
  await page.locator('.chooser-answers a').first().click();
  await page.locator('.chooser-answers a').first().click();
  await expect(page.locator('h1')).toContainText('結果');
  const steps = page.locator('.chooser-steps li');
  await expect(steps).toHaveCount(2);
  await expect(steps.first()).toContainText(chooser.questions.find((question) => question.id === chooser.start)!.question);
  await steps.first().getByRole('link').click();
  expect(new URL(page.url()).pathname).toBe('/forms/choose/');
});
