import type { Element, ElementContent, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { splitPhrases } from '../lib/text/phrases.ts';

/** Elements whose Japanese text gets phrase-boundary break points. */
const phraseWrapped = new Set(['h1', 'h2', 'h3', 'h4']);

/**
 * Inserts `<wbr>` between BudouX phrases in headings. Chromium already breaks by phrase
 * through CSS `word-break: auto-phrase`; Safari and Firefox do not, and use these break
 * points together with `word-break: keep-all` (see base.css), so a heading never splits
 * a word in two on a phone.
 */
export default function rehypePhraseBreaks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (!phraseWrapped.has(node.tagName)) return;
      breakPhrases(node);
      return SKIP;
    });
  };
}

/** Splits every text node below `element` into phrases joined by `<wbr>`. */
export function breakPhrases(element: Element): void {
  element.children = element.children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') {
      breakPhrases(child);
      return [child];
    }
    if (child.type !== 'text') return [child];
    const phrases = splitPhrases(child.value);
    return phrases.flatMap((phrase, index): ElementContent[] => [
      ...(index > 0 ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] } satisfies Element] : []),
      { type: 'text', value: phrase },
    ]);
  });
}
