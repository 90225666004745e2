import { expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { VFile } from 'vfile';
import remarkChecklists from '../../../src/plugins/remark-checklists.ts';
import remarkMdxComponents from '../../../src/plugins/remark-mdx-components.ts';

async function run(mdx: string) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMdxComponents).use(remarkChecklists);
  const file = new VFile({ value: mdx, path: 'chapter.mdx' });
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return { tree, data: file.data };
}

const checklist = '<Checklist title="始める前に">\n\n- 目的を説明できますか。\n- 相手と話しましたか。\n\n</Checklist>\n';

test('the list becomes the items of the component, and the list itself is gone', async () => {
  const { tree } = await run(checklist);
  const element = tree.children[0] as MdxJsxFlowElement;
  expect(element.children).toEqual([]);
  const items = element.attributes.find((attribute) => 'name' in attribute && attribute.name === 'items');
  expect(items?.value).toMatchObject({ type: 'mdxJsxAttributeValueExpression', value: '["目的を説明できますか。","相手と話しましたか。"]' });
});

test('every checklist is recorded for the チェックリスト集', async () => {
  const { data } = await run(`${checklist}\n<Checklist title="終わりに">\n\n- 振り返りましたか。\n\n</Checklist>\n`);
  expect((data.astro as { frontmatter: { checklists: unknown } }).frontmatter.checklists).toEqual([
    { title: '始める前に', items: ['目的を説明できますか。', '相手と話しましたか。'] },
    { title: '終わりに', items: ['振り返りましたか。'] },
  ]);
});

test('an item with a link fails at its line rather than losing the link', async () => {
  await expect(run('<Checklist title="x">\n\n- [リンク](/a/)はありますか。\n\n</Checklist>\n')).rejects.toMatchObject({ line: 3, reason: expect.stringContaining('一行の文') });
});

test('anything but a single list inside fails', async () => {
  await expect(run('<Checklist title="x">\n\n段落です。\n\n</Checklist>\n')).rejects.toMatchObject({ line: 1, reason: expect.stringContaining('箇条書きを一つだけ') });
});

test('a checklist without a title fails', async () => {
  await expect(run('<Checklist>\n\n- 項目\n\n</Checklist>\n')).rejects.toMatchObject({ reason: '<Checklist> には title="…" を文字で書いてください。' });
});
