import type { Nodes, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { ContentError } from '../../../src/lib/content/content-error.ts';
import type { OfficialSection } from '../../../src/lib/content/official-sections.ts';
import type { Provenance } from '../../../src/lib/schemas/fields.ts';
import { completionDirective as completionName } from '../../../src/lib/content/completions.ts';

/** The one component a guideline page may hold: a marked editorial section, on a mixed page only. */
export const editorialComponent = 'Editorial';

/** Blocks of text a reader sees as a unit: each must be the summary's words. */
const textBlocks = new Set(['paragraph', 'heading', 'tableCell', 'code']);

const withoutSpace = (text: string) => text.replace(/\s+/gu, '');

/** A block's words without the editors' completions, and whether it had any. */
function blockText(node: Nodes): { text: string; completed: boolean } {
  let text = '';
  let completed = false;
  visit(node, (child) => {
    if (child.type === 'textDirective' && (child as TextDirective).name === completionName) {
      completed = true;
      return SKIP;
    }
    if (child.type === 'text' || child.type === 'inlineCode' || child.type === 'code') text += (child as { value: string }).value;
    return undefined;
  });
  return { text: withoutSpace(text), completed };
}

/**
 * Whether `text` is the summary's own: one or more of the section's units, whole and in a row
 * (the way the site lays the summary out: a sentence, a list item, a heading, or several
 * sentences of one paragraph). A fragment of a unit, or words the summary does not have, are not.
 */
function isSummaryText(text: string, section: OfficialSection): boolean {
  const units = section.units.map(withoutSpace);
  const joined = units.join('');
  const boundaries = new Set<number>([0]);
  let offset = 0;
  for (const unit of units) boundaries.add((offset += unit.length));
  for (let at = joined.indexOf(text); at !== -1; at = joined.indexOf(text, at + 1)) {
    if (boundaries.has(at) && boundaries.has(at + text.length)) return true;
  }
  return false;
}

/** A guideline page as this check needs it. */
export interface GuidelinePage {
  file: string;
  title: string;
  /** What kind of text the page is (src/lib/content/provenance.ts). */
  provenance: Provenance;
  tree: Root;
}

/** The first characters of a block, to name it in a message. */
const excerpt = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text);

/**
 * Checks that a guideline page shows only the official summary's words: every text block
 * (paragraph, list item, heading, table cell, and the page's title) must be one or more whole
 * units of the page's part of the summary, apart from words marked `:completion[…]`. Editorial
 * words belong on editorial pages; on a page whose provenance is `mixed` they may stand inside
 * `<Editorial>…</Editorial>`, which marks them on screen. Any other component is refused, since
 * it would show words the summary does not have. Each problem names the file and line.
 */
export function checkOfficialBlocks(page: GuidelinePage, section: OfficialSection): ContentError[] {
  // Only the guideline's own pages carry its words; an editorial or site page has none to guard.
  if (page.provenance !== 'official' && page.provenance !== 'mixed') return [];
  const problems: ContentError[] = [];
  const where = `指針のページには、概要版の文言と、:${completionName}[…] で示した補記だけを書けます。`;
  const move = page.provenance === 'official' ? '解説は、解説のページ（/forms/ や /guidebook/ など）に移してください。' : `解説は <${editorialComponent}>…</${editorialComponent}> で囲んでください。`;
  if (!isSummaryText(withoutSpace(page.title), section)) {
    problems.push(new ContentError(page.file, `題名「${page.title}」が概要版の見出しと違います。${where}題名は officialHeading と同じ見出しにしてください。`, { line: 2, column: 1 }));
  }
  visit(page.tree, (node) => {
    if (node.type === 'yaml') return SKIP;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      // Lower-case names are HTML elements: they only lay out the words inside, which are checked.
      if (!element.name || /^[a-z]/.test(element.name)) return undefined;
      if (element.name === editorialComponent) {
        if (page.provenance === 'official') {
          problems.push(new ContentError(page.file, `<${editorialComponent}> は、本文と解説のページ（先頭の項目に provenance: mixed）にだけ置けます。このページは指針の本文だけのページです。${move}`, element.position?.start));
        }
        return SKIP;
      }
      problems.push(new ContentError(page.file, `部品 <${element.name}> は、指針のページには置けません。概要版にない文を表示するためです。${where}${move}`, element.position?.start));
      return SKIP;
    }
    if (!textBlocks.has(node.type)) return undefined;
    const { text, completed } = blockText(node as Nodes);
    if (text === '' || isSummaryText(text, section)) return SKIP;
    problems.push(
      new ContentError(page.file, `「${excerpt(text)}」は、概要版の文言ではありません${completed ? '（補記を除いても）' : ''}。${where}${move}`, node.position?.start),
    );
    return SKIP;
  });
  return problems;
}
