import { buildExcerpt, matchPage, type ExcerptPart, type PageMatch } from './match.ts';
import { cleanQuery, foldForMatch } from './normalize.ts';
import { dropQuestionForm, parseQuery, type QueryTerm } from './parse-query.ts';
import { expandTerms, type ExpandedTerm, type VariantGroups } from './variants.ts';

/** The part of Pagefind's browser API this search uses. */
export interface PagefindApi {
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
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

/** A search in progress: the results read so far, and the way to read more. */
export interface SearchSession {
  /** The query as searched (cleaned, maybe cut, maybe without a question form). */
  query: string;
  /** The query as typed, when a question form was dropped from it (共催とは → 共催). */
  asked?: string;
  /** Whether the query was cut to maxQueryLength. */
  truncated: boolean;
  terms: QueryTerm[];
  /** Pages whose text contains every term (or a variant of it), in the order read. */
  exact: SearchHit[];
  /** Pages that contain some of the terms, or only the words of a compound term. */
  related: SearchHit[];
  /** True once every candidate page has been read: the counts are final. */
  complete: boolean;
  /** Reads candidates until `resultsPerPage` more exact results are found or none are left. */
  more(): Promise<void>;
}

/** Results verified and shown at a time; the rest on demand (「さらに表示」). */
export const resultsPerPage = 10;
/** At most this many index lookups per search: one per spelling of each term. */
const maxLookups = 16;
/** At most this many pages are read to check the terms literally (about 2.5 KB each). */
const maxPagesRead = 60;

type Narrow = { section?: string | undefined; audience?: string | undefined };

/**
 * Searches the way a Japanese reader expects. Pagefind finds candidate pages (it segments
 * Japanese, but also matches the parts of a compound anywhere and falls back to prefixes);
 * each candidate's text is then checked literally, after NFKC, kana and okurigana folding,
 * for every term or one of its variants. Pages with all terms are the results; pages with
 * some, or with only the words of a compound that other pages have whole, are related
 * results; pages with none — Pagefind's guesses for words the site lacks — are dropped.
 * Candidates are read in Pagefind's order, a page of results at a time, so the first answer
 * fetches only what it shows. A question typed as a sentence (共催とは) is searched without
 * its question form when that finds something.
 */
export async function startSearch(pagefind: PagefindApi, rawQuery: string, groups: VariantGroups, narrow: Narrow = {}): Promise<SearchSession> {
  const { query, truncated } = cleanQuery(rawQuery);
  const withoutQuestion = dropQuestionForm(query);
  if (withoutQuestion) {
    const session = await searchTerms(pagefind, withoutQuestion, truncated, groups, narrow);
    if (session.exact.length > 0) return Object.assign(session, { asked: query });
  }
  return searchTerms(pagefind, query, truncated, groups, narrow);
}

/** Runs a search to the end: every candidate read (for the tests and the benchmark's oracle checks). */
export async function search(pagefind: PagefindApi, rawQuery: string, groups: VariantGroups, narrow: Narrow = {}): Promise<SearchSession> {
  const session = await startSearch(pagefind, rawQuery, groups, narrow);
  while (!session.complete) await session.more();
  return session;
}

async function searchTerms(pagefind: PagefindApi, query: string, truncated: boolean, groups: VariantGroups, narrow: Narrow): Promise<SearchSession> {
  const terms = parseQuery(query);
  const expanded = expandTerms(terms, groups);
  // Pagefind narrows by section and audience itself (every page carries its filters), so no page is read only to be dropped.
  const filters = Object.fromEntries(Object.entries(narrow).filter((entry): entry is [string, string] => Boolean(entry[1])));
  // The index is asked in two rounds: the words as typed, then (when those candidates run out) their other glossary spellings,
  // so a first answer that the typed words fill costs no index chunks for spellings it does not need.
  const rounds = [
    [terms.map((term) => term.text).join(' '), ...expanded.flatMap((term) => term.queries)],
    expanded.flatMap((term) => term.variantQueries),
  ].map((lookups) => [...new Set(lookups)]);
  const asked = new Set<string>();
  const ranked: PagefindResult[] = [];
  const seen = new Set<string>();
  const lookUp = async (lookups: string[]) => {
    const fresh = lookups.filter((lookup) => !asked.has(lookup)).slice(0, Math.max(0, maxLookups - asked.size));
    fresh.forEach((lookup) => asked.add(lookup));
    const candidates = new Map<string, PagefindResult>();
    for (const found of await Promise.all(fresh.map((lookup) => pagefind.search(lookup, { filters })))) {
      for (const result of found?.results ?? []) {
        const known = candidates.get(result.id);
        if (!seen.has(result.id) && (!known || known.score < result.score)) candidates.set(result.id, result);
      }
    }
    const added = [...candidates.values()].sort((a, b) => b.score - a.score).slice(0, Math.max(0, maxPagesRead - ranked.length));
    added.forEach((result) => seen.add(result.id));
    ranked.push(...added);
  };
  let round = 0;
  let read = 0;
  const nextRound = async () => {
    while (round < rounds.length && terms.length > 0) {
      await lookUp(rounds[round++]!);
      if (read < ranked.length) return;
    }
  };
  await nextRound();
  // Pages with only the words of a compound wait here until some page is found with the compound whole.
  const partsOnly: { hit: SearchHit; match: PageMatch }[] = [];
  const wholeSeen = expanded.map(() => false);

  const session: SearchSession = {
    query,
    truncated,
    terms,
    exact: [],
    related: [],
    complete: false,
    async more() {
      let found = 0;
      // This page's results, ordered together once read (a title that names the query first), then added after the earlier pages'.
      const page: ReturnType<typeof judge>[] = [];
      while (found < resultsPerPage && (read < ranked.length || round < rounds.length)) {
        if (read >= ranked.length) {
          await nextRound();
          continue;
        }
        // Read as many as are missing: most candidates of a one-word query are results.
        const batch = ranked.slice(read, read + resultsPerPage - found);
        read += batch.length;
        const pages = await Promise.all(batch.map(async (result) => ({ score: result.score, data: await result.data() })));
        const judged = pages.map(({ score, data }) => judge(data, score, expanded));
        judged.forEach(({ match }) => match.terms.forEach((present, index) => (wholeSeen[index] ||= present)));
        const exact = judged.filter(({ match }) => match.all);
        page.push(...exact);
        found += exact.length;
        session.related.push(...judged.filter(({ match }) => !match.all && match.some).map(({ hit }) => hit));
        partsOnly.push(...judged.filter(({ match }) => !match.all && !match.some && match.partsOnly.some(Boolean)));
      }
      session.exact.push(...page.sort((a, b) => b.inTitle - a.inTitle || b.score - a.score).map(({ hit }) => hit));
      // A compound's words count only when the compound itself is on the site (協働事業): otherwise 区役所 would list every page with 区.
      for (let index = partsOnly.length - 1; index >= 0; index--) {
        if (partsOnly[index]!.match.partsOnly.some((only, term) => only && wholeSeen[term])) session.related.push(partsOnly.splice(index, 1)[0]!.hit);
      }
      session.complete = read >= ranked.length && round >= rounds.length;
    },
  };
  await session.more();
  return session;
}

/** A candidate page checked against the terms: its match, and its hit as the page would show it. */
function judge(data: PagefindData, score: number, expanded: readonly ExpandedTerm[]) {
  const title = data.meta.title ?? data.url;
  const match = matchPage(`${title} ${data.content}`, expanded);
  // A page titled exactly as asked (委託) ranks above pages whose title only contains it (委託と契約の基本).
  const foldedTitle = foldForMatch(title);
  const inTitle = match.found.some((needle) => foldedTitle === needle) ? 2 : match.found.some((needle) => foldedTitle.includes(needle)) ? 1 : 0;
  const hit: SearchHit = { url: data.url, title, section: data.filters.section?.[0] ?? '', excerpt: buildExcerpt(data.content, match.found) };
  return { score, match, inTitle, hit };
}
