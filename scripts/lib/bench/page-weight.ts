import type { Browser } from 'playwright';
import { byKind, recordTransfers } from './network.ts';
import { chooserHref, formHref, formsIndexHref, glossaryHref, guidebookHref, guidelineHref, homeHref, principleHref, printGuidebookHref, printPamphletHref, searchHref, yasashiiHref } from '../../../src/lib/routes.ts';

/** One page of each kind, as a reader first arrives on it (nothing cached). */
export const pageTypes: Record<string, string> = {
  'トップ': homeHref,
  '指針（第4章）': guidelineHref('promotion'),
  '原則': principleHref('equality'),
  '形態': formHref('commissioning'),
  '形態の一覧と比較表': formsIndexHref(),
  'どの形態が合う？': chooserHref(),
  'ガイドブックの章': guidebookHref('process-planning'),
  'やさしい日本語': yasashiiHref('basics'),
  '用語集': glossaryHref(),
  '検索（結果なし）': searchHref(),
  '印刷用ガイドブック': printGuidebookHref,
  '印刷用パンフレット': printPamphletHref('about-kyodo-trifold'),
};

/** Bytes each kind of page costs on first visit: HTML, CSS, JS, fonts and the rest, raw and gzipped. */
export async function measurePageWeights(browser: Browser, baseUrl: string) {
  const weights: Record<string, { kinds: ReturnType<typeof byKind>; total: { bytes: number; gzip: number } }> = {};
  for (const [name, path] of Object.entries(pageTypes)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const stop = recordTransfers(page);
    await page.goto(new URL(path.slice(1), baseUrl).href, { waitUntil: 'networkidle' });
    const transfers = await stop();
    const kinds = byKind(transfers);
    weights[name] = { kinds, total: { bytes: transfers.reduce((sum, item) => sum + item.bytes, 0), gzip: transfers.reduce((sum, item) => sum + item.gzip, 0) } };
    await context.close();
  }
  return weights;
}
