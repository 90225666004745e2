import { expect, test } from '../helpers/test.ts';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expectedResults, indexedPages } from '../helpers/search-oracle.ts';
import { dataFile } from '../helpers/content.ts';

/**
 * A search case: the query, and what a Japanese reader expects beyond the rule that the exact
 * results are exactly the pages containing every term (which every case checks).
 */
interface Case {
  query: string;
  /** Pages that must be among the exact results. */
  includes?: string[];
  /** The page that must come first. */
  first?: string;
  /** Nothing at all, not even related results: the site does not have this. */
  none?: true;
  /** Restrict to one section. */
  section?: string;
  /** Restrict to one audience. */
  audience?: string;
  /** The exact results, written out by hand (checked besides the rule above). */
  exactly?: string[];
  /** Pages that must be among the related results. */
  relatedIncludes?: string[];
  /** What the search must look for when it drops a question form (共催とは → 共催): the rule above applies to this. */
  searchedAs?: string;
}

const cases: Record<string, Case[]> = {
  words: [
    { query: '委託', first: '/forms/commissioning/' },
    { query: '共催', first: '/forms/co-hosting/' },
    { query: '後援', includes: ['/forms/endorsement/'] },
    { query: '協議会', includes: ['/forms/council/', '/forms/executive-committee/'] },
    { query: '実行委員会', first: '/forms/executive-committee/' },
    { query: '協定書', includes: ['/guidebook/agreement-outline/'] },
    { query: 'コーディネーター', includes: ['/guidebook/coordinator/', '/guideline/promotion/'] },
    { query: '普及啓発', includes: ['/guideline/promotion/'] },
    { query: '懇談会', includes: ['/guideline/deliberation/', '/guideline/background/'] },
    { query: '相互理解', includes: ['/principles/mutual-understanding/'] },
  ],
  substrings: [
    { query: '提案制度', includes: ['/guidebook/proposal-system/', '/guideline/promotion/'] },
    { query: '委員会', includes: ['/forms/executive-committee/'] },
    { query: '自治会', includes: ['/guideline/basics/'] },
    { query: '振り返りシート', includes: ['/guidebook/review/'] },
    { query: '総合調整', includes: ['/guideline/promotion/'] },
    { query: '活動主体', includes: ['/guideline/basics/'] },
    { query: '地域課題', includes: ['/guideline/basics/'] },
    { query: '評価制度', includes: ['/guideline/promotion/'] },
  ],
  widths: [
    { query: 'ＮＰＯ', includes: ['/guideline/basics/', '/glossary/'] },
    { query: 'ｎｐｏ', includes: ['/guideline/basics/'] },
    { query: 'npo', includes: ['/guideline/basics/'] },
    { query: 'ＮＰＯ法人', includes: ['/guideline/basics/'] },
    { query: 'ｺｰﾃﾞｨﾈｰﾀｰ', includes: ['/guidebook/coordinator/'] },
    { query: 'ﾎﾞﾗﾝﾃｨｱ', includes: ['/guideline/basics/'] },
    { query: '協働　委託', includes: ['/forms/commissioning/'] },
    { query: '１０月２０日', includes: ['/guideline/deliberation/'] },
  ],
  kana: [
    { query: 'ぼらんてぃあ', includes: ['/guideline/basics/'] },
    { query: 'こーでぃねーたー', includes: ['/guidebook/coordinator/'] },
    { query: 'ボランティア', includes: ['/guideline/basics/'] },
    { query: 'ふりかえり', includes: ['/guidebook/review/'] },
    { query: 'ぱんふれっと', includes: ['/guideline/promotion/'] },
    { query: 'ちぇっくりすと', includes: ['/guidebook/checklists/'] },
    { query: 'チェックリスト', includes: ['/guidebook/checklists/'] },
    { query: 'せんたー', includes: ['/guideline/promotion/'] },
  ],
  synonyms: [
    { query: '町内会', includes: ['/guideline/basics/', '/guideline/promotion/'] },
    { query: '町会', includes: ['/guideline/basics/'] },
    { query: '特定非営利活動法人', includes: ['/guideline/basics/', '/guideline/promotion/'] },
    { query: 'NPO法人', includes: ['/guideline/basics/', '/guideline/promotion/'] },
    { query: '振返り', includes: ['/guidebook/review/', '/guideline/promotion/'] },
    { query: '業務委託', includes: ['/forms/commissioning/'] },
    { query: '補助金', includes: ['/forms/subsidy/'] },
    { query: '共同開催', includes: ['/forms/co-hosting/'] },
  ],
  multiTerm: [
    { query: '協働 委託', includes: ['/forms/commissioning/'] },
    { query: '区 町会', includes: ['/guideline/basics/'] },
    { query: '振り返り 協定書', includes: ['/guidebook/agreement-outline/'] },
    { query: '補助 自主性', includes: ['/forms/subsidy/'] },
    { query: '対等 委託', includes: ['/principles/equality/'] },
    { query: 'NPO 協働事業', includes: ['/guideline/promotion/'] },
    { query: '提案 審査', includes: ['/guidebook/proposal-system/'] },
    { query: '実行委員会 協議会', includes: ['/forms/council/', '/forms/executive-committee/'] },
  ],
  phrases: [
    { query: '"協働の原則"', includes: ['/guideline/basics/'] },
    { query: '「対等の原則」', includes: ['/principles/equality/'] },
    { query: '"協働事業提案制度"', includes: ['/guidebook/proposal-system/'] },
    { query: '"総合調整組織"', includes: ['/guideline/promotion/'] },
    { query: '"区民主導型"', includes: ['/guideline/promotion/'] },
    { query: '“事業協力”', includes: ['/forms/cooperation/'] },
    { query: '"情報公開の原則"', includes: ['/principles/transparency/'] },
    { query: '"原則の協働"', none: true },
  ],
  okurigana: [
    { query: '問合せ', includes: ['/accessibility/', '/forms/endorsement/', '/guidebook/coordinator/', '/guidebook/process-partners/', '/guidebook/process-running/'] },
    { query: '問い合わせ', includes: ['/accessibility/', '/forms/endorsement/', '/guidebook/coordinator/', '/guidebook/process-partners/', '/guidebook/process-running/'] },
    { query: '取扱', exactly: ['/guidebook/agreement-outline/', '/guidebook/before-starting/', '/guidebook/templates/'] },
    { query: '取り扱い', exactly: ['/guidebook/agreement-outline/', '/guidebook/before-starting/', '/guidebook/templates/'] },
    { query: '取扱い', exactly: ['/guidebook/agreement-outline/', '/guidebook/before-starting/', '/guidebook/templates/'] },
  ],
  compounds: [
    { query: '地域活動', exactly: ['/glossary/', '/guideline/promotion/'], relatedIncludes: ['/guideline/basics/'] },
    { query: '協働事業', includes: ['/guidebook/proposal-system/', '/guideline/promotion/'], relatedIncludes: ['/guideline/necessity/'] },
  ],
  questions: [
    { query: '共催とは', searchedAs: '共催', first: '/forms/co-hosting/' },
    { query: '共催とは？', searchedAs: '共催', first: '/forms/co-hosting/' },
    { query: '委託って何', searchedAs: '委託', first: '/forms/commissioning/' },
    { query: '後援の意味', searchedAs: '後援', includes: ['/forms/endorsement/'] },
    { query: '協定書について', searchedAs: '協定書', includes: ['/guidebook/agreement-outline/'] },
    { query: '補助金を知りたい', searchedAs: '補助金', includes: ['/forms/subsidy/'] },
  ],
  templates: [
    // The 様式集 and every page that links to it (「様式集」) are about forms.
    { query: 'テンプレート', exactly: ['/downloads/', '/glossary/', '/guidebook/', '/guidebook/agreement-outline/', '/guidebook/checklists/', '/guidebook/contracts/', '/guidebook/process-partners/', '/guidebook/process-planning/', '/guidebook/process-running/', '/guidebook/review/', '/guidebook/templates/'], first: '/guidebook/templates/' },
    { query: 'ひな形', exactly: ['/downloads/', '/glossary/', '/guidebook/', '/guidebook/agreement-outline/', '/guidebook/checklists/', '/guidebook/contracts/', '/guidebook/process-partners/', '/guidebook/process-planning/', '/guidebook/process-running/', '/guidebook/review/', '/guidebook/templates/'] },
    { query: '書式', exactly: ['/downloads/', '/glossary/', '/guidebook/', '/guidebook/agreement-outline/', '/guidebook/checklists/', '/guidebook/contracts/', '/guidebook/process-partners/', '/guidebook/process-planning/', '/guidebook/process-running/', '/guidebook/review/', '/guidebook/templates/'] },
  ],
  absent: [
    // Indexed after the PDFs: the downloads page has its sizes, not the 「未作成」 it is built with.
    { query: '未作成', none: true },
    { query: '区役所', none: true },
    { query: '市役所', none: true },
    { query: '図書館', none: true },
    { query: '駐車場', none: true },
    { query: '防犯カメラ', none: true },
    { query: '確定申告', none: true },
    { query: 'スマートシティ', none: true },
    { query: 'ワクチン', none: true },
  ],
  sections: [
    { query: '委託', section: '指針', includes: ['/guideline/basics/'] },
    { query: '振り返り', section: 'ガイドブック', includes: ['/guidebook/review/'] },
    { query: '協議会', section: '用語集', includes: ['/glossary/'] },
    { query: '協働', section: 'パンフレット', includes: ['/print/pamphlets/lecture-flyer/'] },
    { query: '振り返り', audience: '区民', includes: ['/guideline/promotion/'] },
    { query: '協定書', audience: '区の職員', includes: ['/guidebook/agreement-outline/'] },
  ],
};

