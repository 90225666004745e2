import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Response } from '@playwright/test';
import { builtHtml, distDir, printPagePaths, sitemapPaths } from '../helpers/site.ts';

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

/** The print typeface's rules a print page links, and the font files they point at, from the built files. */
function printPageFonts(path: string) {
  const html = builtHtml(path);
  const rules = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="(\/print\/fonts\/[^"]+)"/g)].map((match) => match[1]!);
  // Each url() resolved from its rules' own address, as the browser does (the rules name their files relative to themselves).
  const files = rules.flatMap((href) => [...readFileSync(join(distDir, href), 'utf8').matchAll(/url\(([^)]+\.woff2)\)/g)].map((match) => new URL(match[1]!, `http://site${href}`).pathname));
  return { rules, files, bytes: files.reduce((sum, file) => sum + statSync(join(distDir, file)).size, 0) };
}

/**
 * What a print preview may load in fonts: one subset of the characters it shows per family and
 * weight (BIZ UDPGothic regular and bold; the guidebook adds BIZ UDMincho regular for its body
 * text, about 155 KB, which brings it to about 340 KB).
 */
const printFontBudget = 400 * 1024;

for (const path of printPagePaths()) {
  test(`the print preview ${path} loads one subset of its characters per family and weight, under 400 KB in all`, () => {
    const fonts = printPageFonts(path);
    // Its product's own rules, not the whole typeface in Fontsource's 240 pieces.
    expect(fonts.rules).toEqual([expect.stringMatching(/^\/print\/fonts\/pages\/[a-z-]+\.css$/)]);
    const gothic = [expect.stringMatching(/-gothic-400\.[0-9a-f]{16}\.woff2$/), expect.stringMatching(/-gothic-700\.[0-9a-f]{16}\.woff2$/)];
    expect(fonts.files).toEqual(path === '/print/guidebook/' ? [...gothic, expect.stringMatching(/-mincho-400\.[0-9a-f]{16}\.woff2$/)] : gothic);
    expect(fonts.bytes).toBeLessThanOrEqual(printFontBudget);
  });
}

/** Files Pagefind compresses itself: counted as they are, not gzipped again. */
const precompressed = /\/pagefind\/.*\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;

for (const query of ['協働', 'ＮＰＯ']) {
  test(`the first search for ${query} from a cold /search/?q= fetches at most 120 KB gzipped in at most 20 requests, and shows five results`, async ({ browser, baseURL }) => {
    const context = await browser.newContext(baseURL ? { baseURL } : {});
    const page = await context.newPage();
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#search-results > li')).toHaveCount(5);
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    for (const response of responses) {
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes += precompressed.test(new URL(response.url()).pathname) ? body.length : gzipSync(body).length;
    }
    await context.close();
    expect(responses.length).toBeLessThanOrEqual(20);
    expect(bytes).toBeLessThanOrEqual(120 * 1024);
  });
}
