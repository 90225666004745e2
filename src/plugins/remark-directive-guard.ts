import type { Root, Text } from 'mdast';
import type { Directives } from 'mdast-util-directive';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * remark-directive reads any `:name` as a directive, so ordinary text such as 「10:30」
 * would vanish from the page. This plugin runs after the plugins that handle directives:
 * a bare `:name` with no `[ ]` or `{ }` goes back to being the text it was, and anything
 * that looks like a real directive but that no plugin knows fails the build, naming the line.
 */
export default function remarkDirectiveGuard(options: { known: readonly string[] }) {
  const known = new Set(options.known);
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
      const directive = node as Directives;
      if (known.has(directive.name)) return;
      const hasLabel = directive.children.length > 0;
      const hasAttributes = Object.keys(directive.attributes ?? {}).length > 0;
      if (directive.type === 'textDirective' && !hasLabel && !hasAttributes && parent && index !== undefined) {
        const text: Text = { type: 'text', value: `:${directive.name}` };
        parent.children.splice(index, 1, text as never);
        return [SKIP, index + 1];
      }
      const marker = directive.type === 'textDirective' ? ':' : directive.type === 'leafDirective' ? '::' : ':::';
      file.fail(
        `「${marker}${directive.name}」は使えない指示です。使えるのは${[...known].map((name) => `「:${name}」`).join('')}です。` +
          `コロン（:）を文字として書きたいときは「\\:」と書いてください。`,
        directive,
      );
    });
  };
}
