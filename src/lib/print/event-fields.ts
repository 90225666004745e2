import type { StringKey } from '../../i18n/ja.ts';
import type { PamphletFormatName } from './formats.ts';

/**
 * The details of an event that a pamphlet carries, in the order they print. The one list that
 * the pamphlet schema, the printed event box, the blank write-in lines, the maker's form and
 * `npm run pamphlet` are made from.
 *
 * `maxLength` is, for each format, how many characters the field holds: the most full-width
 * characters (the widest there are, 1 em each) that print in the field's space with every other
 * field full as well, measured in the print layout. Narrower text (digits, Latin letters) fits in
 * more room than it counts for, so the limits never let through a value that pushes a panel
 * over; the maker's fit check and the build's panel check still measure what is really printed.
 * A value over its limit is kept and refused, never cut (the maker marks the field, a file names
 * its line). The flyer's headline box takes the name on two lines, the tri-fold's back cover and
 * the poster on one. No `sheet` pamphlet carries an event yet: it has the flyer's box and sizes.
 */
export const eventFields = [
  { key: 'name', label: 'print.eventName', lines: 1, maxLength: { flyer: 36, sheet: 36, trifold: 18, poster: 20 } },
  { key: 'date', label: 'print.eventDate', lines: 1, maxLength: { flyer: 18, sheet: 18, trifold: 16, poster: 21 } },
  { key: 'time', label: 'print.eventTime', lines: 1, maxLength: { flyer: 18, sheet: 18, trifold: 16, poster: 21 } },
  { key: 'place', label: 'print.eventPlace', lines: 1, maxLength: { flyer: 18, sheet: 18, trifold: 16, poster: 21 } },
  { key: 'organiser', label: 'print.eventOrganiser', lines: 1, maxLength: { flyer: 25, sheet: 25, trifold: 16, poster: 27 } },
  { key: 'application', label: 'print.eventApplication', lines: 2, maxLength: { flyer: 48, sheet: 48, trifold: 30, poster: 52 } },
  { key: 'contact', label: 'print.eventContact', lines: 1, maxLength: { flyer: 25, sheet: 25, trifold: 16, poster: 27 } },
  { key: 'note', label: 'print.eventNote', lines: 2, maxLength: { flyer: 24, sheet: 24, trifold: 30, poster: 52 } },
] as const satisfies readonly { key: string; label: StringKey; lines: number; maxLength: Record<PamphletFormatName, number> }[];

export type EventField = (typeof eventFields)[number];

export type EventFieldKey = EventField['key'];

/** An event's details: each is text, or null while nobody has filled it in. */
export type EventDetails = Record<EventFieldKey, string | null>;

/**
 * How many characters a value counts for, as the organiser counts them: what prints (spaces at
 * either end do not), one for each character, however it is stored (a rare kanji outside the
 * Basic Multilingual Plane is one character, not two UTF-16 units).
 */
export const characterCount = (value: string): number => [...value.trim()].length;

/** How many characters a value has beyond `limit`: 0 when it fits. */
export const charactersOver = (value: string, limit: number): number => Math.max(0, characterCount(value) - limit);
