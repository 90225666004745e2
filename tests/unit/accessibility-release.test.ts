import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { accessibilityReleaseReasons, builtSitemapPaths } from '../../src/lib/accessibility/release-warning.ts';
import type { PageAuditRecord } from '../../src/lib/accessibility/audit-results.ts';

/** A built site of two pages, and an empty results folder beside it. */
function site() {
  const root = mkdtempSync(join(tmpdir(), 'a11y-release-'));
  const dist = join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'sitemap-0.xml'), '<urlset><url><loc>https://example.jp/kyodo/</loc></url><url><loc>https://example.jp/kyodo/guideline/</loc></url></urlset>');
  writeFileSync(join(dist, 'sitemap-index.xml'), '<sitemapindex><sitemap><loc>https://example.jp/kyodo/sitemap-0.xml</loc></sitemap></sitemapindex>');
  return { dist, results: join(root, 'results') };
}

test('the pages of a built sitemap are read as paths, without the index of sitemaps', () => {
  expect(builtSitemapPaths(site().dist)).toEqual(['/kyodo/', '/kyodo/guideline/']);
});

test('a release without test results is told so first, then every criterion without a 適合 result, by number', () => {
  const { dist, results } = site();
  const reasons = accessibilityReleaseReasons({ resultsFolder: results, contentRoot: 'content', distDir: dist });
  expect(reasons[0]).toBe('検査ツールによる試験の結果がありません。');
  // The shipped checks are all 未確認: each criterion a person checks is named, and 4.1.1 for its missing Nu result.
  expect(reasons.filter((reason) => reason.includes('人による確認がまだです'))).toHaveLength(26);
  expect(reasons).toContain('4.1.1 構文解析: 検査ツールによる試験の結果がありません。');
});

test('with clean results for every page, only the people’s checks remain', () => {
  const { dist, results } = site();
  mkdirSync(join(results, 'pages'), { recursive: true });
  for (const [index, path] of ['/kyodo/', '/kyodo/guideline/'].entries()) {
    const record: PageAuditRecord = { path, testedAt: '2027-01-10T00:00:00.000Z', builtAt: null, tools: [{ tool: 'axe', package: 'axe-core', version: '4.14.1' }, { tool: 'ibm', package: 'accessibility-checker-engine', version: '4.0.34' }], violations: [] };
    writeFileSync(join(results, 'pages', `${index}.json`), JSON.stringify(record));
  }
  writeFileSync(join(results, 'nu.json'), JSON.stringify({ testedAt: '2027-01-10T00:00:00.000Z', builtAt: null, tool: { tool: 'nu', package: 'vnu-jar', version: '26.9.27' }, pages: [{ path: '/kyodo/', violations: [] }, { path: '/kyodo/guideline/', violations: [] }] }));
  const reasons = accessibilityReleaseReasons({ resultsFolder: results, contentRoot: 'content', distDir: dist });
  expect(reasons).toHaveLength(26);
  expect(reasons.every((reason) => reason.endsWith(': 人による確認がまだです。'))).toBe(true);
});
