import { z } from 'zod';
import { pageBase, text } from './fields.ts';
import { pamphletFormatNames } from '../print/formats.ts';
import { eventFields, type EventFieldKey } from '../print/event-fields.ts';

/**
 * An event's details, as a pamphlet's frontmatter and a staff member's event file (npm run pamphlet)
 * give them: each field text within the space it prints into, or null (empty) until filled in.
 */
export const eventDetailsSchema = z
  .object(
    Object.fromEntries(eventFields.map((field) => [field.key, z.string().trim().min(1).max(field.maxLength).nullable().default(null)])) as Record<
      EventFieldKey,
      z.ZodDefault<z.ZodNullable<z.ZodString>>
    >,
  )
  .strict();

/** Frontmatter of `content/pamphlets/*.mdx`: one printed pamphlet each. */
export const pamphletSchema = z
  .object({
    ...pageBase,
    /** The format (see src/lib/print/formats.ts): `flyer` (A4, two pages) or `trifold` (A4 landscape, folded in three). */
    format: z.enum(pamphletFormatNames),
    /** A line under the headline. */
    subtitle: text.optional(),
    /**
     * Whether the pamphlet carries an event box (announces a lecture or event), and what is
     * already known of it. Each field (src/lib/print/event-fields.ts) is empty (null) unless
     * written: organisers fill in the rest in the pamphlet maker or by hand on the blank PDF.
     */
    event: eventDetailsSchema.optional(),
    /** Furigana on every word with kanji (a pamphlet in やさしい日本語); readings come from the analyser and content/readings.yaml. */
    furigana: z.boolean().default(false),
  })
  .strict();

export type PamphletData = z.output<typeof pamphletSchema>;