const pages = indexedPages();
const groups = dataFile('glossary')
  .terms.filter((term) => term.variants.length > 0)
  .map((term) => [term.term, ...term.variants]);

/**
 * Runs a search and reads what the page shows. The first search of a test arrives from a shared
 * address (/search/?q=…), as a reader following a link does; later ones are submitted from the
 * same page, as a reader searching again does, so Pagefind is not loaded again for each query.
 */
async function searchFor(page: Page, query: string, section?: string, audience?: string) {
  const status = page.locator('#search-status');
  if (new URL(page.url(), 'http://x').pathname !== '/search/') {
    const params = new URLSearchParams({ q: query });
    if (section) params.set('section', section);
    if (audience) params.set('audience', audience);
    await page.goto(`/search/?${params}`);
  } else {
    await page.evaluate(
      ({ query, section, audience }) => {
        const form = document.querySelector<HTMLFormElement>('#search-form')!;
        for (const [name, value] of [['section', section], ['audience', audience]] as const) {
          for (const radio of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) radio.checked = radio.value === value;
        }
        form.querySelector<HTMLInputElement>('#search-input')!.value = query;
        document.querySelector('#search-status')!.textContent = '';
        form.requestSubmit();
      },
      { query, section: section ?? '', audience: audience ?? '' },
    );
  }
  await expect(status).not.toHaveText(/^$|検索しています/, { timeout: 15_000 });
  // Results come a page at a time: ask for the rest, as a reader would, until the count is final.
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const shown = await page.locator('#search-results > li').count();
    await more.click();
    await expect(async () => expect((await page.locator('#search-results > li').count()) > shown || !(await more.isVisible())).toBe(true)).toPass({ timeout: 15_000 });
  }
  const links = (list: string) => page.locator(`${list} > li > a:first-child`).evaluateAll((all) => all.map((link) => link.getAttribute('href')!));
  return { status: await status.textContent(), exact: await links('#search-results'), related: await links('#search-related') };
}

