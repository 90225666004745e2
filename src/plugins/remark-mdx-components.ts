import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { mdxComponentNames, mdxComponentRules, type ComponentRule } from '../lib/schemas/mdx-components.ts';

const list = (names: readonly string[]) => names.map((name) => `「${name}」`).join('、');

/**
 * HTML elements an author may write in MDX: text-level markup and plain structure. Anything
 * that runs code or embeds another document (script, style, iframe, object, embed, form …)
 * is refused, as are event-handler attributes and `javascript:` addresses.
 */
export const allowedHtmlElements = ['a', 'abbr', 'b', 'br', 'cite', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'q', 'rp', 'rt', 'ruby', 's', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'wbr'];

/** Whether an address would run code (`javascript:` even with control characters inside, as browsers read it). */
const isScriptAddress = (url: string) => /^\s*(javascript|vbscript|data):/i.test(url.replace(/[\u0000-\u001f]/g, ''));

/** Attributes whose value is an address. */
const addressAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/** Fails the build, naming the line, for HTML that could run code or is not on the allow-list. */
function checkHtml(element: MdxJsxFlowElement | MdxJsxTextElement, file: VFile): void {
  if (!allowedHtmlElements.includes(element.name!)) {
    file.fail(`本文に <${element.name}> は書けません。使える HTML は ${allowedHtmlElements.map((name) => `<${name}>`).join(' ')} です。スクリプトや埋め込み（script、style、iframe、object など）は使えません。`, element);
  }
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') file.fail(`<${element.name}> の属性は「名前="値"」の形で書いてください。`, element);
    if (/^on/i.test(attribute.name)) file.fail(`<${element.name}> に「${attribute.name}」（イベントで動くスクリプト）は書けません。`, element);
    if (addressAttributes.has(attribute.name.toLowerCase()) && typeof attribute.value === 'string' && isScriptAddress(attribute.value)) {
      file.fail(`<${element.name} ${attribute.name}="…"> に「javascript:」などのスクリプトのアドレスは書けません。`, element);
    }
  }
}

/**
 * Checks every component an author writes in MDX against `mdxComponentRules`: the component
 * exists, required attributes are there as plain text, values come from the allowed list,
 * and components that take no content are empty. A mistake fails the build naming the line,
 * instead of a page that silently renders nothing.
 */
export default function remarkMdxComponents() {
  return (tree: Root, file: VFile) => {
    // Content is words, not code: an expression such as {未定} would run as JavaScript.
    visit(tree, ['mdxTextExpression', 'mdxFlowExpression', 'mdxjsEsm'], (node) => {
      const what = node.type === 'mdxjsEsm' ? 'import や export' : '{ } の式';
      file.fail(`本文に「${what}」は書けません。文字として書くときは \\{ \\} と書いてください（部品は import せずに使えます）。`, node);
    });
    // One walk in document order, so the first mistake in the file is the one reported.
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement', 'link', 'image', 'definition'], (node) => {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        // Markdown links and images may not carry script addresses either.
        if (isScriptAddress((node as { url: string }).url)) file.fail('リンクや画像に「javascript:」などのスクリプトのアドレスは書けません。', node);
        return;
      }
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      // Fragments are not components; lower-case names are HTML, allowed only from a short list.
      if (!element.name) return;
      if (/^[a-z]/.test(element.name)) {
        checkHtml(element, file);
        return;
      }
      const rule = (mdxComponentRules as Record<string, ComponentRule>)[element.name];
      if (!rule) {
        file.fail(`部品「<${element.name}>」はありません。使える部品は ${mdxComponentNames.map((name) => `<${name}>`).join('、')} です。`, element);
      }
      const attributes = new Map<string, MdxJsxAttribute>();
      for (const attribute of element.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') file.fail(`<${element.name}> の属性は「名前="値"」の形で書いてください。`, element);
        attributes.set(attribute.name, attribute);
      }
      const allowed = [...rule.required, ...(rule.optional ?? [])];
      for (const name of attributes.keys()) {
        if (!allowed.includes(name)) file.fail(`<${element.name}> に「${name}」という属性は使えません。使える属性は ${list(allowed) || 'ありません'}。`, element);
      }
      for (const name of rule.required) {
        const value = attributes.get(name)?.value;
        if (typeof value !== 'string' || value.trim() === '') file.fail(`<${element.name}> には ${name}="…" を文字で書いてください。`, element);
      }
      for (const [name, values] of Object.entries(rule.values ?? {})) {
        const value = attributes.get(name)?.value;
        if (typeof value === 'string' && !values.includes(value)) file.fail(`<${element.name} ${name}="${value}"> の値は使えません。使える値は ${list(values)} です。`, element);
      }
      if (rule.children === 'none' && element.children.length > 0) {
        file.fail(`<${element.name}> の中には何も書けません。<${element.name} … /> と書いてください。`, element);
      }
    });
  };
}
