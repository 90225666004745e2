import type { Chooser, ChooserQuestion, ChooserResult } from '../schemas/chooser.ts';
import { chooserHref } from '../routes.ts';


/** The longest path a reader may take, in questions. */
export const maxQuestionsOnAPath = 4;

/** Walks every path from the start, collecting what it reaches and any loop or over-long path. */
export function walkChooser(chooser: { start: string; questions: ChooserQuestion[] }) {
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

