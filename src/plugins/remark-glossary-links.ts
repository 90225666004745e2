import type { Link, Parent, Root, Text } from 'mdast';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import type { GlossaryTerm } from '../lib/schemas/glossary.ts';
import { glossaryTermHref } from '../lib/routes.ts';
import { isInside } from '../lib/content/files.ts';
import { escapeRegExp as escape } from '../lib/text/regexp.ts';

/** Nodes whose text is never linked: headings, existing links, code, and editorial completions. */
const skippedAncestors = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'textDirective', 'leafDirective', 'containerDirective']);

export interface GlossaryLinkOptions {
  /** The glossary terms. */
  terms: readonly GlossaryTerm[];
  /** Only files under these folders get links, e.g. `/…/content/guideline`. */
  folders: readonly string[];
}

/** Escapes text for use inside a regular expression. */

/**
 * Links the first occurrence of each glossary term on a page to its entry on /glossary/.
 * Spellings are tried longest first, so 協働事業提案制度 wins over 協働; a term's variants
 * (町内会 for 町会・自治会) count as the term; words listed under `exclude` (運営協議会) are
 * passed over. Headings, links, code and editorial completions are left alone.
 */
export default function remarkGlossaryLinks(options: GlossaryLinkOptions) {
  const owner = new Map<string, string | null>();
  for (const term of options.terms) {
    for (const spelling of [term.term, ...term.variants]) owner.set(spelling, term.id);
    for (const word of term.exclude) owner.set(word, null);
  }
  const spellings = [...owner.keys()].sort((a, b) => b.length - a.length);
  const pattern = spellings.length > 0 ? new RegExp(spellings.map(escape).join('|'), 'gu') : undefined;

  return (tree: Root, file: VFile) => {
    if (!pattern || !file.path || !options.folders.some((folder) => isInside(file.path, folder))) return;
    const linked = new Set<string>();
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((ancestor) => skippedAncestors.has(ancestor.type))) return;
      const parent = ancestors.at(-1) as Parent;
      const pieces: (Text | Link)[] = [];
      let last = 0;
      for (const match of node.value.matchAll(pattern)) {
        const id = owner.get(match[0]);
        if (!id || linked.has(id)) continue;
        linked.add(id);
        if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) });
        pieces.push({
          type: 'link',
          url: glossaryTermHref(id),
          children: [{ type: 'text', value: match[0] }],
          data: { hProperties: { className: ['glossary-term'] } },
        });
        last = match.index + match[0].length;
      }
      if (pieces.length === 0) return;
      if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
      const index = parent.children.indexOf(node as never);
      parent.children.splice(index, 1, ...(pieces as never[]));
      return [SKIP, index + pieces.length];
    });
  };
}
