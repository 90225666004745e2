import { t } from '../i18n/ja.ts';
import { fill } from '../text/fill-template.ts';
import type { AuditViolation } from './audit-results.ts';
import type { CriterionJudgement } from './conformance.ts';


/** A template with `{count}` filled with the number of failing elements. */
export const formatViolationCount = (template: string, violations: readonly AuditViolation[]) => fill(template, { count: violations.reduce((sum, violation) => sum + violation.count, 0) });

/** The report's cell for a person's check: the outcome, and for a made check its date and who made it. */
export function personCheckLabel(person: NonNullable<CriterionJudgement['person']>): string {
  const { outcome, check } = person;
  if (outcome === '未確認' || !check?.checkedOn || !check.checkedBy) return outcome;
  return `${outcome}（${fill(t('a11yReport.checkedBy'), { date: check.checkedOn, who: check.checkedBy })}）`;
}

/** The report's cell for the tools' judgement of a criterion. */
export function machineCellLabel(machine: CriterionJudgement['machine'], scopeSize: number): string {
  if (!machine) return t('a11yReport.none');
  if (machine.violations.length > 0) return formatViolationCount(t('a11yReport.machine.fail'), machine.violations);
  if (machine.untested.length === 0) return t('a11yReport.machine.pass');
  return machine.untested.length >= scopeSize ? t('a11yReport.machine.missing') : fill(t('a11yReport.machine.partial'), { pages: machine.untested.length });
}

/** For a criterion the tools found failing, where: the first few pages with the rules that failed there, and how many more. */
export function violationPlaces(machine: CriterionJudgement['machine'], shown = 5): string | undefined {
  if (!machine || machine.violations.length === 0) return undefined;
  const rules = new Map<string, Set<string>>();
  for (const violation of machine.violations) rules.set(violation.path, (rules.get(violation.path) ?? new Set()).add(violation.rule));
  const places = [...rules].slice(0, shown).map(([path, names]) => `${path}（${[...names].join('、')}）`);
  if (rules.size > shown) places.push(fill(t('a11yReport.violationsMore'), { count: rules.size - shown }));
  return fill(t('a11yReport.violationsAt'), { pages: places.join('、') });
}
