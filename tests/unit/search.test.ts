import { describe, expect, test } from 'vitest';
import { cleanQuery, foldForMatch, foldWithMap, maxQueryLength, toKatakana } from '../../src/lib/search/normalize.ts';
import { parseQuery } from '../../src/lib/search/parse-query.ts';
import { expandTerms } from '../../src/lib/search/variants.ts';
import { buildExcerpt, matchPage } from '../../src/lib/search/match.ts';
import { search, type PagefindApi } from '../../src/lib/search/search.ts';

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
    search: async (query) => ({
      results: pages
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
