import { z } from 'zod';
import type { StringKey } from '../i18n/ja.ts';
import { lines, order, pageBase, reference, text } from './fields.ts';
import { traitsSchema } from '../chooser/traits.ts';

/**
 * The 協働の領域, from what residents do alone to what the ward does alone: this site's model
 * of where each form sits (drawn on /forms/), not a list the guideline gives.
 */
export const collaborationZones = ['resident-only', 'resident-led', 'equal', 'ward-led', 'ward-only'] as const;
export type CollaborationZone = (typeof collaborationZones)[number];

/** One party's role in a form, in a short table cell and a full sentence. */
const role = z
  .object({
    /** For the comparison table: a few words, at most 16 characters. */
    short: text.max(16),
    /** The full explanation on the form's page. */
    detail: text,
  })
  .strict();

/** Frontmatter of `content/forms/*.mdx`: one page per 協働の形態. The ids are the pages that exist. */
export function formSchema(ids: { forms: readonly string[]; principles: readonly string[]; guidebook: readonly string[] }) {
  return z
    .object({
      ...pageBase,
      /** Position in the guideline's list (1–8). */
      order,
      /** Definition of the form in one or two sentences. */
      summary: text,
      /** The part of the 協働の領域 the form covers: one zone, or neighbouring zones in order. */
      zones: z
        .array(z.enum(collaborationZones))
        .min(1)
        .max(3)
        .refine((zones) => zones.every((zone, index) => index === 0 || collaborationZones.indexOf(zone) === collaborationZones.indexOf(zones[index - 1]!) + 1), {
          message: `隣り合う領域を、${collaborationZones.join(' → ')} の順に書いてください`,
        }),
      /** Who plans the project (企画). */
      planning: role,
      /** Who pays (費用負担). */
      funding: role,
      /** Who is responsible for running the project (実施の責任). */
      responsibility: role,
      /** Who carries liability to third parties, e.g. for accidents (事故などの責任). */
      liability: role,
      /** Typical examples, general rather than real named projects. */
      examples: lines(2),
      /** When the form fits. */
      fitsWhen: lines(2),
      /** When it does not fit. */
      notFitWhen: lines(1),
      /** The paperwork usually involved (申請書, 協定書 …). */
      paperwork: lines(1),
      /** Things to watch. */
      cautions: lines(1),
      /** Forms to compare with, and how they differ; the first is the closest alternative, which the chooser shows beside its result. */
      related: z.array(z.object({ /** File name of the other form's page. */ form: reference(ids.forms), /** How it differs. */ note: text }).strict()).min(1),
      /** What the chooser asks that tells this form apart (src/lib/chooser/traits.ts): whose project, what the ward gives, … */
      chooser: traitsSchema.refine((traits) => traits.owner !== undefined, { message: 'owner（事業の主体: ward・group・joint）を書いてください' }),
      /** The guidebook pages to read next, in the order a reader needs them (「次にすること」). */
      nextSteps: z.array(reference(ids.guidebook)).min(1),
      /** The principle most at risk in this form, and why. */
      principleAtRisk: z.object({ /** File name of the principle's page. */ principle: reference(ids.principles), /** Why. */ why: text }).strict(),
    })
    .strict();
}

export type FormData = z.output<ReturnType<typeof formSchema>>;

/** The four roles every form divides, in the order pages and the comparison table show them. */
export const formRoles = [
  { key: 'planning', label: 'forms.planning' },
  { key: 'funding', label: 'forms.funding' },
  { key: 'responsibility', label: 'forms.responsibility' },
  { key: 'liability', label: 'forms.liability' },
] as const satisfies readonly { key: keyof FormData; label: StringKey }[];
