import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataFile } from '../content/load-data-file.ts';
import { readAuditResults } from './audit-results.ts';
import { judgeConformance } from './conformance.ts';
import { criteria } from './criteria.ts';

/** The paths of every page in a built site's sitemap (`sitemap-0.xml` …): `/guideline/basics/`. */
export function builtSitemapPaths(distDir: string): string[] {
  return readdirSync(distDir)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .flatMap((name) => [...readFileSync(join(distDir, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname))
    .sort();
}

/**
 * Why the accessibility test report of a build states 一部準拠 rather than 準拠: the same
 * judgement as the page's, from the same test results and checks, over the pages of the built
 * sitemap. Empty when the report says 準拠. The release build prints these; it does not refuse.
 */
export function accessibilityReleaseReasons(input: { resultsFolder: string; contentRoot: string; distDir: string }): string[] {
  const report = judgeConformance({
    criteria,
    results: readAuditResults(input.resultsFolder),
    scope: builtSitemapPaths(input.distDir),
    checks: loadDataFile(input.contentRoot, 'accessibilityChecks').checks,
  });
  return report.degree === '準拠' ? [] : report.reasons;
}
