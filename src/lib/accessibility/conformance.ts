import { t } from '../i18n/ja.ts';
import type { PersonCheck, PersonOutcome } from '../schemas/accessibility-checks.ts';
import type { AuditResults, AuditViolation } from './audit-results.ts';
import { applies, type Criterion } from './criteria.ts';
import { fill } from '../text/fill-template.ts';

/** A result in the words of the test report. */
export type Outcome = PersonOutcome;

/** The degree of conformance a report may state (みんなの公共サイト運用ガイドライン). */
export type ConformanceDegree = '準拠' | '一部準拠';

/** One tool's failure of a criterion on one page. */
export interface PageViolation extends AuditViolation {
  path: string;
}

/** What the test run's tools say about one criterion. */
export interface MachineJudgement {
  outcome: Outcome;
  /** Failures of the criterion's rules, page by page. */
  violations: PageViolation[];
  /** Pages in scope that one of the criterion's tools has no result for. */
  untested: string[];
}

/** One criterion's row of the report. */
export interface CriterionJudgement {
  criterion: Criterion;
  /** The tools' judgement, where the criterion has tools and applies. */
  machine?: MachineJudgement;
  /** The person's check, where the criterion needs one and applies; a criterion missing from the file counts as 未確認. */
  person?: { outcome: Outcome; check: PersonCheck | undefined };
  /** 適合 only when every part that applies is 適合; 非適用 for a criterion that does not apply. */
  result: Outcome | '非適用';
  /** Why the result is not 適合, a sentence for each part that is not (empty for 適合 and 非適用). */
  reasons: string[];
}

/** The report's verdict: the degree, each criterion's row, and why the degree is not 準拠. */
export interface ConformanceReport {
  degree: ConformanceDegree;
  rows: CriterionJudgement[];
  /** Every reason the site is not 準拠: the site-wide ones first, then one line for each criterion that is not 適合, in order. */
  reasons: string[];
  /** Whether the test run left machine results at all. */
  hasMachineResults: boolean;
  /** Pages in scope without results from every tool. */
  untestedPages: string[];
  /** Failures the tools file under no JIS X 8341-3:2016 criterion (WCAG 2.1 and 2.2 additions, or none): listed, not judged. */
  otherViolations: PageViolation[];
}



/** The worse of two outcomes: 不適合 over 未確認 over 適合. */
const worse = (a: Outcome, b: Outcome): Outcome => (a === '不適合' || b === '不適合' ? '不適合' : a === '未確認' || b === '未確認' ? '未確認' : '適合');

function judgeMachine(criterion: Criterion, results: AuditResults | undefined, scope: readonly string[]): MachineJudgement {
  if (!results) return { outcome: '未確認', violations: [], untested: [...scope] };
  const violations = results.pages.flatMap((page) =>
    page.violations.filter((violation) => criterion.tools.includes(violation.tool) && violation.criteria.includes(criterion.number)).map((violation) => ({ ...violation, path: page.path })),
  );
  const toolsOf = new Map(results.pages.map((page) => [page.path, page.tools]));
  const untested = scope.filter((path) => criterion.tools.some((tool) => !(toolsOf.get(path) ?? []).includes(tool)));
  return { outcome: violations.length > 0 ? '不適合' : untested.length > 0 ? '未確認' : '適合', violations, untested };
}

/**
 * Judges every criterion from the test run's machine results (`results`, undefined when there are
 * none), the pages the report covers (`scope`: every page of the sitemap) and the people's checks,
 * and states the degree: 準拠 only when every criterion that applies is 適合 — the tools found
 * nothing on any page in scope, each tool that has rules for it checked every such page, and a
 * person found it met where a person must look; 一部準拠 otherwise, with the reasons.
 */
export function judgeConformance(input: { criteria: readonly Criterion[]; results: AuditResults | undefined; scope: readonly string[]; checks: readonly PersonCheck[] }): ConformanceReport {
  const { criteria, results, scope, checks } = input;
  const rows = criteria.map((criterion): CriterionJudgement => {
    if (!applies(criterion)) return { criterion, result: '非適用', reasons: [] };
    const row: CriterionJudgement & { result: Outcome } = { criterion, result: '適合', reasons: [] };
    if (criterion.tools.length > 0) {
      row.machine = judgeMachine(criterion, results, scope);
      row.result = worse(row.result, row.machine.outcome);
      if (row.machine.violations.length > 0) {
        const count = row.machine.violations.reduce((sum, violation) => sum + violation.count, 0);
        const pages = new Set(row.machine.violations.map((violation) => violation.path)).size;
        row.reasons.push(fill(t('a11yReport.reason.machineFail'), { count, pages }));
      } else if (!results) row.reasons.push(t('a11yReport.reason.machineMissing'));
      else if (row.machine.untested.length > 0) row.reasons.push(fill(t('a11yReport.reason.machineUntested'), { pages: row.machine.untested.length }));
    }
    if (criterion.person) {
      const check = checks.find((item) => item.criterion === criterion.number);
      const outcome = check?.result ?? '未確認';
      row.person = { outcome, check };
      row.result = worse(row.result, outcome);
      if (outcome === '不適合') row.reasons.push(t('a11yReport.reason.personFail'));
      if (outcome === '未確認') row.reasons.push(t('a11yReport.reason.personMissing'));
    }
    return row;
  });
  const judged = new Set(criteria.map((criterion) => criterion.number));
  const otherViolations = (results?.pages ?? []).flatMap((page) => page.violations.filter((violation) => !violation.criteria.some((number) => judged.has(number))).map((violation) => ({ ...violation, path: page.path })));
  const tested = new Set((results?.pages ?? []).map((page) => page.path));
  const untestedPages = scope.filter((path) => !tested.has(path));
  // A failure a tool files under no criterion at all cannot be judged here: it keeps the site from 準拠 until someone looks.
  const unfiled = otherViolations.filter((violation) => violation.criteria.length === 0);
  const siteReasons = [
    ...(!results ? [t('a11yReport.reason.noResults')] : untestedPages.length > 0 ? [fill(t('a11yReport.reason.untestedPages'), { pages: untestedPages.length })] : []),
    ...(unfiled.length > 0 ? [fill(t('a11yReport.reason.unfiled'), { count: unfiled.length })] : []),
  ];
  const reasons = [
    ...siteReasons,
    ...rows.filter((row) => row.reasons.length > 0).map((row) => fill(t('a11yReport.reason.criterion'), { criterion: `${row.criterion.number} ${row.criterion.name}`, reasons: row.reasons.join('') })),
  ];
  const degree: ConformanceDegree = siteReasons.length === 0 && rows.every((row) => row.result === '適合' || row.result === '非適用') ? '準拠' : '一部準拠';
  return { degree, rows, reasons, hasMachineResults: results !== undefined, untestedPages, otherViolations };
}
