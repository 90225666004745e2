import type { GlossaryTerm } from '../schemas/glossary.ts';

const collator = new Intl.Collator('ja', { sensitivity: 'base' });

/** Terms in あいうえお order of their reading, as a Japanese dictionary orders them. */
export function sortByReading<Term extends GlossaryTerm>(terms: readonly Term[]): Term[] {
  return [...terms].sort((a, b) => collator.compare(a.reading, b.reading) || collator.compare(a.term, b.term));
}

/** The rows (行) of the kana table, each with the kana that start it. */
const kanaRows = [
  ['あ', 'あいうえおぁぃぅぇぉゔ'],
  ['か', 'かきくけこがぎぐげご'],
  ['さ', 'さしすせそざじずぜぞ'],
  ['た', 'たちつてとだぢづでどっ'],
  ['な', 'なにぬねの'],
  ['は', 'はひふへほばびぶべぼぱぴぷぺぽ'],
  ['ま', 'まみむめも'],
  ['や', 'やゆよゃゅょ'],
  ['ら', 'らりるれろ'],
  ['わ', 'わをんゎ'],
] as const;

/** The kana row a reading belongs to, named by its first kana: 「きょうどう」 → 「か」. */
export function kanaRowOf(reading: string): string {
  const first = reading[0] ?? '';
  return kanaRows.find(([, kana]) => kana.includes(first))?.[0] ?? 'わ';
}

/** Terms grouped by kana row in あいうえお order; rows without terms are left out. */
export function groupByKanaRow<Term extends GlossaryTerm>(terms: readonly Term[]): { row: string; terms: Term[] }[] {
  const sorted = sortByReading(terms);
  return kanaRows
    .map(([row]) => ({ row, terms: sorted.filter((term) => kanaRowOf(term.reading) === row) }))
    .filter((group) => group.terms.length > 0);
}

/** Every kana row, for the index: rows without terms are shown but not linked. */
export const allKanaRows = kanaRows.map(([row]) => row);
