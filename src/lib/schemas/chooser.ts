import { z } from 'zod';
import { reference, slugId as id, text } from './fields.ts';
import { walkChooser } from '../chooser/walk-questions.ts';
import { factsSchema } from '../chooser/traits.ts';

const answerSchema = z
  .object({
    /** What the reader clicks; the result quotes it back to them. */
    label: text,
    /** What choosing it says about the project (src/lib/chooser/traits.ts), e.g. `owner: group`; a list asks for a combination, e.g. `support: [name, help]`. */
    facts: factsSchema,
    /** The next question's id; without it, the answer ends the path and the form that fits every fact on it is the result. */
    next: id.optional(),
  })
  .strict();

const questionSchema = (guidebookIds: readonly string[]) =>
  z
    .object({
      /** Address of the question's page: /forms/choose/<id>/. */
      id,
      /** The question, one plain sentence. */
      question: text,
      /** One sentence of help under the question. */
      help: text.optional(),
      /** A guidebook page that every result reached through this question lists first under 「次にすること」 for staff. */
      guide: reference(guidebookIds).optional(),
      /** A measure the guideline announces (content/site.yaml status) whose present state every result through this question shows a group. */
      status: z.enum(['proposalSystem', 'evaluation', 'coordinator']).optional(),
      /** Two to four answers. */
      answers: z.array(answerSchema).min(2).max(4),
    })
    .strict();

/**
 * Schema of `content/chooser.yaml`, the 「どの形態が合う?」 questions. Besides the shape of each
 * entry it checks the tree as a whole: every link resolves, no path loops or runs longer than
 * four questions, every question is reachable, and no path states a fact twice. Which form each
 * path ends on is worked out from the forms' own traits (src/lib/chooser/tree.ts), and the
 * content check reports a path that fits no form or several.
 */
export const chooserSchema = (guidebookIds: readonly string[]) =>
  z
    .object({
      /** Id of the first question. */
      start: id,
      questions: z.array(questionSchema(guidebookIds)).min(1),
    })
    .strict()
    .superRefine((chooser, context) => {
      const questionIndex = new Map(chooser.questions.map((question, index) => [question.id, index]));
      chooser.questions.forEach((question, q) => {
        if (questionIndex.get(question.id) !== q) context.addIssue({ code: 'custom', path: ['questions', q, 'id'], message: `id「${question.id}」が重複しています。質問ごとに別の id にしてください` });
      });
      if (!questionIndex.has(chooser.start)) {
        context.addIssue({ code: 'custom', path: ['start'], message: `最初の質問「${chooser.start}」が questions にありません` });
        return;
      }
      chooser.questions.forEach((question, q) =>
        question.answers.forEach((answer, a) => {
          if (answer.next !== undefined && question.answers.findIndex((other) => other.next === answer.next) !== a)
            context.addIssue({ code: 'custom', path: ['questions', q, 'answers', a, 'next'], message: `同じ質問の二つの答えが、同じ次の質問「${answer.next}」に進みます。答えを一つにまとめてください` });
          if (answer.next !== undefined && !questionIndex.has(answer.next))
            context.addIssue({ code: 'custom', path: ['questions', q, 'answers', a, 'next'], message: `次の質問「${answer.next}」が questions にありません` });
        }),
      );
      const { reached, problems } = walkChooser(chooser);
      for (const problem of problems) context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
      chooser.questions.forEach((question, q) => {
        if (!reached.has(question.id)) context.addIssue({ code: 'custom', path: ['questions', q, 'id'], message: `質問「${question.id}」には、どの答えからもたどり着けません` });
      });
    });

export type Chooser = z.output<ReturnType<typeof chooserSchema>>;
export type ChooserQuestion = Chooser['questions'][number];
export type ChooserAnswer = ChooserQuestion['answers'][number];
