import { expect, test } from 'vitest';
import remarkGfm from 'remark-gfm';
import rehypeSiteLinks from '../../../src/plugins/rehype-site-links.ts';
import { renderMarkdown } from '../../helpers/markdown.ts';

const markdown = '[進め方](/guidebook/process/)、[用語](/glossary/#kobo)、[練馬区](https://www.city.nerima.tokyo.jp/)、[同じページ](#top)、[別のサイト](//example.jp/)。';

test('a site path an author wrote is published under the folder of the public URL; other addresses are left as written', async () => {
  const { html } = await renderMarkdown(markdown, [remarkGfm], [[rehypeSiteLinks, { base: '/kusei/kyodo/' }]]);
  expect(html).toContain('<a href="/kusei/kyodo/guidebook/process/">進め方</a>');
  expect(html).toContain('<a href="/kusei/kyodo/glossary/#kobo">用語</a>');
  expect(html).toContain('<a href="https://www.city.nerima.tokyo.jp/">練馬区</a>');
  expect(html).toContain('<a href="#top">同じページ</a>');
  expect(html).toContain('<a href="//example.jp/">別のサイト</a>');
});

test('at the root of a domain, the links stay as written', async () => {
  const { html } = await renderMarkdown(markdown, [remarkGfm], [[rehypeSiteLinks, { base: '/' }]]);
  expect(html).toContain('<a href="/guidebook/process/">進め方</a>');
});
