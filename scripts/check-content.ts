// Checks everything in content/ and reports each problem as `path:line:column message`.
// Run by `npm run check` and first thing in `npm run build`, so an editor sees a clear
// message instead of a bundler's stack trace.
import { checkContent } from './lib/content-check/check-content-folder.ts';
import { contentFoldersFromEnvironment } from './lib/build-options.ts';

const { contentRoot, publicDir } = contentFoldersFromEnvironment();
const problems = checkContent({ root: contentRoot, publicDir });
for (const problem of problems) console.error(problem.toString());
if (problems.length > 0) {
  console.error(`\ncontent/ に ${problems.length} 件の問題があります。上の「ファイル:行:列」の箇所を直してから、もう一度実行してください。`);
  process.exit(1);
}
console.log('content/ の確認: 問題はありません。');
