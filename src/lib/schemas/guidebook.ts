import { z } from 'zod';
import { order, pageBase, reference, text } from './fields.ts';

/** Frontmatter of `content/guidebook/*.mdx`: one page per chapter. `stepIds` come from content/process-steps.yaml. */
export function guidebookSchema(stepIds: readonly string[]) {
  return z
    .object({
      ...pageBase,
      /** Short name for the chapter list and previous/next links. */
      navTitle: text,
      /** Position in the guidebook. */
      order,
      /** The process steps (ids in content/process-steps.yaml) this chapter explains, for the step indicator. */
      steps: z.array(reference(stepIds)).default([]),
    })
    .strict();
}

export type GuidebookData = z.output<ReturnType<typeof guidebookSchema>>;
