import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { mdxComponentNames, mdxComponentRules, type ComponentRule } from '../lib/schemas/mdx-components.ts';

const list = (names: readonly string[]) => names.map((name) => `「${name}」`).join('、');

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
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      // Fragments and lower-case HTML elements are not components.
      if (!element.name || /^[a-z]/.test(element.name)) return;
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
