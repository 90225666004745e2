import { describe, expect, test } from 'vitest';
import { cleanQuery, foldForMatch, foldWithMap, maxQueryLength, toKatakana } from '../../src/lib/search/normalize.ts';
import { parseQuery } from '../../src/lib/search/parse-query.ts';
import { expandTerms } from '../../src/lib/search/variants.ts';
import { buildExcerpt, matchPage } from '../../src/lib/search/match.ts';
import { resultsPerPage, search, startSearch, type PagefindApi } from '../../src/lib/search/search.ts';
import { dropQuestionForm } from '../../src/lib/search/parse-query.ts';

const groups = [
  ['町会・自治会', '町会', '自治会', '町内会'],
  ['NPO', '特定非営利活動法人', 'NPO法人'],
  ['振り返り', 'ふりかえり', '振返り'],
];

describe('normalising', () => {
  test('full-width letters, half-width kana and case fold together', () => {
    expect(foldForMatch('ＮＰＯ')).toBe(foldForMatch('npo'));
    expect(foldForMatch('ﾎﾞﾗﾝﾃｨｱ')).toBe(foldForMatch('ぼらんてぃあ'));
    expect(foldForMatch('ボランティア')).toBe('ぼらんてぃあ');
    expect(toKatakana('ぼらんてぃあ')).toBe('ボランティア');
  });

  test('an absurdly long query is cut, not refused', () => {
    const { query, truncated } = cleanQuery('協働'.repeat(5000));
    expect(truncated).toBe(true);
    expect([...query].length).toBeLessThanOrEqual(maxQueryLength);
    expect(cleanQuery('　委託　 ').query).toBe('委託');
  });

  test('folding keeps a map back to the original characters', () => {
    const { folded, origin } = foldWithMap('ＮＰＯと協働');
    expect(folded).toBe('npoと協働');
    expect(origin.slice(0, 4)).toEqual([0, 1, 2, 3]);
  });
});

describe('parsing', () => {
  test('words split at spaces, quoted phrases stay whole, in any quotes', () => {
    expect(parseQuery('協働 委託')).toEqual([
      { text: '協働', phrase: false },
      { text: '委託', phrase: false },
    ]);
    expect(parseQuery('"協働の原則" 区')).toEqual([
      { text: '協働の原則', phrase: true },
      { text: '区', phrase: false },
    ]);
    expect(parseQuery('「対等の原則」')).toEqual([{ text: '対等の原則', phrase: true }]);
    expect(parseQuery('"未閉じの引用')).toEqual([{ text: '未閉じの引用', phrase: true }]);
    expect(parseQuery('""')).toEqual([]);
  });
});

describe('matching', () => {
  const [chokai, furikaeri] = expandTerms(parseQuery('町内会 振返り'), groups);

  test('a variant expands to every spelling of its glossary group', () => {
    expect(chokai!.needles).toEqual(expect.arrayContaining(['町会・自治会', '町会', '町内会']));
    expect(furikaeri!.needles).toContain('振り返り');
  });

  test('hiragana asks the index in katakana too', () => {
    expect(expandTerms(parseQuery('ぼらんてぃあ'), groups)[0]!.queries).toContain('ボランティア');
  });

  test('a page is exact only when it has every term, in some spelling', () => {
    expect(matchPage('町会・自治会と区の振り返り', [chokai!, furikaeri!]).all).toBe(true);
    expect(matchPage('町会・自治会の活動', [chokai!, furikaeri!])).toMatchObject({ all: false, some: true });
    expect(matchPage('区の事業', [chokai!, furikaeri!])).toMatchObject({ all: false, some: false });
  });

  test('excerpts mark every occurrence whole and keep the original characters', () => {
    const parts = buildExcerpt('協働事業では、協働事業の目的を確かめます。ＮＰＯも参加します。', ['協働事業', 'npo']);
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['協働事業', '協働事業', 'ＮＰＯ']);
    expect(parts.map((part) => part.text).join('')).toBe('協働事業では、協働事業の目的を確かめます。ＮＰＯも参加します。');
  });

  test('a long text gives an excerpt of about 100 characters around the first match', () => {
    const text = `${'あ'.repeat(300)}委託${'い'.repeat(300)}`;
    const joined = buildExcerpt(text, ['委託']).map((part) => part.text).join('');
    expect(joined.length).toBeGreaterThanOrEqual(80);
    expect(joined.length).toBeLessThanOrEqual(122);
    expect(joined).toContain('委託');
  });
});

