import { t, type StringKey } from '../i18n/ja.ts';
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
  { key: 'date', label: 'print.eventDate', lines: 1, maxLength: { flyer: 18, sheet: 18, trifold: 16, poster: 17 } },
  { key: 'time', label: 'print.eventTime', lines: 1, maxLength: { flyer: 18, sheet: 18, trifold: 16, poster: 17 } },
  { key: 'place', label: 'print.eventPlace', lines: 1, maxLength: { flyer: 18, sheet: 18, trifold: 16, poster: 17 } },
  { key: 'organiser', label: 'print.eventOrganiser', lines: 1, maxLength: { flyer: 25, sheet: 25, trifold: 16, poster: 27 } },
  { key: 'application', label: 'print.eventApplication', lines: 2, maxLength: { flyer: 48, sheet: 48, trifold: 30, poster: 52 } },
  { key: 'contact', label: 'print.eventContact', lines: 1, maxLength: { flyer: 25, sheet: 25, trifold: 16, poster: 27 } },
  // 問い合わせ is a name (a department), a phone number and an email address, each on its own line.
  { key: 'phone', label: 'print.eventPhone', lines: 1, maxLength: { flyer: 25, sheet: 25, trifold: 16, poster: 27 } },
  { key: 'email', label: 'print.eventEmail', lines: 1, maxLength: { flyer: 25, sheet: 25, trifold: 16, poster: 27 } },
  { key: 'note', label: 'print.eventNote', lines: 2, maxLength: { flyer: 24, sheet: 24, trifold: 30, poster: 52 } },
] as const satisfies readonly { key: string; label: StringKey; lines: number; maxLength: Record<PamphletFormatName, number> }[];

export type EventField = (typeof eventFields)[number];

export type EventFieldKey = EventField['key'];

/**
 * The kinds of event a pamphlet can announce, each as its headline names it (「協働フォーラムのご案内」):
 * chosen from this list in the maker and in an event file (`kind: フォーラム`), so a headline never
 * names a kind that is misspelt or made up.
 */
export const eventKinds = [
  'print.eventKind.lecture',
  'print.eventKind.forum',
  'print.eventKind.symposium',
  'print.eventKind.briefing',
  'print.eventKind.training',
  'print.eventKind.workshop',
  'print.eventKind.meeting',
] as const satisfies readonly StringKey[];

/** The words an event's kind may be, as the organiser writes it. */
export const eventKindWords = eventKinds.map((key) => t(key)) as [string, ...string[]];

/**
 * What the headline names while no kind is chosen, as on every blank sheet: 「講演会・イベント」,
 * true of every kind, so a sheet filled in by hand for a forum does not announce a lecture.
 */
export const unknownEventKind = t('print.eventKindUnknown');

/** The kind a headline names: the chosen one, or words true of any kind. */
export const eventKindWord = (kind: string | null | undefined): string => kind || unknownEventKind;

/** The slot an event pamphlet's subtitle may hold for the kind: `協働{kind}のご案内`. */
export const eventKindSlot = '{kind}';

/** An event's details: each is text, or null while nobody has filled it in; and its kind, null until chosen. */
export type EventDetails = Record<EventFieldKey, string | null> & { kind: string | null };

/**
 * How many characters a value counts for, as the organiser counts them: what prints (spaces at
 * either end do not), one for each character, however it is stored (a rare kanji outside the
 * Basic Multilingual Plane is one character, not two UTF-16 units).
 */
export const characterCount = (value: string): number => [...value.trim()].length;

/** How many characters a value has beyond `limit`: 0 when it fits. */
export const charactersOver = (value: string, limit: number): number => Math.max(0, characterCount(value) - limit);
