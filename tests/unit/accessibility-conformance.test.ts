import { expect, test } from 'vitest';
import { judgeConformance } from '../../src/lib/accessibility/conformance.ts';
import { violationPlaces } from '../../src/lib/accessibility/report-text.ts';
import { combineAuditRecords, type AuditResults, type PageAuditRecord } from '../../src/lib/accessibility/audit-results.ts';
import type { Criterion } from '../../src/lib/accessibility/criteria.ts';
import type { PersonCheck } from '../../src/lib/schemas/accessibility-checks.ts';

// A small hand-made list: one criterion for tools alone, one for tools and a person, one for a person alone, one that does not apply.
const criteria: Criterion[] = [
  { number: '3.1.1', name: 'ページの言語', level: 'A', tools: ['axe'], person: false },
  { number: '1.1.1', name: '非テキストコンテンツ', level: 'A', tools: ['axe', 'ibm'], person: true },
  { number: '2.4.5', name: '複数の手段', level: 'AA', tools: [], person: true },
  { number: '1.2.2', name: 'キャプション（収録済み）', level: 'A', notApplicable: '映像がありません。', tools: ['axe'], person: true },
];
const scope = ['/', '/guideline/'];
const cleanRun: AuditResults = {
  testedFrom: '2027-01-10T01:00:00.000Z',
  testedUntil: '2027-01-10T01:05:00.000Z',
  builtAt: '2027-01-10T00:50:00.000Z',
  tools: [],
  pages: [
    { path: '/', tools: ['axe', 'ibm'], violations: [] },
    { path: '/guideline/', tools: ['axe', 'ibm'], violations: [] },
  ],
};
const checked = (criterion: string, result: PersonCheck['result'] = '適合'): PersonCheck => ({ criterion, checkedBy: '協働推進課', checkedOn: '2027-01-12', result, note: null });
const allChecked = [checked('1.1.1'), checked('2.4.5')];

test('every applicable criterion met by the tools and, where needed, a person: 準拠, with no reasons', () => {
  const report = judgeConformance({ criteria, results: cleanRun, scope, checks: allChecked });
  expect(report.degree).toBe('準拠');
  expect(report.reasons).toEqual([]);
  expect(report.rows.map((row) => [row.criterion.number, row.result])).toEqual([
    ['3.1.1', '適合'],
    ['1.1.1', '適合'],
    ['2.4.5', '適合'],
    ['1.2.2', '非適用'],
  ]);
});

test('one person’s check missing: 一部準拠, naming that criterion only', () => {
  const report = judgeConformance({ criteria, results: cleanRun, scope, checks: [checked('1.1.1')] });
  expect(report.degree).toBe('一部準拠');
  expect(report.reasons).toEqual(['2.4.5 複数の手段: 人による確認がまだです。']);
  expect(report.rows.find((row) => row.criterion.number === '2.4.5')?.result).toBe('未確認');
});

test('a check written as 未確認 counts as missing, and 不適合 is a failure', () => {
  expect(judgeConformance({ criteria, results: cleanRun, scope, checks: [checked('1.1.1'), checked('2.4.5', '未確認')] }).degree).toBe('一部準拠');
  const failed = judgeConformance({ criteria, results: cleanRun, scope, checks: [checked('1.1.1', '不適合'), checked('2.4.5')] });
  expect(failed.degree).toBe('一部準拠');
  expect(failed.reasons).toEqual(['1.1.1 非テキストコンテンツ: 人による確認で「不適合」でした。']);
  expect(failed.rows.find((row) => row.criterion.number === '1.1.1')?.result).toBe('不適合');
});

test('a machine violation: 一部準拠, the criterion 不適合 even though a person found it met', () => {
  const results: AuditResults = {
    ...cleanRun,
    pages: [
      { path: '/', tools: ['axe', 'ibm'], violations: [{ tool: 'ibm', rule: 'img_alt_valid', criteria: ['1.1.1'], count: 2 }] },
      { path: '/guideline/', tools: ['axe', 'ibm'], violations: [] },
    ],
  };
  const report = judgeConformance({ criteria, results, scope, checks: allChecked });
  expect(report.degree).toBe('一部準拠');
  expect(report.reasons).toEqual(['1.1.1 非テキストコンテンツ: 検査ツールが 1 ページで 2 件の違反を見つけました。']);
  expect(report.rows.find((row) => row.criterion.number === '1.1.1')?.result).toBe('不適合');
  expect(report.rows.find((row) => row.criterion.number === '3.1.1')?.result).toBe('適合');
  // The row's note says where.
  expect(violationPlaces(report.rows.find((row) => row.criterion.number === '1.1.1')?.machine)).toBe('違反のあるページ: /（img_alt_valid）');
});