for (const [kind, list] of Object.entries(cases)) {
  test(`search: ${kind}`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const item of list) {
      const shown = await searchFor(page, item.query, item.section, item.audience);
      const expected = expectedResults(pages, item.searchedAs ?? item.query, groups, item.section, item.audience);
      const label = `${item.query}${item.section ? ` [${item.section}]` : ''}${item.audience ? ` [${item.audience}]` : ''}`;
      // The exact results are exactly the pages whose text has every term (or a variant).
      expect([...shown.exact].sort(), label).toEqual(expected);
      if (item.none) {
        expect(shown.exact, label).toEqual([]);
        expect(shown.related, label).toEqual([]);
        expect(shown.status, label).toContain('見つかりませんでした');
      } else {
        expect(shown.exact.length, `${label} finds something`).toBeGreaterThan(0);
        expect(shown.status, label).toContain(`${shown.exact.length} 件`);
      }
      for (const url of item.includes ?? []) expect(shown.exact, `${label} → ${url}`).toContain(url);
      if (item.exactly) expect([...shown.exact].sort(), label).toEqual([...item.exactly].sort());
      for (const url of item.relatedIncludes ?? []) expect(shown.related, `${label} → related ${url}`).toContain(url);
      if (item.searchedAs) expect(shown.status, label).toContain(`「${item.searchedAs}」で探しました`);
      if (item.first) expect(shown.exact[0], label).toBe(item.first);
    }
  });
}