describe('search over a fake index', () => {
  const pages = [
    { id: 'a', url: '/forms/commissioning/', title: '委託', content: '区が自らの事業を委託します。', section: '原則・形態' },
    { id: 'b', url: '/guideline/', title: '指針', content: '区と町会・自治会の協働。', section: '指針' },
    { id: 'c', url: '/x/', title: '区の話', content: '区の事業です。', section: '指針' },
    { id: 'd', url: '/guidebook/contracts/', title: '委託と契約', content: '委託の契約です。', section: 'ガイドブック' },
  ];
  // Pagefind-like: returns every page sharing a character with the query, as its prefix fallback does.
  const pagefind: PagefindApi = {
    search: async (query, options) => ({
      results: pages
        .filter((page) => !options?.filters?.section || page.section === options.filters.section)
        .filter((page) => [...query].some((char) => page.content.includes(char) || page.title.includes(char)))
        .map((page, index) => ({ id: page.id, score: 1 - index / 10, data: async () => ({ url: page.url, content: page.content, meta: { title: page.title }, filters: { section: [page.section] } }) })),
    }),
  };

  test('a word the site lacks gives nothing, not the index guesses', async () => {
    const outcome = await search(pagefind, '区役所', groups);
    expect(outcome.exact).toEqual([]);
    expect(outcome.related).toEqual([]);
  });

  test('a synonym finds the page that uses the glossary spelling', async () => {
    expect((await search(pagefind, '町内会', groups)).exact.map((hit) => hit.url)).toEqual(['/guideline/']);
  });

  test('all terms make an exact result; some terms a related one', async () => {
    const outcome = await search(pagefind, '区 委託', groups);
    expect(outcome.exact.map((hit) => hit.url)).toEqual(['/forms/commissioning/']);
    expect(outcome.related.map((hit) => hit.url).sort()).toEqual(['/guidebook/contracts/', '/guideline/', '/x/']);
  });

  test('the section filter narrows both lists', async () => {
    const outcome = await search(pagefind, '区', groups, { section: '指針' });
    expect(outcome.exact.map((hit) => hit.section)).toEqual(['指針', '指針']);
  });

  test('title matches come first, a title that is exactly the query before one that contains it', async () => {
    // The fake index scores 委託と契約 (listed last) lower; reverse the scores to show the title decides.
    const reversed: PagefindApi = { search: async (query) => ({ results: ((await pagefind.search(query))?.results ?? []).map((result) => ({ ...result, score: 1 - result.score })) }) };
    expect((await search(reversed, '委託', groups)).exact.map((hit) => hit.url)).toEqual(['/forms/commissioning/', '/guidebook/contracts/']);
    expect((await search(pagefind, '契約', groups)).exact.map((hit) => hit.url)).toEqual(['/guidebook/contracts/']);
  });
});

/** A fake index over the given pages that counts how many pages the search reads. */
function countingIndex(pages: { url: string; content: string }[]) {
  const reads = { count: 0 };
  const pagefind: PagefindApi = {
    search: async (query) => ({
      results: pages
        .filter((page) => [...query].some((char) => page.content.includes(char)))
        .map((page, index) => ({
          id: page.url,
          score: 1 - index / 1000,
          data: async () => {
            reads.count++;
            return { url: page.url, content: page.content, meta: { title: page.url }, filters: {} };
          },
        })),
    }),
  };
  return { pagefind, reads };
}

describe('a page of results at a time', () => {
  const many = Array.from({ length: 25 }, (_, index) => ({ url: `/p${index}/`, content: `委託の話 ${index}` }));

  test('the first answer reads about one page of candidates, the rest on demand, and the count is final only at the end', async () => {
    const { pagefind, reads } = countingIndex(many);
    const session = await startSearch(pagefind, '委託', groups);
    expect(session.exact).toHaveLength(resultsPerPage);
    expect(session.complete).toBe(false);
    expect(reads.count).toBeLessThanOrEqual(resultsPerPage + 2);
    await session.more();
    expect(session.exact).toHaveLength(20);
    await session.more();
    expect(session.exact).toHaveLength(25);
    expect(session.complete).toBe(true);
    expect(new Set(session.exact.map((hit) => hit.url)).size).toBe(25);
  });
});

