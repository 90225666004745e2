// Fails when the code imports a package that package.json does not declare (a phantom
// dependency that arrives only through another package), or breaks the layers (issue 27:
// src/lib/ imports only src/lib/ and packages, no import cycles, scripts/ do not import
// src/integrations/). Part of `npm run check`.
import { undeclaredImports } from './lib/dependencies/undeclared-imports.ts';
import { checkLayers } from './lib/dependencies/layers.ts';

let failed = false;
const problems = undeclaredImports(process.cwd());
for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(`\npackage.json にない ${problems.length} 個のパッケージを読み込んでいます。npm install --save-dev <パッケージ名> で宣言してください。\n`);
  failed = true;
} else {
  console.log('読み込むパッケージの確認: すべて package.json にあります。');
}

const layers = checkLayers(process.cwd());
for (const problem of layers) console.error(problem);
if (layers.length > 0) {
  console.error(`\n層の決まりに ${layers.length} か所違反しています（src/lib/ は src/lib/ とパッケージだけを読み込む、読み込みを循環させない、scripts/ は src/integrations/ を読み込まない）。`);
  failed = true;
} else {
  console.log('層の確認: src/lib/ は外を読み込まず、循環もなく、スクリプトはインテグレーションを読み込んでいません。');
}
if (failed) process.exit(1);
