import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createLinter, loadTextlintrc } from 'textlint';
import { isOfficialText } from '../../../src/lib/content/official-text.ts';
import { frontmatterOf, proseInYaml } from './prose-strings.ts';

/**
 * Checks our own Japanese prose under the content folder `root` with textlint (configured in
 * .textlintrc.json): the MDX bodies, and the sentences inside frontmatter and YAML data files.
 * The guideline's official wording is exempt (isOfficialText). `only` narrows the check to some
 * files (paths inside `root`). Returns one `path:line:column message（rule）` line per problem;
 * none means fine.
 */
export async function checkProse(root: string, only?: readonly string[]): Promise<string[]> {
  const linter = createLinter({ descriptor: await loadTextlintrc() });
  const problems: string[] = [];
  const shown = (path: string) => relative(process.cwd(), path);
  const report = (file: string, line: number, column: number, message: string, rule: string) => problems.push(`${shown(file)}:${line}:${column} ${message.split('\n')[0]}（${rule}）`);

  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((name) => join(root, name))
    .filter((file) => !isOfficialText(file, root))
    .filter((file) => !only || only.some((path) => join(root, path) === file));
  // MDX bodies, as textlint reads them (the MDX plugin skips frontmatter and code).
  const mdxFiles = files.filter((file) => file.endsWith('.mdx'));
  for (const result of mdxFiles.length > 0 ? await linter.lintFiles(mdxFiles) : []) {
    for (const message of result.messages) report(result.filePath, message.line, message.column, message.message, message.ruleId);
  }
  // Sentences in frontmatter and YAML, linted one by one and reported at their own line.
  const yamlSources = [
    ...files.filter((file) => file.endsWith('.yaml')).map((file) => ({ file, yaml: readFileSync(file, 'utf8'), firstLine: 1 })),
    ...files.filter((file) => file.endsWith('.mdx')).flatMap((file) => {
      const front = frontmatterOf(file);
      return front ? [{ file, ...front }] : [];
    }),
  ];
  for (const { file, yaml, firstLine } of yamlSources) {
    for (const prose of proseInYaml(yaml, firstLine)) {
      const result = await linter.lintText(prose.text, `${file}.prose.md`);
      for (const message of result.messages) report(file, prose.line + message.line - 1, message.line === 1 ? prose.column + message.column - 1 : message.column, message.message, message.ruleId);
    }
  }
  return problems;
}
