import { z } from 'zod';
import { pageBase, text } from './fields.ts';
import { pamphletFormatNames } from '../print/formats.ts';

/** A value an organiser fills in for an event; `null` shows as 〔未記入〕 until then. */
const fillable = z.string().trim().min(1).nullable();

/** Frontmatter of `content/pamphlets/*.mdx`: one printed pamphlet each. */
export const pamphletSchema = z
  .object({
    ...pageBase,
    /** The format (see src/lib/print/formats.ts): `flyer` (A4, two pages) or `trifold` (A4 landscape, folded in three). */
    format: z.enum(pamphletFormatNames),
    /** A line under the headline. */
    subtitle: text.optional(),
    /** The event the pamphlet is handed out at or announces; leave out for a general pamphlet. */
    event: z
      .object({
        /** Name of the lecture or event; like every event field, empty (null) until an organiser fills it in. */
        name: fillable,
        /** Date, e.g. 「2027年2月13日（土）」. */
        date: fillable,
        /** Time, e.g. 「14時から16時まで」. */
        time: fillable,
        /** Venue. */
        place: fillable,
        /** Who holds the event. */
        organiser: fillable,
        /** How to apply, or 「申込みは不要です」. */
        application: fillable,
      })
      .strict()
      .optional(),
  })
  .strict();

export type PamphletData = z.output<typeof pamphletSchema>;
