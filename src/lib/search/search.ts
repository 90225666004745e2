import { buildExcerpt, matchPage, type ExcerptPart, type PageMatch } from './match.ts';
import { cleanQuery, foldForMatch } from './normalize.ts';
import { dropQuestionForm, parseQuery, type QueryTerm } from './parse-query.ts';
import { expandTerms, type ExpandedTerm, type VariantGroups } from './variants.ts';
import type { OutlineEntry, OutlineIndex } from './outline-index.ts';

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
  /** The page, or the heading on it that matched (`/guidebook/review/#…`). */
  url: string;
  title: string;
  section: string;
  excerpt: ExcerptPart[];
}

/** What a search reads: the outline first, the full text (Pagefind) when the outline is not enough. */
export interface SearchSources {
  outline: OutlineIndex;
  /** Groups of spellings that mean the same (a glossary term and its variants). */
  groups: VariantGroups;
  /** Section names in the order their pages come when all else is equal. */
  sectionOrder: readonly string[];
  /** Loads Pagefind on first need: a first answer the outline fills costs none of it. */
  fullText(): Promise<PagefindApi>;
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
  /** Pages whose text contains every term (or a variant of it), best first. */
  exact: SearchHit[];
  /** Pages that contain some of the terms, or only the words of a compound term. */
  related: SearchHit[];
  /** True once every candidate page has been read: the counts are final. */
  complete: boolean;
  /** Shows `resultsPerPage` more exact results, or what is left. */
  more(): Promise<void>;
}

/** Results shown at a time; the rest on demand (「さらに表示」). Five fill a phone's first two screens and keep the first answer light. */
export const resultsPerPage = 5;
/** At most this many index lookups per search: one per spelling of each term. */
const maxLookups = 16;

type Narrow = { section?: string | undefined; audience?: string | undefined };

/**
 * Searches the way a Japanese reader expects, in two steps.
 *
 * 1. The outline (every page's title and headings, and the whole of a glossary term's page) is
 *    searched first: a page whose title or headings hold every term is certainly a result, and
 *    these come first — a page titled as asked, then title matches, then heading matches. Most
 *    first answers end here, without loading Pagefind (its script, wasm and index chunks cost a
 *    reader on a phone more than the whole page).
 * 2. The full text, through Pagefind, when the outline gives too few or the reader asks for more.
 *    Pagefind finds candidate pages (it segments Japanese, but also matches the parts of a
 *    compound anywhere and falls back to prefixes); candidates whose headings name more of the
 *    terms are read first, and each is checked literally, after NFKC, kana and okurigana folding,
 *    for every term or one of its variants. Pages with all terms are results; pages with some, or
 *    with only the words of a compound that other pages have whole, are related results; pages
 *    with none — Pagefind's guesses for words the site lacks — are dropped.
 *
 * A question typed as a sentence (共催とは) is searched without its question form when that finds something.
 */
export async function startSearch(sources: SearchSources, rawQuery: string, narrow: Narrow = {}): Promise<SearchSession> {
  const { query, truncated } = cleanQuery(rawQuery);
  const withoutQuestion = dropQuestionForm(query);
  if (withoutQuestion) {
    const session = await searchTerms(sources, withoutQuestion, truncated, narrow);
    if (session.exact.length > 0) return Object.assign(session, { asked: query });
  }
  return searchTerms(sources, query, truncated, narrow);
}

/** Runs a search to the end: every candidate read (for the tests and the benchmark's oracle checks). */
export async function search(sources: SearchSources, rawQuery: string, narrow: Narrow = {}): Promise<SearchSession> {
  const session = await startSearch(sources, rawQuery, narrow);
  while (!session.complete) await session.more();
  return session;
}

/** How well a page's outline answers the terms: what orders results before any page is read. */
interface OutlineRank {
  /** Terms found in the title or a heading. */
  coverage: number;
  /** 2: the title is what was typed (委託); 1: the title contains it or another spelling of it (委託と契約の基本); 0: neither. */
  title: number;
  /** The section's place in the reading order. */
  section: number;
}

