import type { Chooser, ChooserAnswer, ChooserQuestion } from '../schemas/chooser.ts';
import { chooserHref } from '../routes.ts';
import { factsOf, fitsFacts, formsExpected, type Traits } from './traits.ts';
import type { ChooserProblem } from './walk-questions.ts';

export { maxQuestionsOnAPath } from './walk-questions.ts';

/** What the chooser needs to know about a form: its id and its traits (frontmatter `chooser:`). */
export interface ChooserForm {
  id: string;
  traits: Traits;
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
  | {
      kind: 'result';
      /** The form whose traits fit every answer on the path, or the forms of the combination the reader asked for, in the forms' order. */
      forms: string[];
      /** Guidebook pages the questions on the path point to (e.g. the proposal system), for 「次にすること」. */
      guides: string[];
      /** Measures the guideline announces whose present state (content/site.yaml status) the questions on the path point to. */
      statuses: ChooserQuestion['status'][];
    }
);

/** The address segment of a result: the form's id, or the combination's ids joined (endorsement-and-cooperation). */
export const resultSegment = (forms: readonly string[]) => forms.join('-and-');

/** A path that ends on an answer without a next question: the answers on it and the forms that fit them. */
interface Ending {
  questions: { question: ChooserQuestion; answer: ChooserAnswer }[];
  fitting: string[];
}

/** Every path to an answer that ends it, with the forms that fit all its facts. */
function endings(chooser: Chooser, forms: readonly ChooserForm[]): Ending[] {
  const byId = new Map(chooser.questions.map((question) => [question.id, question]));
  const found: Ending[] = [];
  const visit = (question: ChooserQuestion, before: Ending['questions']) => {
    for (const answer of question.answers) {
      const path = [...before, { question, answer }];
      const next = answer.next === undefined ? undefined : byId.get(answer.next);
      if (next) {
        if (!before.some((step) => step.question.id === next.id)) visit(next, path);
      } else {
        const facts = factsOf(path.map((step) => step.answer));
        found.push({ questions: path, fitting: forms.filter((form) => fitsFacts(form.traits, facts)).map((form) => form.id) });
      }
    }
  };
  const start = byId.get(chooser.start);
  if (start) visit(start, []);
  return found;
}

const spoken = (ending: Ending) => ending.questions.map((step) => `「${step.answer.label}」`).join(' → ');

/**
 * What is wrong with the chooser given the forms that exist: a path that fits no form or more
 * than one, two answers to one question that end on the same form, and a form no path reaches.
 * Each problem names the answer (a path into `content/chooser.yaml`) and says what to change.
 */
export function chooserProblems(chooser: Chooser, forms: readonly ChooserForm[]): ChooserProblem[] {
  const problems: ChooserProblem[] = [];
  const where = (ending: Ending) => {
    const last = ending.questions.at(-1)!;
    return ['questions', chooser.questions.indexOf(last.question), 'answers', last.question.answers.indexOf(last.answer), 'facts'];
  };
  const all = endings(chooser, forms);
  for (const ending of all) {
    const expected = formsExpected(factsOf(ending.questions.map((step) => step.answer)));
    if (ending.fitting.length === 0)
      problems.push({ path: where(ending), message: `${spoken(ending)} と答えた人に合う形態がありません。答えの facts か、形態のページの chooser: を見直してください` });
    else if (ending.fitting.length !== expected)
      problems.push({
        path: where(ending),
        message:
          expected === 1
            ? `${spoken(ending)} と答えた人に合う形態が${ending.fitting.length}つあります（${ending.fitting.join('、')}）。1つに決まるように、質問を足すか facts を見直してください`
            : `${spoken(ending)} は${expected}つのことを組み合わせて求める答えですが、合う形態は${ending.fitting.length}つです（${ending.fitting.join('、')}）。求めるものごとに形態が1つずつ合うように facts を見直してください`,
      });
  }
  const seen = new Map<string, Ending>();
  for (const ending of all.filter((candidate) => candidate.fitting.length > 0)) {
    const key = `${spoken({ questions: ending.questions.slice(0, -1), fitting: [] })}|${ending.questions.at(-1)!.question.id}|${resultSegment(ending.fitting)}`;
    if (seen.has(key)) problems.push({ path: where(ending), message: `同じ質問の二つの答えが、同じ結果「${ending.fitting.join('、')}」になります（${spoken(ending)}）。答えを一つにまとめてください` });
    seen.set(key, ending);
  }
  const reached = new Set(all.flatMap((ending) => ending.fitting));
  const never = forms.filter((form) => !reached.has(form.id)).map((form) => form.id);
  if (never.length > 0) problems.push({ path: ['questions'], message: `どの答えをたどっても結果にならない形態があります: ${never.join('、')}。その形態に合う答えを足してください` });
  return problems;
}

/**
 * Every page of the chooser, one per path: a reader's earlier answers are part of the address,
 * so each page can show them and link back to change one, without JavaScript or cookies. A
 * result's address ends with the form's id. Throws if the chooser has problems (see above).
 */
export function chooserPages(chooser: Chooser, forms: readonly ChooserForm[]): ChooserPage[] {
  const problems = chooserProblems(chooser, forms);
  if (problems.length > 0) throw new Error(`content/chooser.yaml: ${problems.map((problem) => problem.message).join('\n')}`);
  const questions = new Map(chooser.questions.map((question) => [question.id, question]));
  const pages: ChooserPage[] = [];
  const visit = (question: ChooserQuestion, segments: string[], steps: ChooserStep[], answers: ChooserAnswer[], guides: string[], statuses: ChooserQuestion['status'][]) => {
    const href = chooserHref(segments);
    const hereGuides = question.guide === undefined ? guides : [...guides, question.guide];
    const hereStatuses = question.status === undefined ? statuses : [...statuses, question.status];
    const targets = question.answers.map((answer) => {
      const facts = factsOf([...answers, answer]);
      const next = answer.next === undefined ? undefined : questions.get(answer.next);
      const fitting = next ? [] : forms.filter((form) => fitsFacts(form.traits, facts)).map((form) => form.id);
      return { answer, next, fitting, target: next?.id ?? resultSegment(fitting) };
    });
    pages.push({ kind: 'question', href, segments, steps, question, answers: targets.map(({ answer, target }) => ({ label: answer.label, href: chooserHref([...segments, target]) })) });
    for (const { answer, next, fitting, target } of targets) {
      const nextSegments = [...segments, target];
      const nextSteps = [...steps, { question, answer: answer.label, href }];
      if (next) visit(next, nextSegments, nextSteps, [...answers, answer], hereGuides, hereStatuses);
      else pages.push({ kind: 'result', href: chooserHref(nextSegments), segments: nextSegments, steps: nextSteps, forms: fitting, guides: hereGuides, statuses: hereStatuses });
    }
  };
  visit(questions.get(chooser.start)!, [], [], [], [], []);
  return pages;
}
