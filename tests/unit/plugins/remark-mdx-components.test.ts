import { expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import remarkMdxComponents from '../../../src/plugins/remark-mdx-components.ts';

async function run(mdx: string) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMdxComponents);
  const file = new VFile({ value: mdx, path: 'page.mdx' });
  await processor.run(processor.parse(file), file);
}

test('known components with the right attributes pass', async () => {
  await expect(run('<SiteValue name="contact.phone" />\n\n<CaseStory title="例">\n\n本文\n\n</CaseStory>\n\n<div>HTML はそのまま</div>\n')).resolves.toBeUndefined();
});

test('an unknown component fails at its line, listing the ones that exist', async () => {
  await expect(run('一行目\n\n<Chekclist title="x" />\n')).rejects.toMatchObject({ line: 3, reason: expect.stringMatching(/部品「<Chekclist>」はありません。使える部品は .*<Checklist>/) });
});

test('a value outside the allowed list fails and names the allowed values', async () => {
  await expect(run('<SiteValue name="contact.tel" />\n')).rejects.toMatchObject({ reason: expect.stringMatching(/値は使えません。使える値は.*「contact\.phone」/) });
});

test('an unknown attribute fails', async () => {
  await expect(run('<CaseStory title="a" titel="b">\n\n本文\n\n</CaseStory>\n')).rejects.toMatchObject({ reason: expect.stringContaining('「titel」という属性は使えません') });
});

test('a component that takes no content fails when given some', async () => {
  await expect(run('<SiteValue name="publisher">練馬区</SiteValue>\n')).rejects.toMatchObject({ reason: expect.stringContaining('中には何も書けません') });
});
