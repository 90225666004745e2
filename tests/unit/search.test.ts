import { describe, expect, test } from 'vitest';
import { cleanQuery, foldForMatch, foldWithMap, maxQueryLength, toKatakana } from '../../src/lib/search/normalize.ts';
import { parseQuery } from '../../src/lib/search/parse-query.ts';
import { expandTerms } from '../../src/lib/search/variants.ts';
import { buildExcerpt, matchPage } from '../../src/lib/search/match.ts';
import { resultsPerPage, search, startSearch, type PagefindApi, type SearchSources } from '../../src/lib/search/search.ts';
import type { OutlineEntry } from '../../src/lib/search/outline-index.ts';
import { dropQuestionForm } from '../../src/lib/search/parse-query.ts';

const groups = [
  ['町会・自治会', '町会', '自治会', '町内会'],
  ['NPO', '特定非営利活動法人', 'NPO法人'],
  ['振り返り', 'ふりかえり', '振返り'],
  ['様式', 'テンプレート'],
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

/** Sections in the order the site lists them (written out here, not read from the site's code). */
const sectionOrder = ['指針', '原則・形態', 'ガイドブック', 'やさしい日本語', '用語集', 'パンフレット', 'サイトについて'];

/** What a search reads, over a fake Pagefind and an outline; counts how often Pagefind is loaded. */
function sourcesOf(pagefind: PagefindApi, outline: OutlineEntry[] = []) {
  const loads = { count: 0 };
  const sources: SearchSources = {
    outline,
    groups,
    sectionOrder,
    fullText: async () => {
      loads.count++;
      return pagefind;
    },
  };
  return Object.assign(sources, { loads });
}

/** An outline entry with what a test does not care about filled in. */
const entry = (fields: Partial<OutlineEntry> & Pick<OutlineEntry, 'id' | 'url' | 'title'>): OutlineEntry => ({ section: '指針', audiences: ['区民', '地域の団体', '区の職員'], description: `${fields.title}の説明です。`, headings: [], ...fields });

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
    const outcome = await search(sourcesOf(pagefind), '区役所');
    expect(outcome.exact).toEqual([]);
    expect(outcome.related).toEqual([]);
  });

  test('a synonym finds the page that uses the glossary spelling', async () => {
    expect((await search(sourcesOf(pagefind), '町内会')).exact.map((hit) => hit.url)).toEqual(['/guideline/']);
  });

  test('all terms make an exact result; some terms a related one', async () => {
    const outcome = await search(sourcesOf(pagefind), '区 委託');
    expect(outcome.exact.map((hit) => hit.url)).toEqual(['/forms/commissioning/']);
    expect(outcome.related.map((hit) => hit.url).sort()).toEqual(['/guidebook/contracts/', '/guideline/', '/x/']);
  });

  test('the section filter narrows both lists', async () => {
    const outcome = await search(sourcesOf(pagefind), '区', { section: '指針' });
    expect(outcome.exact.map((hit) => hit.section)).toEqual(['指針', '指針']);
  });
});

