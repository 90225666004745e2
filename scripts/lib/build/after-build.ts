import { relative, resolve } from 'node:path';
import { accessibilityReleaseReasons } from '../../../src/lib/accessibility/release-warning.ts';
import { auditResultsFolder } from '../../../src/lib/accessibility/audit-results.ts';
import { completionPlaces } from '../../../src/lib/content/completions.ts';
import { unfilledSettings } from '../../../src/lib/schemas/site-settings.ts';
import { siteBuildOf, type BuildRun } from './pipeline.ts';

/** What a finished build tells the person who ran it: what is still to confirm or fill in, and whether it is a release. */
export function reportAfterBuild(run: BuildRun): void {
  const { root } = run;
  const build = siteBuildOf(run);
  const release = run.options.release;

  // Completions not yet checked against the ward's original: listed by every build, and only listed
  // (not refused) by a release, since the pages mark them as the editors' words and say whether each
  // has been checked (README: 補記を区の原本で確かめる).
  const toConfirm = completionPlaces(build.contentRoot).filter((place) => !place.confirmed);
  if (toConfirm.length > 0) {
    console.log(
      `\n${release ? '警告: 公開用のビルドですが、' : '注意: '}区の原本でまだ確かめていない補記が ${toConfirm.length} 件あります（サイトには〔 〕で補記と示し、「この文書について」に「未確認」と表示します）。確かめたら、:completion[…] の後に {confirmed} と書いてください。`,
    );
    for (const place of toConfirm) console.log(`  ${place.file}:${place.line}:${place.column} 〔${place.text}〕`);
  }

  // The accessibility test report says 一部準拠 until every criterion has a 適合 result: a release lists what is missing (README: アクセシビリティの試験結果).
  const a11yReasons = release ? accessibilityReleaseReasons({ resultsFolder: resolve(root, auditResultsFolder), contentRoot: build.contentRoot, distDir: run.paths.dist }) : [];
  if (a11yReasons.length > 0) {
    console.log(`\n警告: アクセシビリティの試験結果のページは「一部準拠」です。「準拠」と表示するには、次の ${a11yReasons.length} 件を解消してください（npm test の後にビルドする、content/accessibility-checks.yaml に人による確認を記入する）。`);
    for (const reason of a11yReasons) console.log(`  ${reason}`);
  }

  const unfilled = unfilledSettings(build.settings);
  if (release) console.log('\n公開用のビルドです（未記入の表示と「公開前の確認用」の帯はありません）。');
  else if (unfilled.length > 0) {
    console.log(`\n注意: これは公開前の確認用のビルドです。content/site.yaml に未記入の項目が ${unfilled.length} 件あります(サイトには「未記入」と表示されます): ${unfilled.join(', ')}。公開するときは npm run build -- --release で作ってください。`);
  }
  console.log(`\nビルドが完了しました: ${relative(root, run.paths.dist)}/`);
}
