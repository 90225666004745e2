import { expect, test } from '../helpers/test.ts';
import type { Page } from '@playwright/test';
import { formsData, principlesData } from '../helpers/content-data.ts';
import { collaborationZones } from '../../src/lib/schemas/form.ts';
import { ja } from '../../src/lib/i18n/ja.ts';
import { smallTargets } from '../helpers/targets.ts';

const forms = formsData();
const principles = principlesData();
const principleTitle = (slug: string) => principles.find((principle) => principle.slug === slug)!.data.title;
const formTitle = (slug: string) => forms.find((form) => form.slug === slug)!.data.title;

/** The page's main text with whitespace removed, so line breaks in the layout do not matter. */
async function mainText(page: Page) {
  return (await page.locator('main').innerText()).replace(/\s+/g, '');
}
const squash = (text: string) => text.replace(/\s+/g, '');

test('there are eight forms, 実行委員会 and 協議会 among them as separate pages', () => {
  expect(forms.map((form) => form.data.title)).toEqual(['事業協力', '補助・助成', '後援名義の付与', '共催', '実行委員会', '協議会', '委託', '事業展開への提案と事業実施過程への参画']);
});

for (const form of forms) {
  test(`the page of ${form.data.title} shows every field of its data`, async ({ page }) => {
    await page.goto(`/forms/${form.slug}/`);
    await expect(page.locator('h1')).toHaveText(form.data.title);
    const text = await mainText(page);
    const d = form.data;
    const expected = [
      d.summary,
      ...[d.planning, d.funding, d.responsibility, d.liability].flatMap((role) => [role.short, role.detail]),
      ...d.examples,
      ...d.fitsWhen,
      ...d.notFitWhen,
      ...d.paperwork,
      ...d.cautions,
      ...d.related.flatMap((related) => [formTitle(related.form), related.note]),
      principleTitle(d.principleAtRisk.principle),
      d.principleAtRisk.why,
      ...d.zones.map((zone) => ja[`zone.${zone}.name`]),
    ];
    for (const value of expected) expect(text, value).toContain(squash(value));
    await expect(page.locator(`main a[href="/principles/${d.principleAtRisk.principle}/"]`).first()).toBeVisible();
    // Links back to the guideline's own list of forms.
    await expect(page.locator('main a[href="/guideline/basics/#3-協働の形態"]')).toBeVisible();
  });
}

test('実行委員会 and 協議会 each say how they differ from the other', async ({ page }) => {
  for (const slug of ['executive-committee', 'council']) {
    await page.goto(`/forms/${slug}/`);
    await expect(page.getByRole('heading', { name: '実行委員会と協議会の違い' })).toBeVisible();
  }
});

test('the comparison table is built from the form data, one row per form', async ({ page }) => {
  await page.goto('/forms/');
  const table = page.locator('table.compare');
  await expect(table.locator('caption')).not.toBeEmpty();
  await expect(table.locator('thead th[scope="col"]')).toHaveCount(7);
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(forms.length);
  for (const [index, form] of forms.entries()) {
    const row = rows.nth(index);
    await expect(row.locator('th[scope="row"]')).toHaveText(form.data.title);
    const cells = row.locator('td');
    const zones = form.data.zones.map((zone) => ja[`zone.${zone}.short`]).join('〜');
    const values = [zones, form.data.planning.short, form.data.funding.short, form.data.responsibility.short, form.data.liability.short, principleTitle(form.data.principleAtRisk.principle)];
    for (const [column, value] of values.entries()) await expect(cells.nth(column)).toContainText(value);
  }
});

test('every link in the comparison table is at least 44 × 44 px, as a table on a computer and as cards on a phone', async ({ page }) => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 800 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/forms/');
    // Each row links its form and its principle.
    await expect(page.locator('table.compare a')).toHaveCount(forms.length * 2);
    expect(await smallTargets(page, 'table.compare'), `at ${viewport.width} px`).toEqual([]);
  }
});

test('the comparison table reads as labelled cards on a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/forms/');
  const firstCell = page.locator('table.compare tbody tr').first().locator('td').first();
  await expect(firstCell.locator('.cell-label')).toBeVisible();
  await expect(firstCell.locator('.cell-label')).toHaveText('領域');
  const box = await page.locator('table.compare').boundingBox();
  expect(box!.width).toBeLessThanOrEqual(320);
});

test('the 協働の領域 diagram places each form in its zones, in the drawing and in words', async ({ page }) => {
  await page.goto('/forms/');
  const svg = page.locator('svg.zones-diagram');
  await expect(svg).toHaveAttribute('role', 'img');
  await expect(svg.locator('title')).toHaveText('協働の領域と形態の位置');
  for (const zone of collaborationZones) await expect(svg.locator('text.zone-label', { hasText: ja[`zone.${zone}.short`] })).toHaveCount(1);
  for (const form of forms) await expect(svg.locator('text.bar-label', { hasText: form.data.title })).toHaveCount(1);
  // The text alternative says the same: every zone with exactly its forms.
  const words = page.locator('#zones-text');
  for (const zone of collaborationZones) {
    const listed = await words
      .locator('dt', { hasText: ja[`zone.${zone}.name`] })
      .locator('xpath=following-sibling::dd[1]')
      .locator('a')
      .allTextContents();
    expect(listed, zone).toEqual(forms.filter((form) => form.data.zones.includes(zone)).map((form) => form.data.title));
  }
});

test('the diagram bars span the zones each form covers', async ({ page }) => {
  await page.goto('/forms/');
  const zoneBoxes = await page.locator('svg.zones-diagram rect.zone').evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().toJSON() as DOMRect));
  const bars = await page.locator('svg.zones-diagram rect.bar').evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().toJSON() as DOMRect));
  for (const [index, form] of forms.entries()) {
    const bar = bars[index]!;
    const covered = collaborationZones.filter((_, zone) => bar.left < zoneBoxes[zone]!.right && bar.right > zoneBoxes[zone]!.left);
    expect(covered, form.data.title).toEqual(form.data.zones);
  }
});

test('the guideline links each form and principle to its explanation', async ({ page }) => {
  await page.goto('/guideline/basics/');
  // The official list links each name to its explanation; the explanations themselves stay on /forms/, not on the official page.
  for (const form of forms) await expect(page.locator(`main li > a[href="/forms/${form.slug}/"]`)).toHaveText(form.data.title);
  await expect(page.locator('main .editorial-aside')).toHaveCount(0);
  for (const form of forms) await expect(page.locator('main')).not.toContainText(form.data.summary);
  for (const principle of principles) await expect(page.locator(`main a[href="/principles/${principle.slug}/"]`)).toContainText(principle.data.title.replace('の原則', ''));
});
