import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../helpers/site.ts';
import { dataFile } from '../helpers/content.ts';

const reportPath = '/accessibility/report/';

// The 38 success criteria of JIS X 8341-3:2016 at levels A and AA, written out here from the standard.
const allCriteria = [
  '1.1.1', '1.2.1', '1.2.2', '1.2.3', '1.2.4', '1.2.5', '1.3.1', '1.3.2', '1.3.3', '1.4.1', '1.4.2', '1.4.3', '1.4.4', '1.4.5',
  '2.1.1', '2.1.2', '2.2.1', '2.2.2', '2.3.1', '2.4.1', '2.4.2', '2.4.3', '2.4.4', '2.4.5', '2.4.6', '2.4.7',
  '3.1.1', '3.1.2', '3.2.1', '3.2.2', '3.2.3', '3.2.4', '3.3.1', '3.3.2', '3.3.3', '3.3.4', '4.1.1', '4.1.2',
];

test('the test report lists all 38 criteria of levels A and AA, each with its level, whether it applies, and a result', async ({ page }) => {
  await page.goto(reportPath);
  const rows = page.locator('table.criteria tbody tr');
  await expect(rows).toHaveCount(38);
  expect(await rows.evaluateAll((items) => items.map((row) => row.getAttribute('data-criterion')))).toEqual(allCriteria);
  const levels = await rows.locator('td:nth-child(3)').allTextContents();
  expect(levels.filter((level) => level === 'A')).toHaveLength(25);
  expect(levels.filter((level) => level === 'AA')).toHaveLength(13);
  for (const result of await rows.evaluateAll((items) => items.map((row) => row.getAttribute('data-result')))) expect(['適合', '不適合', '未確認', '非適用']).toContain(result);
  // The time-based media criteria do not apply: the site has no audio or video.
  await expect(page.locator('tr[data-criterion="1.2.2"] td:nth-child(4)')).toHaveText('非適用');
  await expect(page.locator('dl.report-statement')).toContainText('JIS X 8341-3:2016');
});

test('the test report lists every page of the sitemap, each linked', async ({ page }) => {
  await page.goto(reportPath);
  const listed = await page.locator('[data-scope-pages] > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-page')));
  expect([...listed].sort()).toEqual([...sitemapPaths()].sort());
  for (const path of sitemapPaths().slice(0, 5)) await expect(page.locator(`[data-scope-pages] a[href="${path}"]`)).toHaveCount(1);
  await expect(page.locator('details.audited-pages summary').first()).toContainText(`${sitemapPaths().length}ページ`);
});

test('the report says 準拠 only when every applicable criterion is 適合; with people’s checks still open it says 一部準拠 and names them', async ({ page }) => {
  await page.goto(reportPath);
  const results = await page.locator('table.criteria tbody tr').evaluateAll((items) => items.map((row) => row.getAttribute('data-result')));
  const degree = await page.locator('[data-degree]').getAttribute('data-degree');
  const noResults = (await page.locator('[data-no-results]').count()) > 0;
  expect(degree).toBe(!noResults && results.every((result) => result === '適合' || result === '非適用') ? '準拠' : '一部準拠');
  // Read from content/accessibility-checks.yaml here: every check still open is a reason on the page.
  const open = dataFile('accessibilityChecks').checks.filter((check) => check.result !== '適合');
  if (open.length > 0) expect(degree).toBe('一部準拠');
  const reasons = (await page.locator('[data-reasons] > li').allTextContents()).join('\n');
  for (const check of open) expect(reasons).toContain(`${check.criterion} `);
  if (noResults) {
    await expect(page.locator('[data-no-results]')).toContainText('試験の結果がありません');
    expect(reasons).toContain('検査ツールによる試験の結果がありません');
  } else await expect(page.locator('[data-tools] li')).toHaveCount(3);
});

test('the accessibility policy links to the test report', async ({ page }) => {
  await page.goto('/accessibility/');
  await page.locator(`main a[href="${reportPath}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${reportPath}$`));
  await expect(page.locator('h1')).toHaveText('アクセシビリティの試験結果');
});
