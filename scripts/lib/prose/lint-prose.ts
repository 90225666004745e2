import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createLinter, loadTextlintrc } from 'textlint';
import { isOfficialText } from '../../../src/lib/content/official-text.ts';
import { frontmatterOf, proseInYaml } from './prose-strings.ts';
import { loadHardWords, unexplainedHardWords } from './plain-japanese.ts';
import { collectionFolders } from '../../../src/lib/schemas/collections.ts';

/** An MDX file's frontmatter says this: `lang: en` (not Japanese), `furigana: true` (written in やさしい日本語). */
const frontmatterSays = (file: string, line: RegExp) => line.test(frontmatterOf(file)?.yaml ?? '');

/**
 * Files written in やさしい日本語: the edition's pages and pamphlets with furigana. They are held
 * to stricter rules as well (.textlintrc.yasashii.json: short sentences, no double negatives)
 * and may not use a hard word (yasashii-words.yml) without explaining it.
 */
function isPlainJapanese(file: string, root: string): boolean {
  return file.startsWith(join(root, collectionFolders.yasashii)) || (file.startsWith(join(root, collectionFolders.pamphlets)) && frontmatterSays(file, /^furigana:\s*true\s*$/mu));
}

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
    // The English summary is not Japanese prose.
    .filter((file) => !(file.endsWith('.mdx') && frontmatterSays(file, /^lang:\s*en\s*$/mu)))
    .filter((file) => !only || only.some((path) => join(root, path) === file));
  // MDX bodies, as textlint reads them (the MDX plugin skips frontmatter and code).
  const mdxFiles = files.filter((file) => file.endsWith('.mdx'));
  for (const result of mdxFiles.length > 0 ? await linter.lintFiles(mdxFiles) : []) {
    for (const message of result.messages) report(result.filePath, message.line, message.column, message.message, message.ruleId);
  }
  // やさしい日本語: the stricter rules, and hard words only where the page explains them.
  const plainFiles = mdxFiles.filter((file) => isPlainJapanese(file, root));
  if (plainFiles.length > 0) {
    const plainLinter = createLinter({ descriptor: await loadTextlintrc({ configFilePath: '.textlintrc.yasashii.json' }) });
    for (const result of await plainLinter.lintFiles(plainFiles)) {
      for (const message of result.messages) report(result.filePath, message.line, message.column, message.message, `やさしい日本語: ${message.ruleId}`);
    }
    const hardWords = loadHardWords('yasashii-words.yml');
    for (const file of plainFiles) {
      for (const problem of unexplainedHardWords(readFileSync(file, 'utf8'), hardWords)) report(file, problem.line, problem.column, problem.message, 'やさしい日本語: 難しい言葉');
    }
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
