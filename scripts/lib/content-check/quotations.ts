import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { ContentError } from '../../../src/lib/content/content-error.ts';
import { textUnits } from '../../../src/lib/content/official-sections.ts';
import type { ParsedEntry } from './site-index.ts';

const withoutSpace = (text: string) => text.replace(/\s+/gu, '');

/** Character pairs of a text, to find the official wording nearest to a misquotation. */
function pairs(text: string): Set<string> {
  const chars = [...text];
  return new Set(chars.slice(1).map((char, index) => chars[index]! + char));
}

/** The sentence of the official text that shares the most character pairs with `quoted`. */
function nearestWording(quoted: string, units: readonly string[]): string {
  const wanted = pairs(withoutSpace(quoted));
  let best = units[0] ?? '';
  let bestScore = -1;
  for (const unit of units) {
    const have = pairs(withoutSpace(unit));
    const shared = [...wanted].filter((pair) => have.has(pair)).length;
    const score = shared / (wanted.size + have.size || 1);
    if (score > bestScore) [best, bestScore] = [unit, score];
  }
  return best;
}

/**
 * Every `:quote[…]` in the content must be the guideline's own words: it must occur, character
 * for character (white space aside), in the official summary. A quotation that does not is
 * reported at its line and column with the official sentence nearest to it.
 */
export function checkQuotations(entries: readonly ParsedEntry[], officialText: string, directive: string): ContentError[] {
  const official = withoutSpace(officialText.replace(/^#+\s*/gmu, '').replace(/^-\s+/gmu, ''));
  const units = textUnits(officialText.replace(/^#+\s*/gmu, ''));
  const problems: ContentError[] = [];
  for (const entry of entries) {
    visit(entry.tree, 'textDirective', (node: TextDirective) => {
      if (node.name !== directive) return;
      const quoted = toString(node);
      if (official.includes(withoutSpace(quoted))) return;
      problems.push(
        new ContentError(entry.file, `引用「${quoted}」は、指針の概要版の文言と一致しません。いちばん近い文言: 「${nearestWording(quoted, units)}」。指針の文言を一字も変えずに引用するか、引用でなければ :quote[…] を外してください。`, node.position?.start),
      );
    });
  }
  return problems;
}
