// Reports the content against the amounts the first release was accepted with (guidebook
// chapters, checklist items, case stories, characters; glossary terms). Editorial targets, not
// rules of the text: run by `npm test` as one check of its own, and by `npm run check:acceptance`.
import { measureContent } from './lib/acceptance/content-acceptance.ts';
import { contentSourceFromEnvironment } from './lib/content-folders.ts';

const results = measureContent(contentSourceFromEnvironment().root);
const short = results.filter((result) => result.found < result.minimum);
for (const result of results) console.log(`${result.found >= result.minimum ? '✔' : '✘'} ${result.label}: ${result.found.toLocaleString('ja-JP')}（目標 ${result.minimum.toLocaleString('ja-JP')} 以上）`);
if (short.length > 0) {
  console.error(`\n原稿の量が、受け入れのときの目標を ${short.length} 項目で下回っています: ${short.map((result) => `${result.label}があと ${(result.minimum - result.found).toLocaleString('ja-JP')}`).join('、')}。削ったのが意図どおりなら、scripts/lib/acceptance/content-acceptance.ts の目標を見直してください。`);
  process.exit(1);
}
