import { foldForMatch } from './normalize.ts';

/** A glossary term as the search page offers it when nothing matched. */
export interface TermSuggestion {
  term: string;
  /** In hiragana. */
  reading: string;
  variants: readonly string[];
  /** The term's own page. */
  href: string;
}

/** The characters and the pairs of neighbouring characters of a folded spelling (NFKC, hiragana, lower case, no spaces). */
function pieces(text: string): { chars: Set<string>; pairs: Set<string> } {
  const chars = [...foldForMatch(text).replace(/[\s・、。]/gu, '')];
  return { chars: new Set(chars), pairs: new Set(chars.slice(1).map((char, index) => chars[index]! + char)) };
}

/** Sørensen–Dice coefficient of two sets: 1 when equal, 0 when they share nothing. */
function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** How alike two spellings look: shared pairs of characters count most, shared characters a little (区役所 and 区民 share 区). */
function likeness(a: ReturnType<typeof pieces>, b: ReturnType<typeof pieces>): number {
  return 0.7 * dice(a.pairs, b.pairs) + 0.3 * dice(a.chars, b.chars);
}

/** Below this, a term is too unlike the query to offer. */
const threshold = 0.2;

/**
 * The glossary terms closest to a query that found nothing, closest first: each term compared
 * by its spelling, its reading and its other spellings, so ふりかえる finds 振り返り (by reading)
 * and 町内 finds 町会・自治会 (by its variant 町内会).
 */
export function closestTerms(query: string, terms: readonly TermSuggestion[], limit = 5): TermSuggestion[] {
  const asked = pieces(query);
  if (asked.chars.size === 0) return [];
  return terms
    .map((term, order) => ({ term, order, score: Math.max(...[term.term, term.reading, ...term.variants].map((spelling) => likeness(asked, pieces(spelling)))) }))
    .filter((item) => item.score >= threshold)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((item) => item.term);
}
