import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { ContentError } from '../../../src/lib/content/content-error.ts';
import { createRemarkPlugins } from '../../../src/plugins/pipeline.ts';
import type { GlossaryTerm } from '../../../src/lib/schemas/glossary.ts';
import { anchorsOf } from './anchors.ts';

/** The site's MDX pipeline up to our remark plugins: MDX, GFM, YAML frontmatter, directives. */
export function createMdxChecker(options: { root: string; glossary: readonly GlossaryTerm[] }) {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(createRemarkPlugins(options));
}

type MdxChecker = ReturnType<typeof createMdxChecker>;

/**
 * Parses an MDX file and runs our remark plugins on it, as the build will. A syntax error
 * leaves no tree; a mistake a plugin rejects is reported alongside the parsed tree, so the
 * frontmatter can still be checked. Each problem names the file, line and column.
 */
export function parseMdx(processor: MdxChecker, text: string, file: string): { tree: Root | undefined; problems: ContentError[]; anchors: string[] } {
  const vfile = new VFile({ value: text, path: file });
  let tree: Root;
  try {
    tree = processor.parse(vfile);
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    const reason = error.reason.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/, '');
    return { tree: undefined, problems: [new ContentError(file, `MDXとして読めません: ${reason}。${hintFor(reason)}`, placeOf(error))], anchors: [] };
  }
  try {
    // Plugins change the tree in place, so the checks after this see what the build renders.
    processor.runSync(tree, vfile);
    // Completions become <ins id="completion-N">, which other pages link to.
    const completions = ((vfile.data.astro as { frontmatter?: { completions?: { id: string }[] } } | undefined)?.frontmatter?.completions ?? []).map((item) => item.id);
    return { tree, problems: [], anchors: [...anchorsOf(tree, file), ...completions] };
  } catch (error) {
    // Our plugins word their messages for editors already.
    if (error instanceof VFileMessage) return { tree, problems: [new ContentError(file, error.reason, placeOf(error))], anchors: [] };
    throw error;
  }
}

/** Where a message points; some MDX errors carry their place only in the text, as `(12:1-12:6)`. */
function placeOf(error: VFileMessage) {
  const place = error.place && 'start' in error.place ? error.place.start : error.place;
  if (place) return place;
  const match = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(error.reason);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

/** A hint for the MDX syntax mistakes editors make most. */
function hintFor(reason: string): string {
  if (/closing tag|end tag|Expected a closing/i.test(reason)) return '部品のタグ <名前> と </名前> の組み合わせを確かめてください。';
  if (/expression|acorn|Could not parse/i.test(reason)) return '本文に { や } を書くときは \\{ \\} と書いてください。';
  if (/Unexpected character/i.test(reason)) return '本文に < を書くときは \\< と書いてください。';
  return '直前の行の書き方を確かめてください。';
}
