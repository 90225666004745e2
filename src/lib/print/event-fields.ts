import type { StringKey } from '../../i18n/ja.ts';

/**
 * The details of an event that a pamphlet carries, in the order they print. The one list that
 * the pamphlet schema, the printed event box, the blank write-in lines and the maker's form are
 * made from. `maxLength` is what fits the space the field prints into on the narrowest format
 * (a tri-fold panel): the form refuses more, and the fit check catches what still overflows.
 */
export const eventFields = [
  { key: 'name', label: 'print.eventName', maxLength: 40, lines: 1 },
  { key: 'date', label: 'print.eventDate', maxLength: 24, lines: 1 },
  { key: 'time', label: 'print.eventTime', maxLength: 24, lines: 1 },
  { key: 'place', label: 'print.eventPlace', maxLength: 40, lines: 1 },
  { key: 'organiser', label: 'print.eventOrganiser', maxLength: 40, lines: 1 },
  { key: 'application', label: 'print.eventApplication', maxLength: 60, lines: 2 },
  { key: 'contact', label: 'print.eventContact', maxLength: 40, lines: 1 },
  { key: 'note', label: 'print.eventNote', maxLength: 80, lines: 2 },
] as const satisfies readonly { key: string; label: StringKey; maxLength: number; lines: number }[];

export type EventFieldKey = (typeof eventFields)[number]['key'];

/** An event's details: each is text, or null while nobody has filled it in. */
export type EventDetails = Record<EventFieldKey, string | null>;
