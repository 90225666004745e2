import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { validateYamlData } from '../../src/lib/content/yaml.ts';
import { loadDataFile } from '../../src/lib/content/load-data-file.ts';
import { accessibilityChecksSchema } from '../../src/lib/schemas/accessibility-checks.ts';

const file = 'content/accessibility-checks.yaml';
const shipped = readFileSync(file, 'utf8');

test('the shipped file is valid, lists the 26 criteria a person must check, and claims no check was made', () => {
  const { data, problems } = validateYamlData(shipped, file, accessibilityChecksSchema);
  expect(problems.map(String)).toEqual([]);
  expect(data!.checks).toHaveLength(26);
  for (const check of data!.checks) expect(check).toEqual({ criterion: check.criterion, checkedBy: null, checkedOn: null, result: '未確認', note: null });
});

/** The shipped file with its first entry (1.1.1: criterion on line 16, then checkedBy, checkedOn, result and note) replaced. */
const withFirst = (entry: string) => shipped.replace(/  - criterion: "1\.1\.1"\n(    .*\n)+/, entry);

test('適合 without who and when: the file, the line and the field, and what to write', () => {
  const { problems } = validateYamlData(withFirst('  - criterion: "1.1.1"\n    checkedBy: null\n    checkedOn: null\n    result: 適合\n    note: null\n'), file, accessibilityChecksSchema);
  expect(problems.map(String)).toEqual([
    expect.stringMatching(/^content\/accessibility-checks\.yaml:17:\d+ 「checks\[1番目\]\.checkedBy」: .*確かめた人/),
    expect.stringMatching(/^content\/accessibility-checks\.yaml:18:\d+ 「checks\[1番目\]\.checkedOn」: .*2027-01-15 のように/),
  ]);
});

test('a date in another form, an unknown outcome, a criterion no person checks and a missing one are each named', () => {
  const { problems } = validateYamlData(withFirst('  - criterion: "1.2.1"\n    checkedBy: 協働推進課\n    checkedOn: 2027/01/15\n    result: 済み\n    note: null\n'), file, accessibilityChecksSchema);
  const text = problems.map(String);
  expect(text).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^content\/accessibility-checks\.yaml:18:\d+ 「checks\[1番目\]\.checkedOn」の形式が正しくありません/),
      expect.stringMatching(/^content\/accessibility-checks\.yaml:19:\d+ 「checks\[1番目\]\.result」に使える値は「適合」、「不適合」、「未確認」のどれかです。/),
    ]),
  );
  // Fixed outcome and date, the wrong criterion remains: it is named, and so is the one now missing.
  const second = validateYamlData(withFirst('  - criterion: "1.2.1"\n    checkedBy: null\n    checkedOn: null\n    result: 未確認\n    note: null\n'), file, accessibilityChecksSchema).problems.map(String);
  expect(second).toEqual([
    expect.stringMatching(/^content\/accessibility-checks\.yaml:16:\d+ 「checks\[1番目\]\.criterion」: 「1\.2\.1」は、人が確かめる達成基準ではありません/),
    expect.stringMatching(/^content\/accessibility-checks\.yaml:\d+:\d+ 「checks」: 人が確かめる達成基準 1\.1\.1 の項目がありません/),
  ]);
});

test('不適合 needs a note saying what fails', () => {
  const { problems } = validateYamlData(withFirst('  - criterion: "1.1.1"\n    checkedBy: 協働推進課\n    checkedOn: 2027-01-15\n    result: 不適合\n    note: null\n'), file, accessibilityChecksSchema);
  expect(problems.map(String)).toEqual([expect.stringMatching(/^content\/accessibility-checks\.yaml:20:\d+ 「checks\[1番目\]\.note」: 不適合のときは/)]);
});

test('a filled check is read as written', () => {
  const { data, problems } = validateYamlData(withFirst('  - criterion: "1.1.1"\n    checkedBy: 協働推進課\n    checkedOn: 2027-01-15\n    result: 適合\n    note: 画像の代替テキストを全ページで確認\n'), file, accessibilityChecksSchema);
  expect(problems).toEqual([]);
  expect(data!.checks[0]).toEqual({ criterion: '1.1.1', checkedBy: '協働推進課', checkedOn: '2027-01-15', result: '適合', note: '画像の代替テキストを全ページで確認' });
});

test('the data file is registered: loading a content folder with a broken one throws, naming the file and field', () => {
  const root = mkdtempSync(join(tmpdir(), 'a11y-checks-'));
  mkdirSync(join(root, 'forms'));
  const broken = parse(shipped) as { checks: Record<string, unknown>[] };
  broken.checks[0]!.result = '適合';
  writeFileSync(join(root, 'accessibility-checks.yaml'), JSON.stringify(broken, null, 2));
  expect(() => loadDataFile(root, 'accessibilityChecks')).toThrow(/accessibility-checks\.yaml:\d+:\d+ 「checks\[1番目\]\.checkedBy」/);
});
