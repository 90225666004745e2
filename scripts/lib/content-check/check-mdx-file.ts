import type { Root } from 'mdast';
import type { z } from 'zod';
import { ContentError } from '../../../src/lib/content/content-error.ts';
import { validateYamlData } from '../../../src/lib/content/yaml.ts';
import { parseMdx, type createMdxChecker } from './parse-mdx.ts';

/** The result of checking one MDX file: its problems, and its tree and frontmatter when readable. */
export interface MdxCheckResult {
  problems: ContentError[];
  tree: Root | undefined;
  data: unknown;
  /** Every id the rendered page will have. */
  anchors: string[];
}

/**
 * Checks one MDX file: syntax, our remark plugins (which reject unknown components and
 * directives, malformed completions and checklists), and frontmatter against the schema.
 */
export function checkMdxFile(processor: ReturnType<typeof createMdxChecker>, text: string, file: string, schema: z.ZodType): MdxCheckResult {
  const { tree, problems, anchors } = parseMdx(processor, text, file);
  if (!tree) return { problems, tree, data: undefined, anchors };
  const frontmatter = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  let data: unknown;
  if (!frontmatter) {
    problems.push(new ContentError(file, 'ファイルの先頭に --- で囲んだ項目（title など）がありません。', { line: 1, column: 1 }));
  } else {
    const result = validateYamlData(frontmatter.value, file, schema, (frontmatter.position?.start.line ?? 1) + 1);
    problems.push(...result.problems);
    data = result.data;
  }

  return { problems, tree, data, anchors };
}
