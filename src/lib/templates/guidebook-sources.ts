import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Blockquote, Heading, List, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { collectionFolders } from '../schemas/collections.ts';

/** An article of the agreement outline: its heading (「第1条 目的」) and its example's paragraphs. */
export interface Article {
  heading: string;
  paragraphs: string[];
}

/** What the templates read from one guidebook chapter: its headings, its checklists, and its articles. */
export interface ChapterParts {
  /** Every heading's text, in order. */
  headings: string[];
  /** Each <Checklist>'s title and items, as remark-checklists reads them. */
  checklists: Map<string, string[]>;
  /** For each level-2 heading, the level-3 sections under it that have a blockquote (the example text). */
  articlesUnder: (section: string) => Article[];
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/**
 * Reads a guidebook chapter's MDX for the parts that forms reuse, so a form's questions and
 * articles are the chapter's own words and change when the chapter does. Undefined when the
 * chapter's file does not exist (the caller reports the reference).
 */
export function readChapterParts(root: string, chapterId: string): ChapterParts | undefined {
  let source: string;
  try {
    source = readFileSync(join(root, collectionFolders.guidebook, `${chapterId}.mdx`), 'utf8');
  } catch {
    return undefined;
  }
  const tree = parser.parse(source) as Root;
  return chapterPartsOf(tree);
}

/** The parts of a parsed chapter; exported for the unit tests. */
export function chapterPartsOf(tree: Root): ChapterParts {
  const headings: string[] = [];
  const checklists = new Map<string, string[]>();
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') headings.push(toString(node).trim());
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Checklist') {
        const title = (node as MdxJsxFlowElement).attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'title')?.value;
        const list = node.children.find((child): child is List => child.type === 'list');
        if (typeof title === 'string' && list) checklists.set(title, list.children.map((item) => toString(item).trim()));
      }
      if ('children' in node && node.type !== 'heading') walk(node.children as RootContent[]);
    }
  };
  walk(tree.children);

  const articlesUnder = (section: string): Article[] => {
    const start = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 2 && toString(node).trim() === section);
    if (start < 0) return [];
    const articles: Article[] = [];
    for (const node of tree.children.slice(start + 1)) {
      if (node.type === 'heading' && node.depth <= 2) break;
      if (node.type === 'heading' && node.depth === 3) articles.push({ heading: toString(node as Heading).trim(), paragraphs: [] });
      // The first blockquote under an article's heading is its example text; later ones are not part of it.
      const current = articles.at(-1);
      if (node.type === 'blockquote' && current && current.paragraphs.length === 0) current.paragraphs = (node as Blockquote).children.map((child) => toString(child).trim()).filter(Boolean);
    }
    return articles.filter((article) => article.paragraphs.length > 0);
  };
  return { headings, checklists, articlesUnder };
}
