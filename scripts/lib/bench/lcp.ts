import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromiumPath } from '../chromium.ts';
import { median, round } from './stats.ts';

/** What Lighthouse's mobile preset (simulated slow 4G, 4× CPU slowdown) says of one page. */
export interface LighthouseRun {
  lcp: number;
  fcp: number;
  score: number;
}

async function lighthouse(url: string): Promise<LighthouseRun> {
  const folder = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const output = join(folder, 'report.json');
  try {
    await promisify(execFile)(
      'node_modules/.bin/lighthouse',
      [url, '--only-categories=performance', '--output=json', `--output-path=${output}`, '--quiet', '--chrome-flags=--headless=new --no-sandbox'],
      { env: { ...process.env, CHROME_PATH: chromiumPath }, timeout: 120_000 },
    );
    const report = JSON.parse(readFileSync(output, 'utf8')) as { audits: Record<string, { numericValue: number }>; categories: { performance: { score: number } } };
    return { lcp: report.audits['largest-contentful-paint']!.numericValue, fcp: report.audits['first-contentful-paint']!.numericValue, score: report.categories.performance.score };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Largest Contentful Paint per kind of page, as Lighthouse's default mobile preset measures it
 * (the figure the issue compares with the docs framework), the median of `runs` runs each.
 * The server gzips as a host does (scripts/lib/static-server.ts).
 */
export async function measureLcp(baseUrl: string, pages: Record<string, string>, runs = 2) {
  const results: Record<string, { lcp: number; fcp: number; score: number }> = {};
  for (const [name, path] of Object.entries(pages)) {
    const measured: LighthouseRun[] = [];
    for (let run = 0; run < runs; run++) measured.push(await lighthouse(new URL(path.slice(1), baseUrl).href));
    results[name] = { lcp: round(median(measured.map((item) => item.lcp))), fcp: round(median(measured.map((item) => item.fcp))), score: median(measured.map((item) => item.score)) };
  }
  return results;
}
