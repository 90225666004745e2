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
    // Not a question: it must be a result naming a form that exists and its closest alternative — or the forms of the combination
    // asked for, one per part (their ids are the address's last segment) — and what to do next.
    results.push(href);
    const links = await page.locator('.chooser-form h3 a').evaluateAll((all) => all.map((link) => link.getAttribute('href')!));
    for (const link of links) expect(link).toMatch(/^\/forms\/[a-z-]+\/$/);
    const combination = href.split('/').at(-2)!.split('-and-');
    if (combination.length > 1) expect([...links].map((link) => link.split('/')[2]!).sort(), href).toEqual([...combination].sort());
    else expect(links, href).toHaveLength(2);
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

test('the first question speaks to a group as well as to staff, and offers a group that wants to propose a way in', async ({ page }) => {
  await page.goto('/forms/choose/');
  const answers = await page.locator('.chooser-answers a').allTextContents();
  expect(answers.map((answer) => answer.trim())).toContain('区に、協働で取り組む事業を提案したい（区の職員が提案を受けたときも、これを選びます）');
  expect(answers.join('')).toContain('区の協力や支援を求めたい');
});

test('a result tells a group first what to do next (whom to ask, for what, with which documents), and staff second', async ({ page }) => {
  // A 町会 that wants the ward's name on its festival.
  await page.goto('/forms/choose/group-needs/endorsement/');
  const headings = await page.locator('.next-steps h3').allTextContents();
  expect(headings).toEqual(['地域の団体・区民の方は', '区の職員は']);
  const group = page.locator('.next-steps > ol').first();
  await expect(group).toContainText('区の担当部署に、「後援名義の付与」として協力を求めたいことを伝えてください。');
  await expect(group).toContainText('後援名義の使用の申請書');
  await expect(group).toContainText('区の手続きと書式は、相談するときに確かめてください。');
  // The guidebook's chapters are for staff, after the group's steps.
  await expect(page.locator('.next-steps > ol').nth(1).locator('a[href^="/guidebook/"]').first()).toBeVisible();
  await expect(group.locator('a[href^="/guidebook/"]')).toHaveCount(0);
});

test('more than one kind of help leads to the combination, each form with its own documents', async ({ page }) => {
  await page.goto('/forms/choose/');
  await page.getByRole('link', { name: '地域の団体が企画し主催する事業に、区の協力や支援を求めたい' }).click();
  await page.getByRole('link', { name: /いくつかを組み合わせて求めます/ }).click();
  await page.getByRole('link', { name: '名義と、会場・人手などの手伝い' }).click();
  await expect(page).toHaveURL(/\/forms\/choose\/group-needs\/group-needs-combined\/cooperation-and-endorsement\/$/);
  await expect(page.locator('h1')).toContainText('事業協力、後援名義の付与を組み合わせるのが合いそうです');
  await expect(page.locator('.chooser-form h3 a')).toHaveText(['事業協力', '後援名義の付与']);
  await expect(page.locator('.next-steps')).toContainText('「事業協力」と「後援名義の付与」として協力を求めたい');
  await expect(page.locator('.next-steps-form')).toHaveText(['事業協力', '後援名義の付与']);
});

test('a group that wants to propose is shown the present state of the proposal system, never a procedure the guideline only announces', async ({ page }) => {
  await page.goto('/forms/choose/proposal-received/subsidy/');
  const group = page.locator('.next-steps > ol').first();
  await expect(group.locator('h4').first()).toHaveText('協働事業提案制度の現在の状況');
  // Empty in the draft build's site.yaml: shown as a placeholder, not as a description of a system.
  await expect(group.locator('li').first()).toContainText('未記入');
});
