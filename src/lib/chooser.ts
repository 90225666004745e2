import { z } from 'zod';
import { formSlugs } from './content-schemas.ts';
import { loadYamlFile } from './yaml-data.ts';
import { contentPath } from './content-root.ts';

/** Where the chooser's questions and results live, inside the content folder. */
export const chooserPath = 'chooser.yaml';

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, '半角英小文字・数字・ハイフン');
const text = z.string().trim().min(1);

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

const resultSchema = z
  .object({
    /** Address of the result's page: /forms/choose/<id>/. */
    id,
    /** The recommendation in a sentence, e.g. 「委託が合いそうです」. */
    heading: text,
    /** Why the answers lead here. */
    summary: text,
    /** One to three forms, best first, each with the reason. */
    recommend: z.array(z.object({ /** Form slug. */ form: z.enum(formSlugs), /** Why it fits. */ reason: text }).strict()).min(1).max(3),
  })
  .strict();

/**
 * Schema of `content/chooser.yaml`, the 「どの形態が合う?」 decision tree. Besides the shape of
 * each entry it checks the tree as a whole: every link resolves, no path loops or runs longer
 * than four questions, every question and result is reachable, and every form is recommended.
 */
export const chooserSchema = z
  .object({
    /** Id of the first question. */
    start: id,
    questions: z.array(questionSchema).min(1),
    results: z.array(resultSchema).min(1),
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
    const { reached, problems } = walk(chooser);
    for (const problem of problems) context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    chooser.questions.forEach((question, q) => {
      if (!reached.has(question.id)) context.addIssue({ code: 'custom', path: ['questions', q, 'id'], message: `質問「${question.id}」には、どの答えからもたどり着けません` });
    });
    chooser.results.forEach((result, r) => {
      if (!reached.has(result.id)) context.addIssue({ code: 'custom', path: ['results', r, 'id'], message: `結果「${result.id}」には、どの答えからもたどり着けません` });
    });
    const recommended = new Set(chooser.results.filter((result) => reached.has(result.id)).flatMap((result) => result.recommend.map((item) => item.form)));
    const never = formSlugs.filter((form) => !recommended.has(form));
    if (never.length > 0) context.addIssue({ code: 'custom', path: ['results'], message: `どの結果でも勧められていない形態があります: ${never.join('、')}` });
  });

export type Chooser = z.output<typeof chooserSchema>;
export type ChooserQuestion = Chooser['questions'][number];
export type ChooserResult = Chooser['results'][number];

/** The longest path a reader may take, in questions. */
export const maxQuestionsOnAPath = 4;

/** Walks every path from the start, collecting what it reaches and any loop or over-long path. */
function walk(chooser: { start: string; questions: ChooserQuestion[] }) {
  const byId = new Map(chooser.questions.map((question, index) => [question.id, { question, index }]));
  const reached = new Set<string>();
  const problems: { path: (string | number)[]; message: string }[] = [];
  const visit = (questionId: string, trail: string[]) => {
    const entry = byId.get(questionId);
    if (!entry) return;
    reached.add(questionId);
    if (trail.includes(questionId)) {
      problems.push({ path: ['questions', entry.index, 'id'], message: `質問「${questionId}」に戻る道があります（${[...trail, questionId].join(' → ')}）。前の質問に戻らないようにしてください` });
      return;
    }
    const here = [...trail, questionId];
    if (here.length > maxQuestionsOnAPath) {
      problems.push({ path: ['questions', entry.index, 'id'], message: `質問が${maxQuestionsOnAPath}問を超える道があります（${here.join(' → ')}）` });
      return;
    }
    for (const answer of entry.question.answers) {
      if (answer.result !== undefined) reached.add(answer.result);
      if (answer.next !== undefined) visit(answer.next, here);
    }
  };
  visit(chooser.start, []);
  return { reached, problems };
}

/** A step the reader has taken: the question and the answer they chose. */
export interface ChooserStep {
  question: ChooserQuestion;
  answer: string;
  /** The page of that question on this path, to change the answer. */
  href: string;
}

/** One page of the chooser: a question or a result, reached by a particular path. */
export type ChooserPage = { href: string; segments: string[]; steps: ChooserStep[] } & (
  | { kind: 'question'; question: ChooserQuestion; answers: { label: string; href: string }[] }
  | { kind: 'result'; result: ChooserResult }
);

/** The page address for a path of ids after the first question. */
export function chooserHref(segments: readonly string[]): string {
  return ['/forms/choose', ...segments].join('/') + '/';
}

/**
 * Every page of the chooser, one per path: a reader's earlier answers are part of the address,
 * so each page can show them and link back to change one, without JavaScript or cookies.
 */
export function chooserPages(chooser: Chooser): ChooserPage[] {
  const questions = new Map(chooser.questions.map((question) => [question.id, question]));
  const results = new Map(chooser.results.map((result) => [result.id, result]));
  const pages: ChooserPage[] = [];
  const visit = (question: ChooserQuestion, segments: string[], steps: ChooserStep[]) => {
    const href = chooserHref(segments);
    const answers = question.answers.map((answer) => ({ label: answer.label, target: (answer.next ?? answer.result)! }));
    pages.push({ kind: 'question', href, segments, steps, question, answers: answers.map((answer) => ({ label: answer.label, href: chooserHref([...segments, answer.target]) })) });
    for (const answer of answers) {
      const nextSegments = [...segments, answer.target];
      const nextSteps = [...steps, { question, answer: answer.label, href }];
      const nextQuestion = questions.get(answer.target);
      if (nextQuestion) visit(nextQuestion, nextSegments, nextSteps);
      else pages.push({ kind: 'result', href: chooserHref(nextSegments), segments: nextSegments, steps: nextSteps, result: results.get(answer.target)! });
    }
  };
  visit(questions.get(chooser.start)!, [], []);
  return pages;
}

/** Loads and validates `content/chooser.yaml`. */
export function loadChooser(): Chooser {
  return loadYamlFile(contentPath(chooserPath), chooserSchema);
}
