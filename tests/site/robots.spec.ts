import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../helpers/test.ts';
import { builtHtml, distDir, printPagePaths, printTemplatePaths, sitemapPaths } from '../helpers/site.ts';
import { dataFile } from '../helpers/content.ts';
import { printGuidebookCoverHref, robotsHref } from '../../src/lib/routes.ts';

const publicUrl = dataFile('siteSettings').publicUrl;
const base = new URL(publicUrl).pathname;
const robots = () => readFileSync(join(distDir, robotsHref), 'utf8');
const printPages = () => [...printPagePaths(), printGuidebookCoverHref, ...printTemplatePaths()];

test('robots.txt names the sitemap at the public URL and keeps crawlers out of the print pages', async ({ request }) => {
  const lines = robots().split('\n');
  expect(lines).toContain('User-agent: *');
  // Written out here, not composed the way the endpoint composes it: the public URL, then the file.
  expect(lines).toContain(`Sitemap: ${publicUrl}sitemap-index.xml`);
  expect(lines).toContain(`Disallow: ${base}print/`);
  const response = await request.get(robotsHref);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
});

test('the print pages carry noindex, stay out of the sitemap, and robots.txt disallows each of them', () => {
  const pages = printPages();
  expect(pages.length).toBeGreaterThan(10);
  const disallowed = robots()
    .split('\n')
    .filter((line) => line.startsWith('Disallow: '))
    .map((line) => line.slice('Disallow: '.length));
  const inSitemap = new Set(sitemapPaths());
  for (const path of pages) {
    expect(builtHtml(path), path).toMatch(/<meta name="robots" content="noindex"\s*\/?>/);
    expect(inSitemap.has(path), path).toBe(false);
    expect(disallowed.some((prefix) => (base + path.slice(1)).startsWith(prefix)), path).toBe(true);
  }
});

test('the pages in the sitemap are neither noindex nor disallowed', () => {
  const disallowed = robots()
    .split('\n')
    .filter((line) => line.startsWith('Disallow: '))
    .map((line) => line.slice('Disallow: '.length));
  for (const path of sitemapPaths()) {
    expect(builtHtml(path), path).not.toContain('name="robots"');
    expect(disallowed.some((prefix) => (base + path.slice(1)).startsWith(prefix)), path).toBe(false);
  }
});
