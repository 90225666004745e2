import { z } from 'zod';
import { pageBase, text } from './fields.ts';
import { pamphletFormatNames, type PamphletFormatName } from '../print/formats.ts';
import { characterCount, eventFields, eventKindSlot, eventKindWords, type EventDetails, type EventFieldKey } from '../print/event-fields.ts';

/**
 * An event's details, as a pamphlet's frontmatter and a staff member's event file (npm run pamphlet)
 * give them: each field text, or null (empty) until filled in. How long each may be depends on the
 * pamphlet's format, so the schemas that know the format check it ({@link eventLengthIssues}).
 */
export const eventDetailsSchema = z
  .object({
    ...(Object.fromEntries(eventFields.map((field) => [field.key, z.string().trim().min(1).nullable().default(null)])) as Record<
      EventFieldKey,
      z.ZodDefault<z.ZodNullable<z.ZodString>>
    >),
    /** What kind of event it is (講演会, フォーラム…), named in the headline; one of the list, or null for the default. */
    kind: z.enum(eventKindWords).nullable().default(null),
  })
  .strict();

/**
 * Reports every field longer than it may be on `format` (src/lib/print/event-fields.ts), at the
 * field's path under `path`: the message names the field, its limit and how many characters over.
 */
function eventLengthIssues(event: EventDetails, format: PamphletFormatName, context: z.RefinementCtx, path: (string | number)[] = []): void {
  for (const field of eventFields) {
    const value = event[field.key];
    const maximum = field.maxLength[format];
    if (value !== null && characterCount(value) > maximum) {
      context.addIssue({ code: 'too_big', origin: 'string', maximum, inclusive: true, input: value, path: [...path, field.key], message: '' });
    }
  }
}

/** An event file for a pamphlet of `format`: the event's details, each within what the format holds. */
export const eventFileSchema = (format: PamphletFormatName) => eventDetailsSchema.superRefine((event, context) => eventLengthIssues(event, format, context));

/** Frontmatter of `content/pamphlets/*.mdx`: one printed pamphlet each. */
export const pamphletSchema = z
  .object({
    ...pageBase,
    /** The format (see src/lib/print/formats.ts): `flyer` (A4, two pages) or `trifold` (A4 landscape, folded in three). */
    format: z.enum(pamphletFormatNames),
    /** A line above the headline; on a pamphlet with an event it may name the event's kind with `{kind}`: `協働{kind}のご案内`. */
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
  .strict()
  .superRefine((pamphlet, context) => {
    if (pamphlet.event) eventLengthIssues(pamphlet.event, pamphlet.format, context, ['event']);
    const slots = pamphlet.subtitle?.match(/\{[^}]*\}/g) ?? [];
    if (slots.some((slot) => slot !== eventKindSlot) || (slots.length > 0 && !pamphlet.event)) {
      context.addIssue({
        code: 'custom',
        path: ['subtitle'],
        input: pamphlet.subtitle,
        message: `「subtitle」で使える差し込みは、イベントの欄（event:）があるパンフレットの ${eventKindSlot}（催しの種類）だけです。`,
      });
    }
  });

export type PamphletData = z.output<typeof pamphletSchema>;
