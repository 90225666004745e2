import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { pamphletMakerHref } from '../../../src/lib/routes.ts';
import { percentile, round } from './stats.ts';

/**
 * The pamphlet maker as an organiser uses it: how long each keystroke takes to reach the
 * preview and its fit check (the page's own `maker-update` measure, typing one character at a
 * time), and how long `npm run pamphlet` takes to make a PDF from an event file.
 */
export async function measureMaker(browser: Browser, baseUrl: string, siteDir: string) {
  const page = await browser.newPage();
  await page.goto(new URL(pamphletMakerHref('lecture-flyer').slice(1), baseUrl).href);
  const field = page.getByLabel('会場', { exact: true });
  await field.click();
  await page.evaluate(() => performance.clearMeasures('maker-update'));
  for (const char of '区民会館 第一会議室（三階）') {
    const before = await page.evaluate(() => performance.getEntriesByName('maker-update').length);
    await page.keyboard.type(char);
    await page.waitForFunction((count) => performance.getEntriesByName('maker-update').length > count, before);
  }
  const durations = await page.evaluate(() => performance.getEntriesByName('maker-update').map((entry) => entry.duration));
  const script = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/_astro/') && entry.name.endsWith('.js')).map((entry) => (entry as PerformanceResourceTiming).encodedBodySize));
  await page.close();

  const folder = mkdtempSync(join(tmpdir(), 'bench-pamphlet-'));
  writeFileSync(join(folder, 'event.yaml'), 'name: 協働講演会\ndate: 2027年2月13日（土）\nplace: 区民会館\n');
  const started = performance.now();
  execFileSync('node', ['scripts/make-pamphlet.ts', 'lecture-flyer', '--event', join(folder, 'event.yaml'), '--out', join(folder, 'flyer.pdf'), '--site', siteDir], { stdio: 'ignore' });
  const commandSeconds = (performance.now() - started) / 1000;
  return {
    keystrokes: { count: durations.length, p50: round(percentile(durations, 50)), p95: round(percentile(durations, 95)) },
    scriptBytes: script.reduce((sum, bytes) => sum + bytes, 0),
    commandSeconds: round(commandSeconds),
  };
}
