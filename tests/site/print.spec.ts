import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../helpers/test.ts';

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
