import { expect, test } from '@playwright/test';
import { LinkChecker } from 'linkinator';
import { distDir, sitemapPaths } from '../helpers/site.ts';

test('no internal link or #fragment in the built site is broken', async () => {
  test.setTimeout(120_000);
  const checker = new LinkChecker();
  const result = await checker.check({
    path: distDir,
    recurse: true,
    checkFragments: true,
    // There is no network here, and external sites are not ours to test.
    linksToSkip: ['^(?!http://localhost)'],
  });
  const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} (from ${link.parent}, ${link.status})`);
  expect(broken).toEqual([]);
  // The crawl really reached the site: at least every page of the sitemap was checked.
  expect(result.links.filter((link) => link.state === 'OK').length).toBeGreaterThanOrEqual(sitemapPaths().length);
});
