import { describe, expect, test } from 'vitest';
import { collectionPage } from '../../src/lib/navigation/collection-page.ts';
import { buildToc, isCurrentSection, neighbours } from '../../src/lib/navigation/navigation.ts';
import { basePathOf, guidebookHref, isPublicPage, publicPath, sitePathOf } from '../../src/lib/routes.ts';
import { formatJapaneseDate, isoDay } from '../../src/lib/text/dates.ts';
import { splitPhrases } from '../../src/lib/text/phrases.ts';

const pages = [
  { href: '/a/', label: 'A' },
  { href: '/b/', label: 'B' },
  { href: '/c/', label: 'C' },
];

test('neighbours are the pages around the current one', () => {
  expect(neighbours(pages, '/b/')).toEqual({ previous: pages[0], next: pages[2] });
  expect(neighbours(pages, '/a/').previous).toBeUndefined();
  expect(neighbours(pages, '/c/').next).toBeUndefined();
  expect(neighbours(pages, '/x/')).toEqual({ previous: undefined, next: undefined });
});

test('the table of contents nests h3 under h2 and ignores deeper levels', () => {
  const toc = buildToc([
    { depth: 2, slug: 'a', text: 'A' },
    { depth: 3, slug: 'a1', text: 'A1' },
    { depth: 4, slug: 'a1x', text: 'A1x' },
    { depth: 2, slug: 'b', text: 'B' },
  ]);
  expect(toc.map((entry) => [entry.slug, entry.children.map((child) => child.slug)])).toEqual([
    ['a', ['a1']],
    ['b', []],
  ]);
});

test('the current section matches by prefix, the home page only exactly', () => {
  expect(isCurrentSection('/guideline/', '/guideline/basics/')).toBe(true);
  expect(isCurrentSection('/guideline/', '/guidebook/')).toBe(false);
  expect(isCurrentSection('/', '/guideline/')).toBe(false);
});

test('print previews and the 404 page stay out of the sitemap', () => {
  expect(isPublicPage('/guideline/')).toBe(true);
  expect(isPublicPage('/print/guidebook/')).toBe(false);
  expect(isPublicPage('/pamphlets/lecture-flyer/make/')).toBe(false);
  expect(isPublicPage('/404/')).toBe(false);
  // The sitemap's addresses, of a site in a folder, are read as site paths first.
  expect(isPublicPage(sitePathOf('https://www.city.example.jp/kusei/kyodo/print/guidebook/', 'https://www.city.example.jp/kusei/kyodo/'))).toBe(false);
});

test('a site path and its address under a folder of the domain turn into each other', () => {
  expect(basePathOf('https://www.city.example.jp/kusei/kyodo/shishin/')).toBe('/kusei/kyodo/shishin/');
  expect(basePathOf('https://kyodo.example.jp/')).toBe('/');
  expect(publicPath('/guidebook/review/', '/kusei/kyodo/')).toBe('/kusei/kyodo/guidebook/review/');
  expect(publicPath('/', '/kusei/kyodo/')).toBe('/kusei/kyodo/');
  expect(sitePathOf('/kusei/kyodo/guidebook/review/', 'https://www.city.example.jp/kusei/kyodo/')).toBe('/guidebook/review/');
  expect(sitePathOf('https://www.city.example.jp/kusei/kyodo/', 'https://www.city.example.jp/kusei/kyodo/')).toBe('/');
  expect(() => sitePathOf('/kurashi/', 'https://www.city.example.jp/kusei/kyodo/')).toThrow('「/kurashi/」は公開URL「https://www.city.example.jp/kusei/kyodo/」の下のアドレスではありません。');
  // Outside Astro (these tests, the Node scripts), addresses are site paths: there is no base.
  expect(guidebookHref('review')).toBe('/guidebook/review/');
});

test('dates read the Japanese way and keep their ISO day', () => {
  const date = new Date('2026-11-25');
  expect(formatJapaneseDate(date)).toBe('2026年11月25日');
  expect(isoDay(date)).toBe('2026-11-25');
});

test('headings break between phrases, never inside a word', () => {
  expect(splitPhrases('第3章 協働の基本的な考え方').join('/')).toBe('第3章 協働の/基本的な/考え方');
});

describe('a collection page’s set-up', () => {
  const updated = new Date('2026-04-01');
  const entry = (id: string, title: string, more: { navTitle?: string; provenance?: 'mixed' } = {}) => ({ id, data: { title, description: `${title}の説明`, updated, ...more } });
  const guideline = [entry('index', '指針の概要', { navTitle: '概要', provenance: 'mixed' }), entry('chapter-1', '第1章 経緯と位置付け', { navTitle: '第1章' }), entry('chapter-2', '第2章 なぜ協働が必要か', { navTitle: '第2章' })];
  const forms = [entry('cooperation', '事業協力'), entry('subsidy', '補助・助成'), entry('sponsorship', '後援名義の付与')];

  test('previous and next are the pages around it, named by the short navTitle where the collection has one', () => {
    const page = collectionPage('guideline', guideline[1]!, guideline);
    expect(page.href).toBe('/guideline/chapter-1/');
    expect(page.layout.previous).toEqual({ href: '/guideline/', label: '概要' });
    expect(page.layout.next).toEqual({ href: '/guideline/chapter-2/', label: '第2章' });
    expect(page.links.map((link) => link.label)).toEqual(['概要', '第1章', '第2章']);
  });

  test('the breadcrumbs lead to the collection’s index, except on the index itself', () => {
    expect(collectionPage('guideline', guideline[2]!, guideline).layout.trail).toEqual([{ href: '/guideline/', label: '指針' }]);
    const overview = collectionPage('guideline', guideline[0]!, guideline);
    expect(overview.isOverview).toBe(true);
    expect(overview.layout.trail).toEqual([]);
    expect(collectionPage('forms', forms[0]!, forms).layout.trail).toEqual([{ href: '/forms/', label: '協働の形態' }]);
  });

  test('the kind of text is the collection’s unless the page says otherwise, and the search section is the collection’s', () => {
    expect(collectionPage('guideline', guideline[1]!, guideline).layout).toMatchObject({ provenance: 'official', section: 'guideline', title: '第1章 経緯と位置付け' });
    expect(collectionPage('guideline', guideline[0]!, guideline).layout.provenance).toBe('mixed');
    expect(collectionPage('forms', forms[1]!, forms).layout).toMatchObject({
      provenance: 'editorial',
      section: 'explanations',
      previous: { href: '/forms/cooperation/', label: '事業協力' },
      next: { href: '/forms/sponsorship/', label: '後援名義の付与' },
    });
  });
});
