import type { Browser } from 'playwright';
import { byKind, recordTransfers } from './network.ts';
import { percentile, round } from './stats.ts';

/** Queries like the test set's: words, variants, synonyms, several terms, phrases, absent words. */
export const benchQueries = [
  '委託', '共催', '協議会', '提案制度', 'ＮＰＯ', 'ぼらんてぃあ', '町内会', '振返り', '協働 委託', '"協働の原則"',
  '区役所', '補助 自主性', 'コーディネーター', '協定書', '普及啓発', '特定非営利活動法人', 'ｺｰﾃﾞｨﾈｰﾀｰ', '実行委員会 協議会', '「対等の原則」', '図書館',
];

/** The shared addresses the issue measures: a reader arriving at /search/?q=… with nothing cached. */
export const coldQueries = ['協働', 'ＮＰＯ'] as const;

/**
 * What a search costs a reader who follows a link to /search/?q=… with an empty cache: every
 * response from the page itself to the first answer shown (HTML, our script, the outline, and
 * when the outline is not enough Pagefind's script, wasm, index chunks and the fragments read), by kind.
 */
async function measureColdSearch(browser: Browser, baseUrl: string, query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const stop = recordTransfers(page);
  const started = performance.now();
  await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, baseUrl).href);
  await page.waitForFunction(() => { const text = document.querySelector('#search-status')?.textContent ?? ''; return text !== '' && !text.includes('…'); });
  const milliseconds = performance.now() - started;
  await page.waitForLoadState('networkidle');
  const transfers = await stop();
  const shown = await page.locator('#search-results > li').count();
  await context.close();
  return {
    query,
    milliseconds: round(milliseconds),
    shown,
    bytes: transfers.reduce((sum, item) => sum + item.bytes, 0),
    gzip: transfers.reduce((sum, item) => sum + item.gzip, 0),
    requests: transfers.length,
    byKind: byKind(transfers),
    transfers,
  };
}

/**
 * What the first search costs a reader (everything fetched after the search page itself has
 * loaded: the outline, and Pagefind's script, wasm, index chunks and fragments when needed), the cold
 * searches from a shared address, and how long searches take once Pagefind is loaded (the
 * page's own `search` performance measure).
 */
export async function measureSearch(browser: Browser, baseUrl: string, rounds = 3) {
  const cold = [];
  for (const query of coldQueries) cold.push(await measureColdSearch(browser, baseUrl, query));
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL('search/', baseUrl).href, { waitUntil: 'networkidle' });
  const stop = recordTransfers(page);
  const input = page.getByLabel('検索する言葉');
  const waitForAnswer = () => page.waitForFunction(() => { const text = document.querySelector('#search-status')?.textContent ?? ''; return text !== '' && !text.includes('…'); });
  const started = performance.now();
  await input.fill('委託');
  await input.press('Enter');
  await waitForAnswer();
  const firstSearchMs = performance.now() - started;
  await page.waitForLoadState('networkidle');
  const firstTransfers = await stop();

  await page.evaluate(() => performance.clearMeasures('search'));
  for (let round = 0; round < rounds; round++) {
    for (const query of benchQueries) {
      await page.evaluate(() => { document.querySelector('#search-status')!.textContent = ''; });
      await input.fill(query);
      await input.press('Enter');
      await waitForAnswer();
    }
  }
  const durations = await page.evaluate(() => performance.getEntriesByName('search').map((entry) => entry.duration));
  await context.close();
  const kinds = byKind(firstTransfers);
  return {
    cold,
    firstSearch: {
      milliseconds: round(firstSearchMs),
      bytes: firstTransfers.reduce((sum, item) => sum + item.bytes, 0),
      gzip: firstTransfers.reduce((sum, item) => sum + item.gzip, 0),
      requests: firstTransfers.length,
      byKind: kinds,
    },
    queries: { count: durations.length, p50: round(percentile(durations, 50)), p95: round(percentile(durations, 95)), max: round(Math.max(...durations)) },
  };
}
