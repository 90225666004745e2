import type { Image, Link } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { ContentError } from '../../../src/lib/content/content-error.ts';
import { entryHref, glossaryHref } from '../../../src/lib/routes.ts';
import type { ParsedEntry } from './site-index.ts';

const external = /^(https?:|mailto:|tel:)/;

/** Where a problem is, from a node's position. */
const at = (node: { position?: { start: { line: number; column: number } } | undefined }) => node.position?.start;

/**
 * Checks every link and image of one file against the site: internal links must reach a page
 * that will exist (and an anchor on it), images need a text alternative and a file to show.
 */
export function checkLinks(entry: ParsedEntry, site: ReadonlyMap<string, ReadonlySet<string>>): ContentError[] {
  const problems: ContentError[] = [];
  const here = entryHref(entry.collection, entry.id);
  const checkHref = (href: string, node: Parameters<typeof at>[0]) => {
    if (external.test(href)) return;
    if (!href.startsWith('/') && !href.startsWith('#')) {
      problems.push(new ContentError(entry.file, `サイト内へのリンク「${href}」は、/ から始まるアドレス（例: /guideline/basics/）で書いてください。`, at(node)));
      return;
    }
    const [rawPath, fragment] = href.split('#', 2) as [string, string | undefined];
    const path = rawPath === '' ? here : rawPath;
    const anchors = site.get(path) ?? (!/\.[a-z0-9]+$/i.test(path) && !path.endsWith('/') ? site.get(`${path}/`) : undefined);
    if (!anchors) {
      problems.push(new ContentError(entry.file, `リンク先のページ「${path}」はありません。アドレスを確かめてください。`, at(node)));
      return;
    }
    if (fragment === undefined || fragment === '') return;
    const id = decodeURIComponent(fragment);
    if (anchors.has(id)) return;
    problems.push(
      new ContentError(
        entry.file,
        path === glossaryHref() ? `用語集に「${id}」という用語はありません。content/glossary.yaml の id を確かめてください。` : `「${path}」に「#${id}」という見出しや場所はありません。`,
        at(node),
      ),
    );
  };

  visit(entry.tree, (node) => {
    if (node.type === 'link') checkHref((node as Link).url, node);
    if (node.type === 'image') {
      const image = node as Image;
      if (!image.alt?.trim()) problems.push(new ContentError(entry.file, `画像「${image.url}」に代わりの文章がありません。![画像の説明](${image.url}) のように [ ] の中に書いてください。`, at(node)));
      if (!external.test(image.url)) checkHref(image.url, node);
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      const attribute = (name: string) => element.attributes.find((item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name);
      const href = attribute('href')?.value;
      if (element.name === 'a' && typeof href === 'string') checkHref(href, node);
      if (element.name === 'img') {
        // alt="" is a deliberate choice for a decorative image; no alt at all is a mistake.
        if (!attribute('alt')) problems.push(new ContentError(entry.file, '<img> に alt="…"（画像の説明）がありません。飾りだけの画像なら alt="" と書いてください。', at(node)));
        const src = attribute('src')?.value;
        if (typeof src === 'string' && !external.test(src)) checkHref(src, node);
      }
    }
  });
  return problems;
}
