import { expect, test } from 'vitest';
import remarkDirectiveGuard from '../../../src/plugins/remark-directive-guard.ts';
import { renderMarkdown } from '../../helpers/markdown.ts';

const guard = [[remarkDirectiveGuard, { known: ['completion'] }]] as never;

test('times and other bare colons stay as the text the author wrote', async () => {
  const { html } = await renderMarkdown('受付は 9:30 から、会場は A:B 室です。NOTE:abc も残ります。\n', guard);
  expect(html).toBe('<p>受付は 9:30 から、会場は A:B 室です。NOTE:abc も残ります。</p>');
});

test('an unknown directive with a label fails, naming the line and the known directives', async () => {
  await expect(renderMarkdown('一行目\n\n:complete[体]\n', guard)).rejects.toMatchObject({
    line: 3,
    reason: expect.stringMatching(/「:complete」は使えない指示です。使えるのは「:completion」/),
  });
});

test('an unknown container directive fails rather than vanishing', async () => {
  await expect(renderMarkdown(':::note\n本文\n:::\n', guard)).rejects.toMatchObject({ line: 1, reason: expect.stringContaining(':::note') });
});
