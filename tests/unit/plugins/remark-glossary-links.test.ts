import { expect, test } from 'vitest';
import remarkCompletions from '../../../src/plugins/remark-completions.ts';
import remarkGlossaryLinks from '../../../src/plugins/remark-glossary-links.ts';
import type { GlossaryTerm } from '../../../src/lib/schemas/glossary.ts';
import { renderMarkdown } from '../../helpers/markdown.ts';

const term = (id: string, name: string, variants: string[] = [], exclude: string[] = []): GlossaryTerm => ({
  id,
  term: name,
  reading: 'よみ',
  definition: '定義の文です。十文字以上。',
  variants,
  exclude,
  related: [],
});

const terms = [
  term('kyodo', '協働'),
  term('teian', '協働事業提案制度'),
  term('chokai', '町会・自治会', ['町会', '自治会', '町内会']),
  term('kyogikai', '協議会', [], ['運営協議会']),
];

/** Renders as if the file were a guidebook page, where links are wanted. */
async function render(markdown: string, path = '/site/content/guidebook/page.md') {
  const plugins = [remarkCompletions, [remarkGlossaryLinks, { terms, folders: ['/site/content/guidebook'] }]] as never;
  return (await renderMarkdown(markdown, plugins, [], path)).html;
}

test('links only the first occurrence of a term on the page', async () => {
  const html = await render('協働は大切です。\n\nもう一度、協働と書きます。\n');
  expect(html).toBe('<p><a href="/glossary/kyodo/" class="glossary-term">協働</a>は大切です。</p>\n<p>もう一度、協働と書きます。</p>');
});

test('the longest spelling wins: 協働事業提案制度 is not linked as 協働', async () => {
  const html = await render('協働事業提案制度を使います。\n');
  expect(html).toContain('<a href="/glossary/teian/" class="glossary-term">協働事業提案制度</a>');
  expect(html).not.toContain('#kyodo"');
});

test('a variant links to its term, and counts as the term being linked', async () => {
  const html = await render('町内会の方へ。町会・自治会の方へ。\n');
  expect(html).toBe('<p><a href="/glossary/chokai/" class="glossary-term">町内会</a>の方へ。町会・自治会の方へ。</p>');
});

test('an excluded longer word is passed over, so the term links later where it means itself', async () => {
  const html = await render('運営協議会があります。協議会をつくります。\n');
  expect(html).toBe('<p>運営協議会があります。<a href="/glossary/kyogikai/" class="glossary-term">協議会</a>をつくります。</p>');
});

test('headings, existing links, code and completions are left alone', async () => {
  const html = await render('## 協働の話\n\n[協働](/x/)と`協働`と途中:completion[協働]\n\n最後に協働。\n');
  expect(html).toContain('<h2>協働の話</h2>');
  expect(html).toContain('<a href="/x/">協働</a>');
  expect(html).toContain('<code>協働</code>');
  expect(html).toContain('〔協働〕');
  expect(html).toContain('最後に<a href="/glossary/kyodo/" class="glossary-term">協働</a>。');
});

test('pages outside the configured folders get no links', async () => {
  expect(await render('協働です。\n', '/site/content/pages/about.md')).toBe('<p>協働です。</p>');
});
