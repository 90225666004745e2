import { foldForMatch, hasKana, toHiragana, toKatakana } from './normalize.ts';
import { okuriganaPattern } from './okurigana.ts';
import type { QueryTerm } from './parse-query.ts';

/** Groups of spellings that mean the same (from the glossary: a term and its variants). */
export type VariantGroups = readonly (readonly string[])[];

/** A term with every spelling that counts as it. */
export interface ExpandedTerm extends QueryTerm {
  /** Folded spellings to look for in page text (see foldForMatch). */
  needles: string[];
  /** Spellings to ask the search index for: as written on the site, in either kana script. */
  queries: string[];
  /** Patterns that also count as the term: its spellings with okurigana written or left out (see okurigana.ts). */
  patterns: RegExp[];
  /** The words of a compound typed without spaces (協働事業 → 協働, 事業), folded: a page with all of them but not the compound is a related result. */
  parts: string[];
}

/** Splits a compound into its words with the platform's Japanese word segmenter: 協働事業 → 協働, 事業. */
function wordsOf(text: string): string[] {
  const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
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
    const needles = [...new Set(spellings.map(foldForMatch))];
    // A quoted phrase is taken exactly as written: no okurigana variants, no parts.
    const patterns = term.phrase ? [] : needles.map(okuriganaPattern).filter((pattern): pattern is RegExp => pattern !== undefined);
    const words = term.phrase || /\s/u.test(term.text) ? [] : wordsOf(term.text);
    return { ...term, needles, queries: [...queries], patterns, parts: words.length >= 2 ? words.map(foldForMatch) : [] };
  });
}
