import { foldForMatch, hasKana, toHiragana, toKatakana } from './normalize.ts';
import type { QueryTerm } from './parse-query.ts';

/** Groups of spellings that mean the same (from the glossary: a term and its variants). */
export type VariantGroups = readonly (readonly string[])[];

/** A term with every spelling that counts as it. */
export interface ExpandedTerm extends QueryTerm {
  /** Folded spellings to look for in page text (see foldForMatch). */
  needles: string[];
  /** Spellings to ask the search index for: as written on the site, in either kana script. */
  queries: string[];
}

/**
 * Adds to each term the spellings that mean the same: glossary variants (町内会 → 町会・自治会,
 * 町会, 自治会; 振返り → 振り返り) and the other kana script (ぼらんてぃあ → ボランティア).
 * A phrase is taken as written: quoting asks for exactly that.
 */
export function expandTerms(terms: readonly QueryTerm[], groups: VariantGroups): ExpandedTerm[] {
  const byFolded = new Map<string, readonly string[]>();
  for (const group of groups) for (const spelling of group) byFolded.set(foldForMatch(spelling), group);
  return terms.map((term) => {
    const group = term.phrase ? undefined : byFolded.get(foldForMatch(term.text));
    const spellings = [term.text, ...(group ?? [])];
    const queries = new Set<string>();
    for (const spelling of spellings) {
      queries.add(spelling);
      if (hasKana(spelling)) {
        queries.add(toKatakana(spelling));
        queries.add(toHiragana(spelling));
      }
    }
    return { ...term, needles: [...new Set(spellings.map(foldForMatch))], queries: [...queries] };
  });
}
