import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { cssString } from '../../../../src/lib/print/css-string.ts';
import { comparable, type BodyLine } from './break-check.ts';

/** A last line this short is a flaw a Japanese setter removes: 「す。」 alone under a full paragraph. */
export const shortLastLine = 3;

/** The most letter-spacing given to a paragraph: 0.035 em over 40 characters is about 1.4 characters per line, too little to see in justified text. */
const maxSpacing = 0.035;

/** A paragraph or list item of a chapter, with a selector that finds it again. */
export interface TextBlock {
  selector: string;
  /** Its text as compared with the PDF's: comparable(), digits as 0 (the page numbers are not in the HTML). */
  text: string;
}

/** A block found in a layout ending in a short line. */
export interface ShortEnd {
  block: TextBlock;
  lines: number;
  /** Characters on its last line. */
  last: number;
  /** Characters on its longest line: the measure. */
  measure: number;
}

const fold = (text: string) => comparable(text).replace(/\d/g, '0');

/**
 * The paragraphs and list items of the chapters (not in tables, not the chapter openings, not a
 * list item holding a list), each with a selector from its chapter's id: `article[id="ch1"] > :nth-child(4)`.
 */
export function textBlocks(tree: Root): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (element: Element, path: string, inTable: boolean) => {
    element.children
      .filter((child): child is Element => child.type === 'element')
      .forEach((child, index) => {
        const selector = `${path} > :nth-child(${index + 1})`;
        const classes = Array.isArray(child.properties.className) ? child.properties.className.map(String) : [];
        if (classes.includes('chapter-opening')) return;
        const table = inTable || ['table', 'td', 'th'].includes(child.tagName);
        const nested = child.children.some((grand) => grand.type === 'element' && ['ul', 'ol', 'table'].includes(grand.tagName));
        if (!table && (child.tagName === 'p' || (child.tagName === 'li' && !nested))) blocks.push({ selector, text: fold(toString(child)) });
        else walk(child, selector, table);
      });
  };
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const classes = Array.isArray(child.properties.className) ? child.properties.className.map(String) : [];
      if (child.tagName === 'article' && classes.includes('chapter') && typeof child.properties.id === 'string') walk(child, `article[id=${cssString(child.properties.id)}]`, false);
      else visit(child);
    }
  };
  visit(tree);
  return blocks;
}

/**
 * Finds the blocks in a layout's body lines (from the first chapter on, in order) and returns
 * those of two lines or more whose last line holds `shortLastLine` characters or fewer. A block
 * not found line by line (one that spans a box's edge, say) is passed over.
 */
export function findShortEnds(pages: readonly (readonly BodyLine[])[], blocks: readonly TextBlock[]): { found: number; short: ShortEnd[] } {
  const lines = pages.flat().map((line) => fold(line.text).replace(/^(?:•|◦|・|0+\.)/, ''));
  let cursor = 0;
  let found = 0;
  const short: ShortEnd[] = [];
  for (const block of blocks) {
    if (block.text === '') continue;
    for (let start = cursor; start < lines.length; start++) {
      const first = lines[start]!;
      if (first === '' || !block.text.startsWith(first) || (first.length < 4 && first !== block.text)) continue;
      let read = '';
      let end = start;
      while (end < lines.length && read.length < block.text.length && block.text.startsWith(read + lines[end]!)) read += lines[end++]!;
      if (read !== block.text) continue;
      found++;
      cursor = end;
      const own = lines.slice(start, end).map((line) => [...line].length);
      if (own.length > 1 && own.at(-1)! <= shortLastLine) short.push({ block, lines: own.length, last: own.at(-1)!, measure: Math.max(...own) });
      break;
    }
  }
  return { found, short };
}

/**
 * Letter-spacing for each short-ended block, as style for the next layout: drawn in (追い込み)
 * when a hair less space per character takes the last line's characters up into the lines above
 * (a last 、 or 。 hangs, and needs no room), otherwise spread (追い出し) so that more characters
 * go down to it, and left alone when either would take more than `maxSpacing`. Each line of n
 * characters gains or loses about n × spacing characters.
 */
export function mendingCss(short: readonly ShortEnd[]): { css: string; mended: number } {
  const rules: string[] = [];
  for (const { block, lines, last, measure } of short) {
    const capacity = measure * (lines - 1);
    // A closing 、 or 。 may hang past the measure (hanging-punctuation: allow-end): drawn in, it needs no room.
    const drawIn = (/[、。，．]$/.test(block.text) ? last - 1 : last) / capacity + 0.005;
    const spread = (shortLastLine + 1 - last) / capacity + 0.005;
    const spacing = drawIn <= maxSpacing ? -drawIn : spread <= maxSpacing ? spread : undefined;
    if (spacing === undefined) continue;
    rules.push(`${block.selector} { letter-spacing: ${(Math.sign(spacing) * Math.round(Math.abs(spacing) * 1000)) / 1000}em !important; }`);
  }
  return { css: rules.join('\n'), mended: rules.length };
}
