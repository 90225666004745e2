import { z } from 'zod';
import { processStepIds } from './content-schemas.ts';
import { loadYamlFile } from './yaml-data.ts';
import { contentPath } from './content-root.ts';

/** Where the steps of a 協働事業 are described, inside the content folder. */
export const processStepsPath = 'process-steps.yaml';

/**
 * Schema of `content/process-steps.yaml`: the eight steps of a 協働事業, in order. The ids are
 * fixed (chapters refer to them), so the file must list each exactly once, in that order.
 */
export const processStepsSchema = z
  .array(
    z
      .object({
        /** Fixed id of the step. */
        id: z.enum(processStepIds),
        /** The step's name, e.g. 「形態の選択」. */
        name: z.string().trim().min(1).max(12),
        /** One sentence on what happens in the step. */
        summary: z.string().trim().min(1),
      })
      .strict(),
  )
  .refine((steps) => steps.map((step) => step.id).join() === processStepIds.join(), {
    message: `段階は ${processStepIds.join(', ')} の順に、一つずつ書いてください`,
  });

export type ProcessStep = z.output<typeof processStepsSchema>[number];

/** Loads and validates `content/process-steps.yaml`. */
export function loadProcessSteps(): ProcessStep[] {
  return loadYamlFile(contentPath(processStepsPath), processStepsSchema);
}