test('a criterion failing on the tools and unchecked by a person gives one line with both reasons', () => {
  const results: AuditResults = { ...cleanRun, pages: [{ path: '/', tools: ['axe', 'ibm'], violations: [{ tool: 'axe', rule: 'image-alt', criteria: ['1.1.1'], count: 1 }] }, cleanRun.pages[1]!] };
  expect(judgeConformance({ criteria, results, scope, checks: [checked('2.4.5')] }).reasons).toEqual(['1.1.1 非テキストコンテンツ: 検査ツールが 1 ページで 1 件の違反を見つけました。人による確認がまだです。']);
});

test('a violation filed under a criterion of a tool the criterion does not list, or under a WCAG 2.2 criterion, changes nothing', () => {
  const results: AuditResults = {
    ...cleanRun,
    pages: [
      { path: '/', tools: ['axe', 'ibm'], violations: [{ tool: 'axe', rule: 'target-size', criteria: ['2.5.8'], count: 1 }] },
      { path: '/guideline/', tools: ['axe', 'ibm'], violations: [] },
    ],
  };
  const report = judgeConformance({ criteria, results, scope, checks: allChecked });
  expect(report.degree).toBe('準拠');
  expect(report.otherViolations.map((violation) => `${violation.path} ${violation.rule}`)).toEqual(['/ target-size']);
});

test('非適用 criteria are ignored: no check, no machine result and a violation filed under one leave the site 準拠', () => {
  const results: AuditResults = { ...cleanRun, pages: [{ path: '/', tools: ['axe', 'ibm'], violations: [{ tool: 'axe', rule: 'video-caption', criteria: ['1.2.2'], count: 1 }] }, cleanRun.pages[1]!] };
  const report = judgeConformance({ criteria, results, scope, checks: allChecked });
  expect(report.degree).toBe('準拠');
  expect(report.rows.find((row) => row.criterion.number === '1.2.2')).toEqual({ criterion: criteria[3], result: '非適用', reasons: [] });
});

test('no machine results: never 準拠, even with every person’s check made; the tools’ criteria are 未確認', () => {
  const report = judgeConformance({ criteria, results: undefined, scope, checks: allChecked });
  expect(report.degree).toBe('一部準拠');
  expect(report.hasMachineResults).toBe(false);
  expect(report.reasons).toEqual([
    '検査ツールによる試験の結果がありません。',
    '3.1.1 ページの言語: 検査ツールによる試験の結果がありません。',
    '1.1.1 非テキストコンテンツ: 検査ツールによる試験の結果がありません。',
  ]);
  expect(report.rows.find((row) => row.criterion.number === '2.4.5')?.result).toBe('適合');
});

test('a page of the sitemap the run did not test keeps the site at 一部準拠, and so does a page one tool skipped', () => {
  const untested = judgeConformance({ criteria, results: { ...cleanRun, pages: [cleanRun.pages[0]!] }, scope, checks: allChecked });
  expect(untested.degree).toBe('一部準拠');
  expect(untested.untestedPages).toEqual(['/guideline/']);
  expect(untested.reasons[0]).toBe('検査ツールの試験結果がないページが 1 ページあります。');
  const ibmSkipped = judgeConformance({ criteria, results: { ...cleanRun, pages: [cleanRun.pages[0]!, { path: '/guideline/', tools: ['axe'], violations: [] }] }, scope, checks: allChecked });
  expect(ibmSkipped.degree).toBe('一部準拠');
  expect(ibmSkipped.reasons).toEqual(['1.1.1 非テキストコンテンツ: 検査ツールの試験結果がないページが 1 ページあります。']);
});

test('records of an older build are left out when combining a run; Nu’s pages are merged into the same pages', () => {
  const record = (path: string, builtAt: string, rule?: string): PageAuditRecord => ({
    path,
    testedAt: `${builtAt.slice(0, 10)}T02:00:00.000Z`,
    builtAt,
    tools: [{ tool: 'axe', package: 'axe-core', version: '4.14.1' }],
    violations: rule ? [{ tool: 'axe', rule, criteria: ['1.1.1'], count: 1 }] : [],
  });
  const combined = combineAuditRecords([record('/', '2027-01-10T00:00:00.000Z'), record('/old/', '2027-01-01T00:00:00.000Z', 'image-alt')], {
    testedAt: '2027-01-10T03:00:00.000Z',
    builtAt: '2027-01-10T00:00:00.000Z',
    tool: { tool: 'nu', package: 'vnu-jar', version: '26.9.27' },
    pages: [{ path: '/', violations: [] }],
  })!;
  expect(combined.pages).toEqual([{ path: '/', tools: ['axe', 'nu'], violations: [] }]);
  expect(combined.testedUntil).toBe('2027-01-10T03:00:00.000Z');
  expect(combined.tools.map((tool) => `${tool.package} ${tool.version}`)).toEqual(['axe-core 4.14.1', 'vnu-jar 26.9.27']);
  expect(combineAuditRecords([], undefined)).toBeUndefined();
});
