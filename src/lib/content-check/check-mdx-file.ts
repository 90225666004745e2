import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { z } from 'zod';
import { ContentError } from '../content-error.ts';
import { validateYamlData } from '../yaml-data.ts';
import { parseMdx } from './parse-mdx.ts';

/** What the checker knows about the site when it reads one file. */
export interface MdxCheckContext {
  /** Components that content may use (`<Name>`). */
  components: readonly string[];
}

/** The result of checking one MDX file: its problems, and its tree and frontmatter when readable. */
export interface MdxCheckResult {
  problems: ContentError[];
  tree: Root | undefined;
  data: unknown;
}

/**
 * Checks one MDX file: syntax and our remark plugins (which reject malformed completions and
 * unknown directives), frontmatter against the collection's schema, and unknown components.
 */
export function checkMdxFile(text: string, file: string, schema: z.ZodType, context: MdxCheckContext): MdxCheckResult {
  const { tree, problems } = parseMdx(text, file);
  if (!tree) return { problems, tree, data: undefined };
  const frontmatter = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  let data: unknown;
  if (!frontmatter) {
    problems.push(new ContentError(file, 'ファイルの先頭に --- で囲んだ項目(title など)がありません。', { line: 1, column: 1 }));
  } else {
    const result = validateYamlData(frontmatter.value, file, schema, (frontmatter.position?.start.line ?? 1) + 1);
    problems.push(...result.problems);
    data = result.data;
  }

  const components = new Set(context.components);
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    // Lower-case names are plain HTML elements, which MDX passes through.
    if (!element.name || /^[a-z]/.test(element.name) || components.has(element.name)) return;
    problems.push(
      new ContentError(
        file,
        `部品「<${element.name}>」はありません。使える部品は ${[...components].map((name) => `<${name}>`).join('、')} です。`,
        element.position?.start,
      ),
    );
  });

  return { problems, tree, data };
}
