import { z } from 'zod';
import { reference, slugId as id, text } from './fields.ts';
import { walkChooser } from '../chooser/tree.ts';

const answerSchema = z
  .object({
    /** What the reader clicks. */
    label: text,
    /** The next question's id… */
    next: id.optional(),
    /** …or the result's id: exactly one of the two. */
    result: id.optional(),
  })
  .strict()
  .refine((answer) => (answer.next === undefined) !== (answer.result === undefined), {
    message: '答えには next（次の質問）か result（結果）のどちらか1つを書いてください',
  });

const questionSchema = z
  .object({
    /** Address of the question's page: /forms/choose/<id>/. */
    id,
    /** The question, one plain sentence. */
    question: text,
    /** One sentence of help under the question. */
    help: text.optional(),
    /** Two to four answers. */
    answers: z.array(answerSchema).min(2).max(4),
  })
  .strict();

const resultSchema = (formIds: readonly string[]) => z
  .object({
    /** Address of the result's page: /forms/choose/<id>/. */
    id,
    /** The recommendation in a sentence, e.g. 「委託が合いそうです」. */
    heading: text,
    /** Why the answers lead here. */
    summary: text,
    /** One to three forms, best first, each with the reason. */
    recommend: z.array(z.object({ /** Form slug. */ form: reference(formIds), /** Why it fits. */ reason: text }).strict()).min(1).max(3),
  })
  .strict();

/**
 * Schema of `content/chooser.yaml`, the 「どの形態が合う?」 decision tree. Besides the shape of
 * each entry it checks the tree as a whole: every link resolves, no path loops or runs longer
 * than four questions, every question and result is reachable, and every form (`formIds`, the
 * form pages that exist) is recommended.
 */
export const chooserSchema = (formIds: readonly string[]) => z
  .object({
    /** Id of the first question. */
    start: id,
    questions: z.array(questionSchema).min(1),
    results: z.array(resultSchema(formIds)).min(1),
  })
  .strict()
  .superRefine((chooser, context) => {
    const questionIndex = new Map(chooser.questions.map((question, index) => [question.id, index]));
    const resultIndex = new Map(chooser.results.map((result, index) => [result.id, index]));
    const seen = new Set<string>();
    [...chooser.questions, ...chooser.results].forEach((entry, index) => {
      const inQuestions = index < chooser.questions.length;
      const path = inQuestions ? ['questions', index, 'id'] : ['results', index - chooser.questions.length, 'id'];
      if (seen.has(entry.id)) context.addIssue({ code: 'custom', path, message: `id「${entry.id}」が重複しています。質問と結果を通して一つずつ別の id にしてください` });
      seen.add(entry.id);
    });
    if (!questionIndex.has(chooser.start)) {
      context.addIssue({ code: 'custom', path: ['start'], message: `最初の質問「${chooser.start}」が questions にありません` });
      return;
    }
    chooser.questions.forEach((question, q) =>
      question.answers.forEach((answer, a) => {
        const target = answer.next ?? answer.result;
        if (question.answers.findIndex((other) => (other.next ?? other.result) === target) !== a)
          context.addIssue({ code: 'custom', path: ['questions', q, 'answers', a], message: `同じ質問の中で、二つの答えが同じ行き先「${target}」になっています。答えを一つにまとめてください` });
        if (answer.next !== undefined && !questionIndex.has(answer.next))
          context.addIssue({ code: 'custom', path: ['questions', q, 'answers', a, 'next'], message: `次の質問「${answer.next}」が questions にありません` });
        if (answer.result !== undefined && !resultIndex.has(answer.result))
          context.addIssue({ code: 'custom', path: ['questions', q, 'answers', a, 'result'], message: `結果「${answer.result}」が results にありません` });
      }),
    );
    const { reached, problems } = walkChooser(chooser);
    for (const problem of problems) context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    chooser.questions.forEach((question, q) => {
      if (!reached.has(question.id)) context.addIssue({ code: 'custom', path: ['questions', q, 'id'], message: `質問「${question.id}」には、どの答えからもたどり着けません` });
    });
    chooser.results.forEach((result, r) => {
      if (!reached.has(result.id)) context.addIssue({ code: 'custom', path: ['results', r, 'id'], message: `結果「${result.id}」には、どの答えからもたどり着けません` });
    });
    const recommended = new Set(chooser.results.filter((result) => reached.has(result.id)).flatMap((result) => result.recommend.map((item) => item.form)));
    const never = formIds.filter((form) => !recommended.has(form));
    if (never.length > 0) context.addIssue({ code: 'custom', path: ['results'], message: `どの結果でも勧められていない形態があります: ${never.join('、')}` });
  });

export type Chooser = z.output<ReturnType<typeof chooserSchema>>;
export type ChooserQuestion = Chooser['questions'][number];
export type ChooserResult = Chooser['results'][number];
