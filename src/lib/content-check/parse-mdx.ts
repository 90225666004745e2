import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { VFileMessage } from 'vfile-message';
import { ContentError } from '../content-error.ts';

/** The same syntax the site's MDX pipeline reads: MDX, GFM, YAML frontmatter and directives. */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective);

/**
 * Parses an MDX file the way the build will. A syntax error becomes a ContentError
 * with the file, line and column, and a hint in plain Japanese.
 */
export function parseMdx(text: string, file: string): Root {
  try {
    return parser.runSync(parser.parse(text)) as Root;
  } catch (error) {
    if (error instanceof VFileMessage) {
      const place = (error.place && 'start' in error.place ? error.place.start : error.place) ?? placeInReason(error.reason);
      const reason = error.reason.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/, '');
      throw new ContentError(file, `MDXとして読めません: ${reason}。${hintFor(reason)}`, place);
    }
    throw error;
  }
}

/** Some MDX errors carry their place only in the text, as `(12:1-12:6)`. */
function placeInReason(reason: string) {
  const match = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

/** A hint for the MDX syntax mistakes editors make most. */
function hintFor(reason: string): string {
  if (/closing tag|end tag|Expected a closing/i.test(reason)) return '部品のタグ <名前> と </名前> の組み合わせを確かめてください。';
  if (/expression|acorn|Could not parse/i.test(reason)) return '本文に { や } を書くときは \\{ \\} と書いてください。';
  if (/Unexpected character/i.test(reason)) return '本文に < を書くときは \\< と書いてください。';
  return '直前の行の書き方を確かめてください。';
}
