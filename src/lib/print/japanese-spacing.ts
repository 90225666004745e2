import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** Punctuation that already carries its own space in a full-width cell: nothing may follow or precede it. */
const spacedPunctuation = /[。、，．）」』】〕！？：]$/u;
const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]/u;

/**
 * Tightens the ASCII spaces Markdown leaves around a bold run-in head (「**役割を明確にすること。** 誰が…」):
 * after punctuation the space is dropped (the 。 already ends in half a cell of space), after a
 * head without punctuation (「**相談** 協働の…」) it becomes one full-width space, as a Japanese
 * setter separates a run-in head from its text. Anything else is left as written.
 */
export function tightenJapaneseSpacing(tree: Root): void {
  visit(tree, 'element', (node: Element) => {
    const children = node.children as ElementContent[];
    children.forEach((child, index) => {
      if (child.type !== 'element' || (child.tagName !== 'strong' && child.tagName !== 'b')) return;
      const head = toString(child).trim();
      const next = children[index + 1];
      if (next?.type === 'text' && /^[ \t]+/.test(next.value)) {
        const rest = next.value.replace(/^[ \t]+/, '');
        if (spacedPunctuation.test(head)) next.value = rest;
        else if (japanese.test(head.at(-1) ?? '') && japanese.test(rest[0] ?? '')) next.value = `\u3000${rest}`;
      }
      const previous = children[index - 1];
      if (previous?.type === 'text' && /[ \t]+$/.test(previous.value) && spacedPunctuation.test(previous.value.trimEnd())) previous.value = previous.value.trimEnd();
    });
  });
}
