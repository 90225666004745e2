import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** The directive authors write to quote the guideline: `:quote[協働の効果をより高め…]`. */
export const quotationDirective = 'quote';

/**
 * Turns `:quote[…]` into `<q class="official-quote">`, which the browser shows in 「 」 (lang="ja"),
 * marking the words as the guideline's own. The content check verifies every quotation against
 * the official summary. A quotation that is empty or holds anything but plain text fails the
 * build, naming the line.
 */
export default function remarkQuotations() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'textDirective', (node: TextDirective) => {
      if (node.name !== quotationDirective) return;
      const text = toString(node).trim();
      if (!text || node.children.some((child) => child.type !== 'text') || Object.keys(node.attributes ?? {}).length > 0) {
        file.fail(`引用「:${quotationDirective}[…]」の [ ] の中には、指針の文言を飾りのない文字でそのまま書いてください（空や、リンク・強調・{ } の属性は使えません）。`, node);
      }
      node.data = { hName: 'q', hProperties: { className: ['official-quote'] } };
    });
  };
}