function rankOutline(entry: OutlineEntry, expanded: readonly ExpandedTerm[], sectionOrder: readonly string[]): OutlineRank & { match: PageMatch; heading: { text: string; id?: string } | undefined } {
  const headed = matchPage([entry.title, ...entry.headings.map((heading) => heading.text)].join(' '), expanded);
  const match = matchPage([entry.title, ...entry.headings.map((heading) => heading.text), entry.text ?? ''].join(' '), expanded);
  const title = foldForMatch(entry.title);
  const section = sectionOrder.indexOf(entry.section);
  return {
    match,
    coverage: headed.terms.filter(Boolean).length,
    // Titled as typed, not as another spelling: テンプレート puts 様式集 before the glossary's 様式.
    title: expanded.some((term) => title === foldForMatch(term.text)) ? 2 : headed.found.some((needle) => title.includes(needle)) ? 1 : 0,
    section: section === -1 ? sectionOrder.length : section,
    heading: entry.headings.find((heading) => headed.found.some((needle) => foldForMatch(heading.text).includes(needle))),
  };
}

/** Best first: more terms in the title and headings, then the title as asked, then the section's order. */
const byRank = (a: OutlineRank, b: OutlineRank) => b.coverage - a.coverage || b.title - a.title || a.section - b.section;

/** Whether a page is in the narrowed search. */
const within = (entry: OutlineEntry, narrow: Narrow) => (!narrow.section || entry.section === narrow.section) && (!narrow.audience || entry.audiences.includes(narrow.audience));

/** An outline match as a result: linked to the heading that matched when the title did not, its excerpt from the text or headings that matched, else the description. */
function outlineHit(entry: OutlineEntry, rank: ReturnType<typeof rankOutline>): SearchHit {
  const { found } = rank.match;
  const inText = entry.text !== undefined && found.some((needle) => foldForMatch(entry.text!).includes(needle));
  const heading = rank.title === 0 ? rank.heading : undefined;
  const source = inText ? entry.text! : heading ? `${heading.text}：${entry.description}` : entry.description;
  return {
    url: heading?.id ? `${entry.url}#${heading.id}` : entry.url,
    title: entry.title,
    section: entry.section,
    excerpt: buildExcerpt(source, found),
  };
}

