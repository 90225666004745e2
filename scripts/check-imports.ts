// Fails when the code imports a package that package.json does not declare (a phantom
// dependency that arrives only through another package). Part of `npm run check`.
import { undeclaredImports } from './lib/dependencies/undeclared-imports.ts';

const problems = undeclaredImports(process.cwd());
for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(`\npackage.json にない ${problems.length} 個のパッケージを読み込んでいます。npm install --save-dev <パッケージ名> で宣言してください。`);
  process.exit(1);
}
console.log('読み込むパッケージの確認: すべて package.json にあります。');
