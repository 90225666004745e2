import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtHtml, distDir, sitemapPaths } from '../helpers/site.ts';

/** A guideline page's HTML plus its CSS, gzipped, must fit in 14 KB: the first round trip of a TCP connection. */
const pageBudget = 14 * 1024;

const guidelinePaths = sitemapPaths().filter((path) => path.startsWith('/guideline/'));
/** The やさしい日本語 pages carry furigana on every word: they are held to the same budget. */
const plainPaths = sitemapPaths().filter((path) => path.startsWith('/yasashii/'));

/** Stylesheets a page loads for the screen (the print stylesheet only loads when printing). */
function screenStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => !/media="print"/.test(tag))
    .map((tag) => /href="([^"]+)"/.exec(tag)![1]!);
}

test('the guideline has its pages, and the plain edition its five', () => {
  expect(guidelinePaths.length).toBeGreaterThanOrEqual(6);
  expect(plainPaths.length).toBe(5);
});

for (const path of [...guidelinePaths, ...plainPaths]) {
  test(`${path} ships no JavaScript and fits in 14 KB gzipped with its CSS`, () => {
    const html = builtHtml(path);
    expect(html).not.toMatch(/<script\b/i);
    const css = screenStylesheets(html).map((href) => readFileSync(join(distDir, href)));
    const bytes = gzipSync(html).length + css.reduce((sum, file) => sum + gzipSync(file).length, 0);
    expect(bytes).toBeLessThanOrEqual(pageBudget);
  });
}