async function searchTerms(sources: SearchSources, query: string, truncated: boolean, narrow: Narrow): Promise<SearchSession> {
  const terms = parseQuery(query);
  const expanded = expandTerms(terms, sources.groups);
  const outline = new Map(sources.outline.map((entry) => [entry.id, { entry, rank: rankOutline(entry, expanded, sources.sectionOrder) }]));

  // Step 1: pages whose outline holds every term, best first.
  const outlineHits = terms.length === 0 ? [] : [...outline.values()].filter(({ entry, rank }) => rank.match.all && within(entry, narrow)).sort((a, b) => byRank(a.rank, b.rank));
  const shownIds = new Set(outlineHits.map(({ entry }) => entry.id));
  let outlineShown = 0;

  // Step 2, on need: Pagefind's candidates, the pages whose headings name more terms first.
  // Pagefind narrows by section and audience itself (every page carries its filters), so no page is read only to be dropped.
  const filters = Object.fromEntries(Object.entries(narrow).filter((entry): entry is [string, string] => Boolean(entry[1])));
  // The index is asked in two rounds: the words as typed, then (when those candidates run out) their other glossary spellings,
  // so an answer that the typed words fill costs no index chunks for spellings it does not need.
  const rounds = [
    [terms.map((term) => term.text).join(' '), ...expanded.flatMap((term) => term.queries)],
    expanded.flatMap((term) => term.variantQueries),
  ].map((lookups) => [...new Set(lookups)]);
  const asked = new Set<string>();
  const ranked: PagefindResult[] = [];
  const seen = new Set<string>(shownIds);
  let pagefind: PagefindApi | undefined;
  const lookUp = async (lookups: string[]) => {
    pagefind ??= await sources.fullText();
    const fresh = lookups.filter((lookup) => !asked.has(lookup)).slice(0, Math.max(0, maxLookups - asked.size));
    fresh.forEach((lookup) => asked.add(lookup));
    const candidates = new Map<string, PagefindResult>();
    for (const found of await Promise.all(fresh.map((lookup) => pagefind!.search(lookup, { filters })))) {
      for (const result of found?.results ?? []) {
        const known = candidates.get(result.id);
        if (!seen.has(result.id) && (!known || known.score < result.score)) candidates.set(result.id, result);
      }
    }
    const rankOf = (result: PagefindResult) => outline.get(result.id)?.rank ?? { coverage: 0, title: 0, section: sources.sectionOrder.length };
    const added = [...candidates.values()].sort((a, b) => byRank(rankOf(a), rankOf(b)) || b.score - a.score);
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
  // Pages with only the words of a compound wait here until some page is found with the compound whole.
  const partsOnly: { hit: SearchHit; match: PageMatch }[] = [];
  // Outline matches count as the compound found whole: their text has it.
  const wholeSeen = expanded.map((_, index) => outlineHits.some(({ rank }) => rank.match.terms[index]));
  const fullTextDone = () => terms.length === 0 || (round >= rounds.length && read >= ranked.length);

  const session: SearchSession = {
    query,
    truncated,
    terms,
    exact: [],
    related: [],
    complete: false,
    async more() {
      const fromOutline = outlineHits.slice(outlineShown, outlineShown + resultsPerPage);
      outlineShown += fromOutline.length;
      session.exact.push(...fromOutline.map(({ entry, rank }) => outlineHit(entry, rank)));
      let found = fromOutline.length;
      // This page's results from the full text, ordered together once read, then added after the earlier ones.
      const page: ReturnType<typeof judge>[] = [];
      while (found < resultsPerPage && !fullTextDone()) {
        if (read >= ranked.length) {
          await nextRound();
          continue;
        }
        // Read as many as are missing: most candidates of a one-word query are results.
        const batch = ranked.slice(read, read + resultsPerPage - found);
        read += batch.length;
        const pages = await Promise.all(batch.map(async (result) => ({ result, data: await result.data() })));
        const judged = pages.map(({ result, data }) => judge(data, result.score, outline.get(result.id)?.rank, expanded));
        judged.forEach(({ match }) => match.terms.forEach((present, index) => (wholeSeen[index] ||= present)));
        const exact = judged.filter(({ match }) => match.all);
        page.push(...exact);
        found += exact.length;
        session.related.push(...judged.filter(({ match }) => !match.all && match.some).map(({ hit }) => hit));
        partsOnly.push(...judged.filter(({ match }) => !match.all && !match.some && match.partsOnly.some(Boolean)));
      }
      session.exact.push(...page.sort((a, b) => byRank(a.rank, b.rank) || b.score - a.score).map(({ hit }) => hit));
      // A compound's words count only when the compound itself is on the site (協働事業): otherwise 区役所 would list every page with 区.
      for (let index = partsOnly.length - 1; index >= 0; index--) {
        if (partsOnly[index]!.match.partsOnly.some((only, term) => only && wholeSeen[term])) session.related.push(partsOnly.splice(index, 1)[0]!.hit);
      }
      session.complete = outlineShown >= outlineHits.length && fullTextDone();
    },
  };
  await session.more();
  return session;
}

/** A candidate page checked against the terms: its match, and its hit as the page would show it. */
function judge(data: PagefindData, score: number, outlineRank: OutlineRank | undefined, expanded: readonly ExpandedTerm[]) {
  const title = data.meta.title ?? data.url;
  const match = matchPage(`${title} ${data.content}`, expanded);
  const rank = outlineRank ?? { coverage: 0, title: 0, section: Number.MAX_SAFE_INTEGER };
  const hit: SearchHit = { url: data.url, title, section: data.filters.section?.[0] ?? '', excerpt: buildExcerpt(data.content, match.found) };
  return { score, match, rank, hit };
}
