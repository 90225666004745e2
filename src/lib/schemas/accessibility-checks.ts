import { z } from 'zod';
import { personCheckedCriteria } from '../accessibility/criteria.ts';

/** The outcome of a person's check, in the words of the test report. */
export const personOutcomes = ['適合', '不適合', '未確認'] as const;
export type PersonOutcome = (typeof personOutcomes)[number];

/** A value the editor fills in once someone has checked: `null` until then. */
const fillable = z.string().trim().min(1).nullable();

/** One success criterion's check by a person. */
const checkSchema = z
  .object({
    /** The criterion's number as JIS X 8341-3:2016 writes it, in quotes: "1.1.1". */
    criterion: z.string(),
    /** Who checked (a name or a department): null until someone has. */
    checkedBy: fillable,
    /** The day the check was made, 2027-01-15: null until then. */
    checkedOn: z.iso.date({ message: '日付は 2027-01-15 のように書いてください' }).nullable(),
    /** 適合, 不適合 or 未確認 (未確認 until someone has checked). */
    result: z.enum(personOutcomes),
    /** What was looked at, and for 不適合 what fails and where: null when there is nothing to say. */
    note: fillable,
  })
  .strict();

/**
 * Schema of `content/accessibility-checks.yaml`: the checks a person makes for each success
 * criterion that applies to the site and that the test run's tools cannot decide alone (see
 * src/lib/accessibility/criteria.ts). Every such criterion is listed once; an outcome other than
 * 未確認 names who checked and when, and 不適合 says what fails.
 */
export const accessibilityChecksSchema = z
  .object({
    /** The checks, one per criterion. */
    checks: z.array(checkSchema),
  })
  .strict()
  .superRefine(({ checks }, context) => {
    const expected = personCheckedCriteria().map((criterion) => criterion.number);
    const seen = new Map<string, number>();
    checks.forEach((check, index) => {
      if (!expected.includes(check.criterion)) {
        context.addIssue({
          code: 'custom',
          path: ['checks', index, 'criterion'],
          message: `「${check.criterion}」は、人が確かめる達成基準ではありません。"1.1.1" のように引用符で囲んで、次のどれかを書いてください: ${expected.join('、')}`,
        });
        return;
      }
      const first = seen.get(check.criterion);
      if (first !== undefined) context.addIssue({ code: 'custom', path: ['checks', index, 'criterion'], message: `「${check.criterion}」は ${first + 1} 番目にもあります。一つにまとめてください` });
      else seen.set(check.criterion, index);
      if (check.result !== '未確認') {
        if (check.checkedBy === null) context.addIssue({ code: 'custom', path: ['checks', index, 'checkedBy'], message: `結果を「${check.result}」にするときは、確かめた人（氏名または担当）を書いてください。まだ確かめていなければ result を 未確認 にしてください` });
        if (check.checkedOn === null) context.addIssue({ code: 'custom', path: ['checks', index, 'checkedOn'], message: `結果を「${check.result}」にするときは、確かめた日を 2027-01-15 のように書いてください` });
      }
      if (check.result === '不適合' && check.note === null) context.addIssue({ code: 'custom', path: ['checks', index, 'note'], message: '不適合のときは、どこが基準を満たさないかを note に書いてください' });
    });
    const missing = expected.filter((number) => !seen.has(number));
    if (missing.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['checks'],
        message: `人が確かめる達成基準 ${missing.join('、')} の項目がありません。まだ確かめていなくても、result: 未確認 として書いておいてください`,
      });
    }
  });

export type AccessibilityChecks = z.output<typeof accessibilityChecksSchema>;
export type PersonCheck = AccessibilityChecks['checks'][number];