describe('compounds, okurigana and questions, as a reader means them', () => {
  test('a compound found whole on some pages: those are the results, pages with only its words are related', async () => {
    const { pagefind } = countingIndex([
      { url: '/whole/', content: '協働事業を始めます。' },
      { url: '/words/', content: '協働で行う地域の事業です。' },
      { url: '/one-word/', content: '協働の話です。' },
    ]);
    const outcome = await search(pagefind, '協働事業', groups);
    expect(outcome.exact.map((hit) => hit.url)).toEqual(['/whole/']);
    expect(outcome.related.map((hit) => hit.url)).toEqual(['/words/']);
  });

  test('a compound found whole nowhere gives nothing, however common its words', async () => {
    const { pagefind } = countingIndex([
      { url: '/a/', content: '区の役所ではありません。区の話。' },
      { url: '/b/', content: '区の事業です。' },
    ]);
    const outcome = await search(pagefind, '区役所', groups);
    expect(outcome.exact).toEqual([]);
    expect(outcome.related).toEqual([]);
  });

  test('okurigana written or left out find the same pages, without a glossary entry', async () => {
    const { pagefind } = countingIndex([
      { url: '/toiawase/', content: 'お問い合わせは窓口へ。' },
      { url: '/toiawase-short/', content: '問合せ先を書きます。' },
      { url: '/toriatsukai/', content: '個人情報の取り扱いに注意します。' },
      { url: '/toriatsukai-short/', content: '取扱いの決まり。' },
      { url: '/particle/', content: '問の合計と、取の扱。' },
    ]);
    // Expected pages written out by hand.
    expect((await search(pagefind, '問合せ', groups)).exact.map((hit) => hit.url).sort()).toEqual(['/toiawase-short/', '/toiawase/']);
    expect((await search(pagefind, '問い合わせ', groups)).exact.map((hit) => hit.url).sort()).toEqual(['/toiawase-short/', '/toiawase/']);
    expect((await search(pagefind, '取扱', groups)).exact.map((hit) => hit.url).sort()).toEqual(['/toriatsukai-short/', '/toriatsukai/']);
    expect((await search(pagefind, '取り扱い', groups)).exact.map((hit) => hit.url).sort()).toEqual(['/toriatsukai-short/', '/toriatsukai/']);
    // A quoted phrase is taken exactly as written.
    expect((await search(pagefind, '"問合せ"', groups)).exact.map((hit) => hit.url)).toEqual(['/toiawase-short/']);
  });

  test('the words of an okurigana match are highlighted as written on the page', async () => {
    const { pagefind } = countingIndex([{ url: '/toiawase/', content: 'お問い合わせは窓口へ。' }]);
    const [hit] = (await search(pagefind, '問合せ', groups)).exact;
    expect(hit!.excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['問い合わせ']);
  });

  test('a question typed as a sentence is searched without its question form, when that finds something', async () => {
    expect(['共催とは', '共催とは？', '共催って何', '共催ってなに', '共催の意味', '共催について', '共催を知りたい'].map(dropQuestionForm)).toEqual(Array(7).fill('共催'));
    expect(dropQuestionForm('とは')).toBeUndefined();
    expect(dropQuestionForm('協働の原則')).toBeUndefined();
    const { pagefind } = countingIndex([{ url: '/kyosai/', content: '共催は、区と団体が一緒に主催することです。' }]);
    const outcome = await search(pagefind, '共催とは', groups);
    expect(outcome.exact.map((hit) => hit.url)).toEqual(['/kyosai/']);
    expect(outcome.asked).toBe('共催とは');
    expect(outcome.query).toBe('共催');
    // A page that has the question's words as written is still found when the rest finds nothing.
    const { pagefind: literal } = countingIndex([{ url: '/toha/', content: '「とは」について書きます。' }]);
    expect((await search(literal, 'とは', groups)).exact.map((hit) => hit.url)).toEqual(['/toha/']);
  });
});
