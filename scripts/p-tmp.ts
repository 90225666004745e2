import { chromium } from 'playwright';
import { serveStatic } from './lib/static-server.ts';
const server = await serveStatic('dist', 4471);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto(server.url + 'guideline/basics/');
const header = await page.locator('header.site-header').boundingBox();
await page.goto(server.url + 'search/?q=' + encodeURIComponent('協働'));
await page.waitForSelector('#search-results > li');
const first = await page.locator('#search-results > li').first().boundingBox();
const targets = await page.evaluate(() => 0);
const sizes: Record<string, number[]> = {};
for (const path of ['guideline/basics/', 'search/?q=協働', 'forms/choose/', 'yasashii/basics/', 'glossary/kyodo/']) {
  await page.goto(server.url + path);
  const found = await page.$$eval('nav a, .breadcrumbs a, .toc a, footer a, .search-filters summary, .see-also a, .next-steps a, .chooser-answers a, summary, button, input[type=checkbox]', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => { const r = e.getBoundingClientRect(); return Math.min(r.width, r.height); }));
  sizes[path] = [Math.min(...found)];
}
console.log({ headerHeight: header?.height, firstResultTop: first?.y, firstResultBottom: (first?.y ?? 0) + (first?.height ?? 0), smallest: sizes });
await browser.close(); await server.close(); process.exit(0);
