import { expect, test } from '../helpers/test.ts';
import type { Page } from '@playwright/test';
import { expectedResults, foldText, indexedPages } from '../helpers/search-oracle.ts';
import { builtHtml, distDir } from '../helpers/site.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dataFile } from '../helpers/content.ts';
import { axeResults, describeAxeViolations } from '../helpers/axe-checker.ts';

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
    { query: 'ＮＰＯ', includes: ['/guideline/basics/', '/glossary/npo/'], first: '/glossary/npo/' },
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
    { query: '地域活動', exactly: ['/glossary/fukyu-keihatsu/', '/guideline/promotion/'], relatedIncludes: ['/guideline/basics/'] },
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
    { query: 'テンプレート', exactly: ['/downloads/', '/glossary/yoshiki/', '/guidebook/', '/guidebook/agreement-outline/', '/guidebook/checklists/', '/guidebook/contracts/', '/guidebook/process-partners/', '/guidebook/process-planning/', '/guidebook/process-running/', '/guidebook/review/', '/guidebook/templates/'], first: '/guidebook/templates/' },
    { query: 'ひな形', exactly: ['/downloads/', '/glossary/yoshiki/', '/guidebook/', '/guidebook/agreement-outline/', '/guidebook/checklists/', '/guidebook/contracts/', '/guidebook/process-partners/', '/guidebook/process-planning/', '/guidebook/process-running/', '/guidebook/review/', '/guidebook/templates/'] },
    { query: '書式', exactly: ['/downloads/', '/glossary/yoshiki/', '/guidebook/', '/guidebook/agreement-outline/', '/guidebook/checklists/', '/guidebook/contracts/', '/guidebook/process-partners/', '/guidebook/process-planning/', '/guidebook/process-running/', '/guidebook/review/', '/guidebook/templates/'] },
  ],
  ranking: [
    // Titles and headings before body text; a page titled as typed first; the page comparing the forms named.
    { query: '協働', first: '/glossary/kyodo/' },
    { query: '協議会', first: '/forms/council/' },
    { query: '委託 補助', first: '/forms/' },
    { query: '補助 委託', first: '/forms/' },
    { query: '委託 補助 違い', searchedAs: '委託 補助', first: '/forms/' },
    { query: '共催と後援の違い', searchedAs: '共催 後援', first: '/forms/' },
    // A 町会 running its own festival is led to the answer that keeps it the organiser, not to 実行委員会.
    { query: 'お祭り', first: '/guidebook/faq/' },
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
    { query: '協議会', section: '用語集', includes: ['/glossary/kyogikai/'], first: '/glossary/kyogikai/' },
    { query: '協働', section: 'パンフレット', exactly: ['/pamphlets/'] },
    { query: '協働', section: 'やさしい日本語', exactly: ['/yasashii/', '/yasashii/background/', '/yasashii/basics/', '/yasashii/necessity/', '/yasashii/promotion/'] },
    // Forms a resident or group asks the ward for are for them too, not only for staff.
    { query: '後援', audience: '区民', includes: ['/forms/endorsement/', '/glossary/koen-meigi-no-fuyo/'] },
    { query: '補助', audience: '地域の団体', includes: ['/forms/subsidy/'] },
    { query: '事業協力', audience: '区民', includes: ['/forms/cooperation/'] },
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
  // A result may open the heading that matched (/guidebook/faq/#…): the page is what the oracle knows.
  const links = (list: string) => page.locator(`${list} > li > a:first-child`).evaluateAll((all) => all.map((link) => link.getAttribute('href')!.replace(/#.*$/, '')));
  return { status: await status.textContent(), exact: await links('#search-results'), related: await links('#search-related'), wayOn: await page.locator('#search-way-on').isVisible() };
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
        // Never a dead end.
        expect(shown.wayOn, `${label}: the ways on are shown`).toBe(true);
      } else {
        expect(shown.wayOn, `${label}: no ways on when something was found`).toBe(false);
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

test('every occurrence of the matched term is highlighted whole, in excerpts of at most two lines\' worth', async ({ page }) => {
  await searchFor(page, '協働事業提案制度');
  const marks = await page.locator('#search-results .result-excerpt mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  // The term, or its other spelling in the glossary (提案制度), each marked whole.
  for (const mark of marks) expect(['協働事業提案制度', '提案制度']).toContain(mark);
  for (const excerpt of await page.locator('#search-results .result-excerpt').allTextContents()) expect(excerpt.length).toBeLessThanOrEqual(125);
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

test('search works from the keyboard alone: after a search the count has the focus, and one Tab reaches the first result', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('検索する言葉').focus();
  await page.keyboard.type('実行委員会');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await expect(page.locator('#search-status')).toBeFocused();
  await expect(page.locator('#search-status')).toContainText('「実行委員会」を含むページは');
  await page.keyboard.press('Tab');
  await expect(page.locator('#search-results > li > a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/forms\/executive-committee\/$/);
});

test('a shared address gives the focus to the count too; typing in the box keeps the focus in the box', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('共催')}`);
  await expect(page.locator('#search-status')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#search-results > li > a').first()).toHaveAttribute('href', '/forms/co-hosting/');
  await expect(page.locator('#search-results > li > a').first()).toBeFocused();
  const box = page.getByLabel('検索する言葉');
  await box.fill('');
  await box.pressSequentially('委託');
  await expect(page.locator('#search-status')).toContainText('「委託」');
  await expect(box).toBeFocused();
});

test('the filters fold away and open from the keyboard', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('検索する言葉').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '検索', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#search-filters > summary')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'すべて' }).first()).toBeFocused();
});

test('the search page has one search box: the header leaves its own out', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await page.goto('/guideline/');
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(page.getByRole('search', { name: 'サイト内検索' })).toBeVisible();
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
  expect(describeAxeViolations(await axeResults(page))).toEqual([]);
});

/** What Pagefind holds for each page it indexed: read from its fragment files (gzip'd JSON after a 12-byte signature). */
function indexFragments(): { url: string; content: string }[] {
  const folder = join(distDir, 'pagefind', 'fragment');
  return readdirSync(folder).map((file) => {
    const fragment = JSON.parse(gunzipSync(readFileSync(join(folder, file))).subarray(12).toString('utf8')) as { url: string; content: string };
    return { url: fragment.url, content: fragment.content.replace(/[\u200b-\u200d]/gu, '') };
  });
}

/** Interface text: reading aids, official-text notes, labels and notices that the layout adds around the text (written out by hand). */
const interfacePhrases = [
  '正式な文（指針の本文）を読む',
  'このページの本文は「練馬区区民との協働指針【概要版】」の文言のとおりです。',
  'ふりがなをつける',
  'どんな形態か（解説）',
  '協働の領域での位置',
  '公開前の確認用',
  '用語集の一覧で見る',
  '関連する用語',
  '別の言い方',
  'ガイドブック全体を印刷用の1ページで見る',
];
/** Words that appear only in the pamphlets' print layouts (written out by hand from content/pamphlets/). */
const printOnlyPhrases = ['地域の困りごとを解決します', '同じ立場で力を合わせます', '協働ってなに'];

test('the index holds reading text only: no print layout, no page made for a machine, no interface text', () => {
  const fragments = indexFragments();
  expect(fragments.length).toBeGreaterThan(40);
  expect(fragments.map((fragment) => fragment.url).filter((url) => url.startsWith('/print/') || url.endsWith('.json') || url.includes('/make/'))).toEqual([]);
  for (const phrase of interfacePhrases) {
    // The phrase is on the built pages (so its absence from the index means something)…
    expect(sitemapHtml().some((html) => html.includes(phrase)), `「${phrase}」 is on some page`).toBe(true);
    // …and in no page's indexed text.
    expect(fragments.filter((fragment) => fragment.content.includes(phrase)).map((fragment) => fragment.url), `「${phrase}」`).toEqual([]);
  }
  // A guideline chapter's reading-aid link is not its text either.
  for (const fragment of fragments.filter((item) => item.url.startsWith('/guideline/'))) expect(fragment.content, fragment.url).not.toContain('やさしい日本語で読む');
  for (const phrase of printOnlyPhrases) expect(fragments.filter((fragment) => fragment.content.includes(phrase)).map((fragment) => fragment.url), `「${phrase}」`).toEqual([]);
  // The outline the first answer reads holds the same pages as Pagefind.
  const outline = JSON.parse(readFileSync(join(distDir, 'search', 'outline.json'), 'utf8')) as { url: string }[];
  expect(outline.map((entry) => entry.url).sort()).toEqual(fragments.map((fragment) => fragment.url).sort());
});

/** The text of every indexed page as a reader sees it: no markup, no furigana. */
function sitemapHtml(): string[] {
  return indexedPages().map((page) => builtHtml(page.url).replace(/<rt>.*?<\/rt>/gu, '').replace(/<[^>]+>/gu, ''));
}

test('words that only a print layout has find nothing', async ({ page }) => {
  for (const phrase of printOnlyPhrases) {
    const shown = await searchFor(page, `"${phrase}"`);
    expect(shown.exact, phrase).toEqual([]);
    expect(shown.related, phrase).toEqual([]);
  }
});

test('a search that finds nothing offers the closest glossary terms, the chooser, the glossary, plain Japanese and the contact', async ({ page }) => {
  // 協定文 is on no page; the glossary has 協定書.
  expect(expectedResults(pages, '協定文', [])).toEqual([]);
  const shown = await searchFor(page, '協定文');
  expect(shown.exact).toEqual([]);
  const wayOn = page.locator('#search-way-on');
  await expect(wayOn).toBeVisible();
  await expect(wayOn.locator('#search-close-list a').first()).toHaveText('協定書');
  await expect(wayOn.locator('#search-close-list a').first()).toHaveAttribute('href', '/glossary/kyotei-sho/');
  const links = await wayOn.locator('.search-way-on-links a').evaluateAll((all) => all.map((link) => link.getAttribute('href')));
  expect(links).toEqual(['/forms/choose/', '/glossary/', '/yasashii/', '#footer-contact']);
  await expect(page.locator('#footer-contact')).toHaveCount(1);
  // A word with nothing close still has the ways on.
  await searchFor(page, '区役所');
  await expect(wayOn).toBeVisible();
  await expect(wayOn.locator('.search-way-on-links a')).toHaveCount(4);
});

test('glossary hits open the term\'s own page', async ({ page }) => {
  const shown = await searchFor(page, '協定書');
  const glossary = shown.exact.filter((url) => url.startsWith('/glossary'));
  expect(glossary.length).toBeGreaterThan(0);
  for (const url of glossary) expect(url).toMatch(/^\/glossary\/[a-z0-9-]+\/$/);
});

test('title and heading matches come before pages that have the word only in their body', async ({ page }) => {
  for (const query of ['協働', '委託', '後援', '協定書', 'ボランティア', '提案', '原則']) {
    const shown = await searchFor(page, query);
    const spellings = [query, ...(groups.find((group) => group.some((spelling) => foldText(spelling) === foldText(query))) ?? [])].map(foldText);
    const headed = (url: string) => spellings.some((spelling) => foldText(pages.find((item) => item.url === url)!.headings).includes(spelling));
    const order = shown.exact.map(headed);
    // Once a body-only page is listed, no heading match may follow it.
    const firstBodyOnly = order.indexOf(false);
    expect(firstBodyOnly === -1 ? [] : order.slice(firstBodyOnly).map((isHeaded, index) => (isHeaded ? shown.exact[firstBodyOnly + index] : '')).filter(Boolean), query).toEqual([]);
    expect(order[0], `${query}: the first result names it in a heading`).toBe(true);
  }
});
