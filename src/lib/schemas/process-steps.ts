import { z } from 'zod';
import { slugId } from './fields.ts';

/**
 * Schema of `content/process-steps.yaml`: the steps of a 協働事業, in order. The ids are the one
 * list of steps: guidebook chapters name the steps they explain by these ids.
 */
export const processStepsSchema = z
  .array(
    z
      .object({
        /** Id of the step; guidebook chapters refer to it, so it rarely changes. */
        id: slugId,
        /** The step's name, e.g. 「形態の選択」. */
        name: z.string().trim().min(1).max(12),
        /** One sentence on what happens in the step. */
        summary: z.string().trim().min(1),
      })
      .strict(),
  )
  .min(1)
  .superRefine((steps, context) => {
    steps.forEach((step, index) => {
      if (steps.findIndex((other) => other.id === step.id) !== index) context.addIssue({ code: 'custom', path: [index, 'id'], message: `段階の id「${step.id}」が重複しています` });
    });
  });

export type ProcessStep = z.output<typeof processStepsSchema>[number];