test('every occurrence of the matched term is highlighted whole in an excerpt of about 100 characters', async ({ page }) => {
  await searchFor(page, '協働事業提案制度');
  const excerpt = page.locator('#search-results > li').first().locator('.result-excerpt');
  const marks = await excerpt.locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) expect(mark).toBe('協働事業提案制度');
  const length = (await excerpt.textContent())!.length;
  expect(length).toBeGreaterThanOrEqual(60);
  expect(length).toBeLessThanOrEqual(125);
});

test('each result starts with the link to its page and names its section', async ({ page }) => {
  await searchFor(page, '委託');
  const first = page.locator('#search-results > li').first();
  expect(await first.evaluate((item) => item.firstElementChild?.tagName)).toBe('A');
  await expect(first.locator('.result-section')).toHaveText('原則・形態');
});

test('weaker matches are listed apart, under 関連する結果', async ({ page }) => {
  const shown = await searchFor(page, '委託 懇談会');
  expect(shown.related.length).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { name: '関連する結果' })).toBeVisible();
  for (const url of shown.related) expect(shown.exact).not.toContain(url);
});

test('the address follows what is typed, so a search can be shared', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('検索する言葉').fill('協定書');
  await expect(page).toHaveURL(/\?q=%E5%8D%94%E5%AE%9A%E6%9B%B8$/);
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await page.getByText('分野や読む人で絞り込む').click();
  await page.getByRole('radio', { name: 'ガイドブック' }).check();
  await expect(page).toHaveURL(/section=/);
});

test('the result count is announced to screen readers', async ({ page }) => {
  await searchFor(page, '共催');
  await expect(page.getByRole('status')).toHaveText(/「共催」を含むページは \d+ 件です。/);
});

test('search works from the keyboard alone', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('検索する言葉').focus();
  await page.keyboard.type('実行委員会');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  // Tab from the box reaches the button, then the folded filters, then the first result.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '検索', exact: true }).last()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#search-filters > summary')).toBeFocused();
  // The filters open from the keyboard, and their choices are then in the tab order.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'すべて' }).first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'すべて' }).last()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#search-results > li > a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/forms\/executive-committee\/$/);
});

test('the header search box on any page is a plain form that opens the search page', async ({ page }) => {
  await page.goto('/guideline/basics/');
  const box = page.getByRole('search', { name: 'サイト内検索' });
  await box.getByRole('searchbox').fill('委託');
  await box.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E5%A7%94%E8%A8%97$/);
  await expect(page.locator('#search-results > li').first()).toBeVisible();
});

test('a query is shown as text, never run as markup', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const attack = '<img src=x onerror=alert(1)>';
  const shown = await searchFor(page, attack);
  expect(shown.status).toContain(attack);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('an absurdly long query is cut and still answered', async ({ page }) => {
  await page.goto('/search/');
  // Typed (pasted) rather than in the address: servers refuse addresses this long.
  await page.getByLabel('検索する言葉').fill('委託 '.repeat(3000));
  await expect(page.locator('#search-status')).toContainText('最初の 100 文字で探しました', { timeout: 15_000 });
  await expect(page.locator('#search-results > li').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says what to do', async ({ page }) => {
    await page.goto('/search/?q=委託');
    await expect(page.locator('noscript, .notice').filter({ hasText: 'JavaScript' }).first()).toBeVisible();
  });

  test('the header search still takes you to the search page', async ({ page }) => {
    await page.goto('/guideline/');
    await page.getByRole('search', { name: 'サイト内検索' }).getByRole('searchbox').fill('委託');
    await page.getByRole('search', { name: 'サイト内検索' }).getByRole('button').click();
    await expect(page).toHaveURL(/\/search\/\?q=/);
  });
});

test('axe finds nothing on the search page with results shown', async ({ page }) => {
  await searchFor(page, '委託 懇談会');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});
