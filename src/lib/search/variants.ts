import { foldForMatch, hasKana, toHiragana, toKatakana } from './normalize.ts';
import { kanjiLookup, okuriganaPattern } from './okurigana-variants.ts';
import type { QueryTerm } from './parse-query.ts';

/** Groups of spellings that mean the same (from the glossary: a term and its variants). */
export type VariantGroups = readonly (readonly string[])[];

/** A term with every spelling that counts as it. */
export interface ExpandedTerm extends QueryTerm {
  /** Folded spellings to look for in page text (see foldForMatch). */
  needles: string[];
  /** Spellings to ask the search index for first: the term as typed, in either kana script. */
  queries: string[];
  /** Spellings to ask for when those run out: the other spellings of its glossary group (NPO → 特定非営利活動法人). */
  variantQueries: string[];
  /** Patterns that also count as the term: its spellings with okurigana written or left out (see okurigana-variants.ts). */
  patterns: RegExp[];
  /** The words of a compound typed without spaces (協働事業 → 協働, 事業), folded: a page with all of them but not the compound is a related result. */
  parts: string[];
}

/** The platform's Japanese word segmenter, made once: making one costs milliseconds. */
let segmenter: Intl.Segmenter | undefined;

/** Splits a compound into its words with the platform's Japanese word segmenter: 協働事業 → 協働, 事業. */
function wordsOf(text: string): string[] {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
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
    const spellings = [...new Set([term.text, ...(group ?? [])])];
    const folded = spellings.map(foldForMatch);
    // One index lookup per spelling that no shorter spelling of the term already finds
    // (NPO finds the pages with NPO法人): each lookup costs the reader an index chunk.
    const asked = spellings.filter((_, index) => !folded.some((other, at) => at !== index && other !== folded[index] && folded[index]!.includes(other)));
    const lookupsFor = (spelling: string) => {
      // A word in kana alone may be written in the other script on the site (ぼらんてぃあ → ボランティア).
      const kanaOnly = hasKana(spelling) && !/[\p{Script=Han}]/u.test(spelling);
      const kanji = term.phrase ? undefined : kanjiLookup(foldForMatch(spelling));
      // The index holds 問い合わせ, not 問合せ: ask it for the kanji too.
      return [spelling, ...(kanaOnly ? [toKatakana(spelling), toHiragana(spelling)] : []), ...(kanji ? [kanji] : [])];
    };
    const typed = asked.includes(term.text) ? [term.text] : asked.slice(0, 1);
    const queries = [...new Set(typed.flatMap(lookupsFor))];
    const variantQueries = [...new Set(asked.filter((spelling) => !typed.includes(spelling)).flatMap(lookupsFor))].filter((lookup) => !queries.includes(lookup));
    const needles = [...new Set(spellings.map(foldForMatch))];
    // A quoted phrase is taken exactly as written: no okurigana variants, no parts.
    const patterns = term.phrase ? [] : needles.map(okuriganaPattern).filter((pattern): pattern is RegExp => pattern !== undefined);
    const words = term.phrase || /\s/u.test(term.text) ? [] : wordsOf(term.text);
    return { ...term, needles, queries, variantQueries, patterns, parts: words.length >= 2 ? words.map(foldForMatch) : [] };
  });
}
