import { buildExcerpt, matchPage, type ExcerptPart } from './match.ts';
import { cleanQuery, foldForMatch } from './normalize.ts';
import { parseQuery, type QueryTerm } from './parse-query.ts';
import { expandTerms, type VariantGroups } from './variants.ts';

/** The part of Pagefind's browser API this search uses. */
export interface PagefindApi {
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

export interface PagefindData {
  url: string;
  content: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

/** One result as the page shows it. */
export interface SearchHit {
  url: string;
  title: string;
  section: string;
  excerpt: ExcerptPart[];
}

export interface SearchOutcome {
  /** The query as searched (cleaned, maybe cut). */
  query: string;
  /** Whether the query was cut to maxQueryLength. */
  truncated: boolean;
  terms: QueryTerm[];
  /** Pages whose text contains every term (or a variant of it). */
  exact: SearchHit[];
  /** Pages that contain some of the terms, but not all. */
  related: SearchHit[];
}

/** At most this many index lookups per search: one per spelling of each term. */
const maxLookups = 16;
/** At most this many pages are read in full to check the terms literally (about 2.5 KB each). */
const maxPagesRead = 60;

/**
 * Searches the way a Japanese reader expects. Pagefind finds candidate pages (it segments
 * Japanese, but also matches the parts of a compound anywhere and falls back to prefixes);
 * each candidate's text is then checked literally, after NFKC and kana folding, for every
 * term or one of its variants. Pages with all terms are the results; pages with some are
 * related results; pages with none — Pagefind's guesses for words the site lacks — are dropped.
 */
export async function search(pagefind: PagefindApi, rawQuery: string, groups: VariantGroups, narrow: { section?: string | undefined; audience?: string | undefined } = {}): Promise<SearchOutcome> {
  const { section, audience } = narrow;
  const { query, truncated } = cleanQuery(rawQuery);
  const terms = parseQuery(query);
  const outcome: SearchOutcome = { query, truncated, terms, exact: [], related: [] };
  if (terms.length === 0) return outcome;
  const expanded = expandTerms(terms, groups);

  const lookups = [...new Set([terms.map((term) => term.text).join(' '), ...expanded.flatMap((term) => term.queries)])].slice(0, maxLookups);
  const candidates = new Map<string, PagefindResult>();
  for (const found of await Promise.all(lookups.map((lookup) => pagefind.search(lookup)))) {
    for (const result of found?.results ?? []) {
      const known = candidates.get(result.id);
      if (!known || known.score < result.score) candidates.set(result.id, result);
    }
  }
  const ranked = [...candidates.values()].sort((a, b) => b.score - a.score).slice(0, maxPagesRead);
  const pages = await Promise.all(ranked.map(async (result) => ({ score: result.score, data: await result.data() })));

  const scored = pages
    .map(({ score, data }) => {
      const title = data.meta.title ?? data.url;
      const match = matchPage(`${title} ${data.content}`, expanded);
      // A page titled exactly as asked (委託) ranks above pages whose title only contains it (委託と契約の基本).
      const foldedTitle = foldForMatch(title);
      const inTitle = match.found.some((needle) => foldedTitle === needle) ? 2 : match.found.some((needle) => foldedTitle.includes(needle)) ? 1 : 0;
      return { score, data, title, match, inTitle };
    })
    .filter(({ data }) => !section || (data.filters.section ?? []).includes(section))
    // Pages that declare no audience are for everyone.
    .filter(({ data }) => !audience || (data.filters.audience ?? []).length === 0 || data.filters.audience!.includes(audience));
  const hit = ({ data, title, match }: (typeof scored)[number]): SearchHit => ({
    url: data.url,
    title,
    section: data.filters.section?.[0] ?? '',
    excerpt: buildExcerpt(data.content, match.found),
  });
  outcome.exact = scored
    .filter(({ match }) => match.all)
    .sort((a, b) => b.inTitle - a.inTitle || b.score - a.score)
    .map(hit);
  outcome.related = scored
    .filter(({ match }) => match.some && !match.all)
    .sort((a, b) => b.match.found.length - a.match.found.length || b.score - a.score)
    .map(hit);
  return outcome;
}
