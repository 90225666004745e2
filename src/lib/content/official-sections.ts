import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

/**
 * The official text cut into the smallest pieces the site must reproduce verbatim:
 * headings, sentences (ending in 。) and list items. The summary edition lays lists out as
 * items separated by spaces and line breaks, so those separate pieces too.
 */
export function textUnits(text: string): string[] {
  return text
    .split(/\s+/u)
    .flatMap((piece) => piece.split(/(?<=。)/u))
    .map((piece) => piece.trim())
    .filter(Boolean);
}

/** One page's share of the official text, in reading order. */
export interface OfficialSection {
  /** The heading that starts the section (the page's `officialHeading`). */
  heading: string;
  /** Every unit of text from that heading up to the next section's heading. */
  units: string[];
}

/**
 * Splits the official summary (Markdown) into sections at the given headings. Headings not
 * in the list belong to the section they stand in, as units like any other text, so nothing
 * of the official text is left out. Text before the first listed heading is returned as `unclaimed`.
 */
export function splitOfficialText(markdown: string, sectionHeadings: readonly string[]): { sections: OfficialSection[]; unclaimed: string[] } {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const wanted = new Set(sectionHeadings);
  const sections: OfficialSection[] = [];
  const unclaimed: string[] = [];
  const add = (units: string[]) => (sections.at(-1)?.units ?? unclaimed).push(...units);

  for (const node of tree.children) {
    if (node.type === 'heading' && wanted.has(headingText(node))) {
      sections.push({ heading: headingText(node), units: textUnits(headingText(node)) });
    } else {
      add(blockUnits(node));
    }
  }
  return { sections, unclaimed };
}

function headingText(heading: Heading): string {
  return toString(heading).trim();
}

/** Units of a block; hard line breaks separate units just as spaces do. */
function blockUnits(node: RootContent): string[] {
  if (node.type === 'list') return node.children.flatMap((item) => item.children.flatMap(blockUnits));
  if (node.type === 'heading') return textUnits(headingText(node));
  if (node.type === 'paragraph') {
    return node.children.flatMap((child) => (child.type === 'break' ? [] : textUnits(toString(child))));
  }
  return 'children' in node ? textUnits(toString(node)) : [];
}

/**
 * Finds the units of the official text that are missing from a page's text, or out of order.
 * Whitespace is ignored on both sides: the site may lay text out differently, but every
 * character of every unit must be there, in the official text's order.
 */
export function missingUnits(units: readonly string[], pageText: string): string[] {
  const text = pageText.replace(/\s+/gu, '');
  const missing: string[] = [];
  let from = 0;
  for (const unit of units) {
    const at = text.indexOf(unit.replace(/\s+/gu, ''), from);
    if (at === -1) missing.push(unit);
    else from = at + unit.length;
  }
  return missing;
}
