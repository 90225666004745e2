import { z } from 'zod';
import { lines, order, pageBase, reference, text } from './fields.ts';

/** Frontmatter of `content/principles/*.mdx`: one page per 協働の原則. `formIds` are the form pages that exist. */
export function principleSchema(formIds: readonly string[]) {
  return z
    .object({
      ...pageBase,
      /** Position in the guideline's list (1–4). */
      order,
      /** What the principle means, in one sentence. */
      summary: text,
      /** What keeping it looks like for ward staff. */
      wardPractice: lines(3),
      /** What keeping it looks like for groups (町会・自治会, NPO・ボランティア団体 …). */
      groupPractice: lines(3),
      /** Common misunderstandings and what to do instead. */
      mistakes: z.array(z.object({ /** The mistake. */ mistake: text, /** What to do instead. */ instead: text }).strict()).min(2),
      /** A short checklist to keep the principle, phrased as questions. */
      checklist: lines(3).max(8),
      /** The forms that put this principle most at risk, and why. */
      formsAtRisk: z.array(z.object({ /** File name of the form's page. */ form: reference(formIds), /** Why it is at risk there. */ why: text }).strict()).min(1),
    })
    .strict();
}

export type PrincipleData = z.output<ReturnType<typeof principleSchema>>;
