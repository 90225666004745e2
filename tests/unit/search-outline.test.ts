import { describe, expect, test } from 'vitest';
import { outlineOfPage } from '../../src/lib/search/outline-index.ts';
import { closestTerms, type TermSuggestion } from '../../src/lib/search/closest-terms.ts';

const page = (body: string, description = 'ページの説明です。') => `<!doctype html><html lang="ja"><head><meta name="description" content="${description}"></head><body>
<header data-pagefind-ignore><h2>メニュー</h2></header>
${body}
</body></html>`;

describe('the outline of a built page', () => {
  test('holds the title, the indexed headings with their anchors, the filters and the description; nothing from ignored parts', () => {
    const html = page(`<article data-pagefind-body data-pagefind-filter="section:ガイドブック">
      <span hidden data-pagefind-filter="audience:区の職員"></span>
      <h1>協働の<ruby>振<rt>ふ</rt></ruby>り返り</h1>
      <p data-pagefind-ignore>やさしい日本語で読む</p>
      <nav data-pagefind-ignore><h2>このページの目次</h2></nav>
      <h2 id="why">なぜ振り返るのか</h2><p>${'本文です。'.repeat(100)}</p>
      <h3 id="sheet">振り返りシート</h3>
      <h4>記入の例</h4>
    </article>`);
    expect(outlineOfPage(html, '/guidebook/review/', 'ja_abc')).toEqual({
      id: 'ja_abc',
      url: '/guidebook/review/',
      title: '協働の振り返り',
      section: 'ガイドブック',
      audiences: ['区の職員'],
      description: 'ページの説明です。',
      headings: [{ text: 'なぜ振り返るのか', id: 'why' }, { text: '振り返りシート', id: 'sheet' }, { text: '記入の例' }],
    });
  });

  test('a page as short as a glossary term carries its whole indexed text, without the title', () => {
    const html = page(`<article data-pagefind-body data-pagefind-filter="section:用語集">
      <h1>委託</h1><p class="reading"><span data-pagefind-ignore>読み：</span>いたく</p>
      <p>区の事業を、契約によって任せる形態です。</p>
      <div data-pagefind-ignore><h2>関連する用語</h2><ul><li>協定書</li></ul></div>
    </article>`);
    const outline = outlineOfPage(html, '/glossary/itaku/', 'ja_1')!;
    expect(outline.text).toBe('いたく 区の事業を、契約によって任せる形態です。');
    expect(outline.headings).toEqual([]);
  });

  test('a page that search does not index has no outline', () => {
    expect(outlineOfPage(page('<main><h1>印刷用</h1></main>'), '/print/x/', 'ja_2')).toBeUndefined();
  });
});

describe('the closest glossary terms, offered when nothing matched', () => {
  const terms: TermSuggestion[] = [
    { term: '振り返り', reading: 'ふりかえり', variants: ['振返り', '評価'], href: '/glossary/furikaeri/' },
    { term: '町会・自治会', reading: 'ちょうかい・じちかい', variants: ['町内会', '自治会'], href: '/glossary/chokai/' },
    { term: '協定書', reading: 'きょうていしょ', variants: [], href: '/glossary/kyotei-sho/' },
    { term: '委託', reading: 'いたく', variants: ['業務委託'], href: '/glossary/itaku/' },
  ];
  // Expectations written by hand from the words' spellings and readings.
  test.each([
    ['ふりかえる', ['振り返り']],
    ['町内', ['町会・自治会']],
    ['協定', ['協定書']],
    ['業務', ['委託']],
    ['駐車場', []],
    ['', []],
  ])('%s → %j', (query, expected) => {
    expect(closestTerms(query, terms).map((term) => term.term)).toEqual(expected);
  });
});
