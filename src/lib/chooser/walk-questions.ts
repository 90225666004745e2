// The walk over chooser.yaml's questions that its schema runs (src/lib/schemas/chooser.ts): loops,
// over-long paths and facts asked twice. Apart from the rest of the chooser (tree.ts), which reads
// the schema's types and the site's addresses.
import type { TraitName } from './traits.ts';

/** The longest path a reader may take, in questions. */
export const maxQuestionsOnAPath = 4;

/** A problem in chooser.yaml, with the path of the value it is about. */
export type ChooserProblem = { path: (string | number)[]; message: string };

/** The part of a question the walk reads: its own type, so the schema of chooser.yaml can use the walk without a cycle. */
export interface WalkedQuestion {
  id: string;
  answers: readonly { facts: Partial<Record<TraitName, unknown>>; next?: string | undefined }[];
}

/** Walks every path from the start, collecting what it reaches and any loop, over-long path or fact stated twice. */
export function walkChooser(chooser: { start: string; questions: readonly WalkedQuestion[] }) {
  const byId = new Map(chooser.questions.map((question, index) => [question.id, { question, index }]));
  const reached = new Set<string>();
  const problems: ChooserProblem[] = [];
  const visit = (questionId: string, trail: string[], stated: Set<TraitName>) => {
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
    entry.question.answers.forEach((answer, a) => {
      const names = Object.keys(answer.facts) as TraitName[];
      const restated = names.filter((name) => stated.has(name));
      if (restated.length > 0)
        problems.push({ path: ['questions', entry.index, 'answers', a, 'facts'], message: `「${restated.join('、')}」は、この道の前の答えですでに決まっています（${here.join(' → ')}）。同じことを二度たずねないでください` });
      if (answer.next !== undefined) visit(answer.next, here, new Set([...stated, ...names]));
    });
  };
  visit(chooser.start, [], new Set());
  return { reached, problems };
}
