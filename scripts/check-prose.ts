// Checks our own Japanese prose with textlint (preset-ja-technical-writing, configured in
// .textlintrc.json): the MDX bodies, and the sentences inside frontmatter and YAML data files.
// The guideline's official wording is exempt. Reports `path:line:column message`.
import { checkProse } from './lib/prose/lint-prose.ts';
import { contentFoldersFromEnvironment } from './lib/build-options.ts';

const problems = await checkProse(contentFoldersFromEnvironment().contentRoot);
for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(`\n文章に ${problems.length} 件の指摘があります。上の「ファイル:行:列」の文を直してください。`);
  process.exit(1);
}
console.log('文章の確認（textlint）: 指摘はありません。');
