import { expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import remarkMdxComponents from '../../../src/plugins/remark-mdx-components.ts';
import remarkMediumOnly from '../../../src/plugins/remark-medium-only.ts';

/** The tree after the components check and remark-medium-only, as the build runs them. */
async function run(mdx: string): Promise<Root> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMdxComponents).use(remarkMediumOnly);
  return (await processor.run(processor.parse(mdx))) as Root;
}

/** Each top-level node as `type:name[attributes](child types)`, enough to see the shape. */
function shape(tree: Root): string[] {
  return tree.children.map((node) => {
    const element = node as { name?: string; attributes?: { name: string }[]; children?: { type: string; name?: string }[] };
    const attributes = element.attributes?.map((attribute) => attribute.name).join(',') ?? '';
    const children = element.children?.map((child) => (child.name ? `${child.type}:${child.name}` : child.type)).join(' ') ?? '';
    return `${node.type}${element.name ? `:${element.name}` : ''}[${attributes}](${children})`;
  });
}

test('a line holding only <PrintOnly> becomes a paragraph inside the component, leaving no empty paragraph', async () => {
  expect(shape(await run('<PrintOnly>ペンで印を付けてください。</PrintOnly>\n'))).toEqual(['mdxJsxFlowElement:PrintOnly[](paragraph)']);
});

test('inside running text the components are marked inline, so they render a <span>', async () => {
  const tree = await run('答えは結論から書いています。<ScreenOnly>リンク先を読んでください。</ScreenOnly><PrintOnly>後に挙げた章を読んでください。</PrintOnly>\n');
  expect(shape(tree)).toEqual(['paragraph[](text mdxJsxTextElement:ScreenOnly mdxJsxTextElement:PrintOnly)']);
  const [, screen, print] = (tree.children[0] as { children: { attributes: { name: string; value: unknown }[] }[] }).children;
  expect(screen!.attributes).toEqual([{ type: 'mdxJsxAttribute', name: 'inline', value: null }]);
  expect(print!.attributes).toEqual([{ type: 'mdxJsxAttribute', name: 'inline', value: null }]);
});

test('paragraphs between blank lines stay paragraphs, and other components are left alone', async () => {
  expect(shape(await run('<ScreenOnly>\n\n画面では、チェックを付けられます。\n\n</ScreenOnly>\n\n<CaseStory title="例">本文</CaseStory>\n'))).toEqual([
    'mdxJsxFlowElement:ScreenOnly[](paragraph)',
    'paragraph[](mdxJsxTextElement:CaseStory)',
  ]);
});

test('authors may not write inline themselves: the components check refuses it first', async () => {
  await expect(run('<PrintOnly inline>紙だけ</PrintOnly>\n')).rejects.toMatchObject({ reason: expect.stringContaining('「inline」という属性は使えません') });
});