describe('the outline first: titles and headings before the full text', () => {
  const outline = [
    entry({ id: 'body', url: '/principles/equality/', title: '対等の原則', headings: [{ text: '上下の関係ではありません' }], section: '原則・形態' }),
    entry({ id: 'heading', url: '/guidebook/faq/', title: 'よくある質問', headings: [{ text: '委託とは何ですか', id: 'q1' }], section: 'ガイドブック' }),
    entry({ id: 'contains', url: '/guidebook/contracts/', title: '委託と契約の基本', section: 'ガイドブック' }),
    entry({ id: 'term', url: '/glossary/itaku/', title: '委託', section: '用語集', text: 'いたく 区の事業を契約で任せる形態です。' }),
    entry({ id: 'exact', url: '/forms/commissioning/', title: '委託', section: '原則・形態' }),
    entry({ id: 'compare', url: '/forms/', title: '協働の形態', headings: [{ text: '補助・助成' }, { text: '委託' }, { text: '形態の比較表' }], section: '原則・形態' }),
    entry({ id: 'subsidy', url: '/forms/subsidy/', title: '補助・助成', section: '原則・形態' }),
    entry({ id: 'defined', url: '/glossary/keiyaku/', title: '契約', section: '用語集', text: 'けいやく 委託で結ぶ約束です。' }),
  ];
  /** Pagefind over the same pages, scoring them in the reverse of the order a reader wants, with their full text. */
  const fullText: Record<string, string> = {
    body: '対等の原則。委託でも補助でも、上下の関係ではありません。',
    heading: 'よくある質問。委託とは何ですか。',
    contains: '委託と契約の基本。委託は契約です。',
    term: '委託。区の事業を契約で任せる形態です。',
    exact: '委託。区の事業を任せます。補助とは違います。',
    compare: '協働の形態。補助・助成。委託。形態の比較表。',
    subsidy: '補助・助成。委託とは違い、団体の事業です。',
    defined: '契約。委託で結ぶ約束です。',
  };
  const reads: string[] = [];
  const pagefind: PagefindApi = {
    search: async (query, options) => ({
      results: Object.entries(fullText)
        .filter(([id]) => !options?.filters?.section || outline.find((item) => item.id === id)!.section === options.filters.section)
        .filter(([id]) => !options?.filters?.audience || outline.find((item) => item.id === id)!.audiences.includes(options.filters.audience))
        .filter(([, text]) => [...query].some((char) => text.includes(char)))
        .map(([id, text], index) => ({
          id,
          score: index / 10,
          data: async () => {
            reads.push(id);
            const page = outline.find((item) => item.id === id)!;
            return { url: page.url, content: text, meta: { title: page.title }, filters: { section: [page.section] } };
          },
        })),
    }),
  };

  test('a page titled as asked comes first, then titles that contain it, then headings, then a term defined with it; Pagefind is not loaded while the outline fills the answer', async () => {
    const sources = sourcesOf(pagefind, outline);
    const session = await startSearch(sources, '委託');
    // Written out by hand: the form and the glossary term are titled 委託 (the form's section comes first), then the title that contains it,
    // then the heading (linked to it), then the term whose definition has it.
    expect(session.exact.map((hit) => hit.url)).toEqual(['/forms/commissioning/', '/glossary/itaku/', '/guidebook/contracts/', '/forms/#', '/guidebook/faq/#q1'].map((url) => url.replace(/#$/, '')));
    expect(sources.loads.count).toBe(0);
    expect(session.complete).toBe(false);
  });

  test('the full text is read when the outline runs out, without the pages the outline gave, and then the counts are final', async () => {
    const sources = sourcesOf(pagefind, outline);
    reads.length = 0;
    const session = await search(sources, '委託');
    expect(sources.loads.count).toBe(1);
    expect(session.complete).toBe(true);
    expect(new Set(session.exact.map((hit) => hit.url.replace(/#.*/, ''))).size).toBe(session.exact.length);
    // Every page whose text has 委託, once: the six the outline has, and the two only the full text has.
    expect(session.exact.map((hit) => hit.url.replace(/#.*/, '')).sort()).toEqual(['/forms/', '/forms/commissioning/', '/forms/subsidy/', '/glossary/itaku/', '/glossary/keiyaku/', '/guidebook/contracts/', '/guidebook/faq/', '/principles/equality/']);
    expect(reads.sort()).toEqual(['body', 'subsidy']);
  });

  test('two forms named together: the page whose headings name both comes first, though Pagefind scores it below others', async () => {
    const session = await search(sourcesOf(pagefind, outline), '委託 補助');
    expect(session.exact[0]!.url).toBe('/forms/');
  });

  test('「委託 補助 違い」 asks for the comparison: it is searched as 委託 補助', async () => {
    const session = await search(sourcesOf(pagefind, outline), '委託 補助 違い');
    expect(session.query).toBe('委託 補助');
    expect(session.exact[0]!.url).toBe('/forms/');
    expect(['委託と補助の違い', '委託 補助の違いは', '委託 補助 ちがい', '委託 補助 比較', '委託と補助の違いとは'].map(dropQuestionForm)).toEqual(['委託 補助', '委託 補助', '委託 補助', '委託 補助', '委託 補助']);
    // Never inside a word, and と splits only names compared.
    expect(dropQuestionForm('間違い')).toBeUndefined();
    expect(dropQuestionForm('ひとりの違い')).toBe('ひとり');
    expect(dropQuestionForm('委託と補助')).toBeUndefined();
  });

  test('a title counts as asked only in the spelling typed: テンプレート puts the 様式集 before the glossary term 様式', async () => {
    const outline = [
      entry({ id: 'term', url: '/glossary/yoshiki/', title: '様式', section: '用語集', text: 'ようしき 決まった形の書類です。テンプレート' }),
      entry({ id: 'forms', url: '/guidebook/templates/', title: '様式集', section: 'ガイドブック' }),
    ];
    const none: PagefindApi = { search: async () => ({ results: [] }) };
    expect((await search(sourcesOf(none, outline), 'テンプレート')).exact.map((hit) => hit.url)).toEqual(['/guidebook/templates/', '/glossary/yoshiki/']);
    expect((await search(sourcesOf(none, outline), '様式')).exact.map((hit) => hit.url)).toEqual(['/glossary/yoshiki/', '/guidebook/templates/']);
  });

  test('the outline is narrowed by section and audience as Pagefind is', async () => {
    const narrowed = [...outline, entry({ id: 'staff', url: '/guidebook/staff-only/', title: '委託の手順', section: 'ガイドブック', audiences: ['区の職員'] })];
    const bySection = await startSearch(sourcesOf(pagefind, narrowed), '委託', { section: '用語集' });
    expect(bySection.exact.map((hit) => hit.url)).toEqual(['/glossary/itaku/', '/glossary/keiyaku/']);
    const byAudience = await startSearch(sourcesOf(pagefind, narrowed), '委託', { audience: '区民' });
    expect(byAudience.exact.map((hit) => hit.url)).not.toContain('/guidebook/staff-only/');
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
  const many = Array.from({ length: 13 }, (_, index) => ({ url: `/p${index}/`, content: `委託の話 ${index}` }));

  test('the first answer reads about one page of candidates, the rest on demand, and the count is final only at the end', async () => {
    const { pagefind, reads } = countingIndex(many);
    const session = await startSearch(sourcesOf(pagefind), '委託');
    expect(resultsPerPage).toBe(5);
    expect(session.exact).toHaveLength(5);
    expect(session.complete).toBe(false);
    expect(reads.count).toBeLessThanOrEqual(5 + 2);
    await session.more();
    expect(session.exact).toHaveLength(10);
    await session.more();
    expect(session.exact).toHaveLength(13);
    expect(session.complete).toBe(true);
    expect(new Set(session.exact.map((hit) => hit.url)).size).toBe(13);
  });
});

describe('compounds, okurigana and questions, as a reader means them', () => {
  test('a compound found whole on some pages: those are the results, pages with only its words are related', async () => {
    const { pagefind } = countingIndex([
      { url: '/whole/', content: '協働事業を始めます。' },
      { url: '/words/', content: '協働で行う地域の事業です。' },
      { url: '/one-word/', content: '協働の話です。' },
    ]);
    const outcome = await search(sourcesOf(pagefind), '協働事業');
    expect(outcome.exact.map((hit) => hit.url)).toEqual(['/whole/']);
    expect(outcome.related.map((hit) => hit.url)).toEqual(['/words/']);
  });

  test('a compound found whole nowhere gives nothing, however common its words', async () => {
    const { pagefind } = countingIndex([
      { url: '/a/', content: '区の役所ではありません。区の話。' },
      { url: '/b/', content: '区の事業です。' },
    ]);
    const outcome = await search(sourcesOf(pagefind), '区役所');
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
    expect((await search(sourcesOf(pagefind), '問合せ')).exact.map((hit) => hit.url).sort()).toEqual(['/toiawase-short/', '/toiawase/']);
    expect((await search(sourcesOf(pagefind), '問い合わせ')).exact.map((hit) => hit.url).sort()).toEqual(['/toiawase-short/', '/toiawase/']);
    expect((await search(sourcesOf(pagefind), '取扱')).exact.map((hit) => hit.url).sort()).toEqual(['/toriatsukai-short/', '/toriatsukai/']);
    expect((await search(sourcesOf(pagefind), '取り扱い')).exact.map((hit) => hit.url).sort()).toEqual(['/toriatsukai-short/', '/toriatsukai/']);
    // A quoted phrase is taken exactly as written.
    expect((await search(sourcesOf(pagefind), '"問合せ"')).exact.map((hit) => hit.url)).toEqual(['/toiawase-short/']);
  });

  test('the words of an okurigana match are highlighted as written on the page', async () => {
    const { pagefind } = countingIndex([{ url: '/toiawase/', content: 'お問い合わせは窓口へ。' }]);
    const [hit] = (await search(sourcesOf(pagefind), '問合せ')).exact;
    expect(hit!.excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['問い合わせ']);
  });

  test('a question typed as a sentence is searched without its question form, when that finds something', async () => {
    expect(['共催とは', '共催とは？', '共催って何', '共催ってなに', '共催の意味', '共催について', '共催を知りたい'].map(dropQuestionForm)).toEqual(Array(7).fill('共催'));
    expect(dropQuestionForm('とは')).toBeUndefined();
    expect(dropQuestionForm('協働の原則')).toBeUndefined();
    const { pagefind } = countingIndex([{ url: '/kyosai/', content: '共催は、区と団体が一緒に主催することです。' }]);
    const outcome = await search(sourcesOf(pagefind), '共催とは');
    expect(outcome.exact.map((hit) => hit.url)).toEqual(['/kyosai/']);
    expect(outcome.asked).toBe('共催とは');
    expect(outcome.query).toBe('共催');
    // A page that has the question's words as written is still found when the rest finds nothing.
    const { pagefind: literal } = countingIndex([{ url: '/toha/', content: '「とは」について書きます。' }]);
    expect((await search(sourcesOf(literal), 'とは')).exact.map((hit) => hit.url)).toEqual(['/toha/']);
  });
});
