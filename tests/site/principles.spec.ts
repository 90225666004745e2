import { expect, test } from '../helpers/test.ts';
import { formsData, principlesData } from '../helpers/content-data.ts';

const principles = principlesData();
const forms = formsData();
const squash = (text: string) => text.replace(/\s+/g, '');

test('there are the four principles of the guideline', () => {
  expect(principles.map((principle) => principle.data.title)).toEqual(['対等の原則', '相互理解の原則', '自主性の尊重の原則', '情報公開の原則']);
});

for (const principle of principles) {
  test(`the page of ${principle.data.title} shows every field of its data`, async ({ page }) => {
    await page.goto(`/principles/${principle.slug}/`);
    await expect(page.locator('h1')).toHaveText(principle.data.title);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, '');
    const d = principle.data;
    for (const value of [d.summary, ...d.wardPractice, ...d.groupPractice, ...d.mistakes.flatMap((item) => [item.mistake, item.instead]), ...d.formsAtRisk.map((item) => item.why)]) {
      expect(text, value).toContain(squash(value));
    }
    const checklist = page.locator('fieldset.checklist');
    await expect(checklist.locator('input[type="checkbox"]')).toHaveCount(d.checklist.length);
    for (const item of d.checklist) await expect(checklist.getByLabel(item)).not.toBeChecked();
    for (const item of d.formsAtRisk) await expect(page.locator(`main a[href="/forms/${item.form}/"]`).first()).toBeVisible();
    await expect(page.locator('main a[href="/guideline/basics/#4-協働の原則"]')).toBeVisible();
  });
}

test('each principle lists the forms whose pages name it as most at risk', () => {
  for (const principle of principles) {
    const named = forms.filter((form) => form.data.principleAtRisk.principle === principle.slug).map((form) => form.slug);
    for (const slug of named) expect(principle.data.formsAtRisk.map((item) => item.form), `${principle.slug} ← ${slug}`).toContain(slug);
  }
});

test('a checklist box can be ticked with the keyboard', async ({ page }) => {
  await page.goto('/principles/equality/');
  const box = page.locator('fieldset.checklist input').first();
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
});
