// The search page's behaviour: runs the query in ?q= on load, follows typing in the address,
// and shows results built with text nodes only, so a query can never inject markup.
import { startSearch, type PagefindApi, type SearchHit, type SearchSession, type SearchSources } from '../lib/search/search.ts';
import { closestTerms, type TermSuggestion } from '../lib/search/closest-terms.ts';
import type { OutlineIndex } from '../lib/search/outline-index.ts';

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#search-input')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const results = document.querySelector<HTMLOListElement>('#search-results')!;
const related = document.querySelector<HTMLOListElement>('#search-related')!;
const relatedSection = document.querySelector<HTMLElement>('#search-related-section')!;
const moreButton = document.querySelector<HTMLButtonElement>('#search-more')!;
const wayOn = document.querySelector<HTMLElement>('#search-way-on')!;
const closeTerms = document.querySelector<HTMLElement>('#search-close-terms')!;
const closeList = document.querySelector<HTMLUListElement>('#search-close-list')!;
const messages = form.dataset;
const pageData = JSON.parse(messages.search!) as { terms: TermSuggestion[]; sectionOrder: string[] };

let outline: Promise<OutlineIndex> | undefined;
let pagefind: Promise<PagefindApi> | undefined;

/** The outline, fetched once: most first answers need nothing else. */
const loadOutline = () => (outline ??= fetch(messages.outlineUrl!).then((response) => response.json() as Promise<OutlineIndex>));

/** Pagefind, loaded only when the outline is not enough; on the page's own thread (its worker would cost another 12 KB before the first answer). */
function loadPagefind() {
  pagefind ??= (async () => {
    // Addresses come from the page (src/lib/routes.ts), so this script carries no routing code.
    const api = (await import(/* @vite-ignore */ messages.pagefindUrl!)) as PagefindApi & { options(options: object): Promise<void>; init(): Promise<void> };
    // Results as site paths, like the outline's: Pagefind would otherwise put the folder it is loaded from in front of them (renderHits adds it once).
    await api.options({ noWorker: true, baseUrl: '/' });
    await api.init();
    return api;
  })();
  return pagefind;
}

async function sources(): Promise<SearchSources> {
  return {
    outline: await loadOutline(),
    groups: pageData.terms.filter((term) => term.variants.length > 0).map((term) => [term.term, ...term.variants]),
    sectionOrder: pageData.sectionOrder,
    fullText: loadPagefind,
  };
}

const fill = (template: string | undefined, values: Record<string, string | number>) =>
  Object.entries(values).reduce((text, [key, value]) => text.replaceAll(`{${key}}`, String(value)), template ?? '');

/** Shows hits in a list: all of them, or (when `from` is given) only those after the first `from`, added at the end. */
function renderHits(list: HTMLOListElement, hits: readonly SearchHit[], from?: number) {
  const items = hits.slice(from ?? 0).map((hit) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    // Hits carry site paths (Pagefind's and the outline's); the page says which folder the site is published under.
    link.href = `${messages.siteBase!}${hit.url.replace(/^\//, '')}`;
    link.textContent = hit.title;
    const section = document.createElement('p');
    section.className = 'result-section';
    section.textContent = hit.section;
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    excerpt.append(
      ...hit.excerpt.map((part) => {
        if (!part.mark) return document.createTextNode(part.text);
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        return mark;
      }),
    );
    item.append(link, section, excerpt);
    return item;
  });
  if (from === undefined) list.replaceChildren(...items);
  else list.append(...items);
  return items;
}

/** When no page has every word: the closest glossary terms, besides the fixed ways on (chooser, glossary, plain Japanese, contact). */
function showWayOn(session: SearchSession | undefined) {
  const stuck = session !== undefined && session.complete && session.exact.length === 0;
  wayOn.hidden = !stuck;
  if (!stuck) return;
  const terms = closestTerms(session.query, pageData.terms);
  closeList.replaceChildren(
    ...terms.map((term) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = term.href;
      link.textContent = term.term;
      item.append(link);
      return item;
    }),
  );
  closeTerms.hidden = terms.length === 0;
}

let current: SearchSession | undefined;

/** The status line and the lists for what the session has read so far. */
function show(session: SearchSession) {
  const shown = session.query;
  const found = session.complete ? messages.msgFound : messages.msgFoundAtLeast;
  const parts = [session.exact.length > 0 ? fill(found, { q: shown, n: session.exact.length }) : fill(messages.msgNone, { q: shown })];
  if (session.asked) parts.unshift(fill(messages.msgAsked, { asked: session.asked, q: shown }));
  if (session.related.length > 0) parts.push(fill(messages.msgRelated, { n: session.related.length }));
  if (session.truncated) parts.push(messages.msgTruncated ?? '');
  status.textContent = parts.join(' ');
  relatedSection.hidden = session.related.length === 0;
  moreButton.hidden = session.complete;
  showWayOn(session);
}

let latest = 0;

/** Runs the query in the box. `focusCount`: move the focus to the count when the answer comes (a submitted search, not one being typed). */
async function run(pushAddress: boolean, focusCount: boolean) {
  const query = input.value;
  const fields = new FormData(form);
  const section = fields.get('section')?.toString() ?? '';
  const audience = fields.get('audience')?.toString() ?? '';
  if (pushAddress) {
    const params = new URLSearchParams();
    if (query.trim()) params.set('q', query);
    if (section) params.set('section', section);
    if (audience) params.set('audience', audience);
    history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
  }
  const run = ++latest;
  current = undefined;
  moreButton.hidden = true;
  if (!query.trim()) {
    status.textContent = '';
    results.replaceChildren();
    related.replaceChildren();
    relatedSection.hidden = true;
    showWayOn(undefined);
    return;
  }
  status.textContent = messages.msgLoading ?? '';
  try {
    const searchSources = await sources();
    // Marks let the benchmark read how long a search takes, index loading excluded.
    performance.mark('search-start');
    const session = await startSearch(searchSources, query, { section: section || undefined, audience: audience || undefined });
    performance.measure('search', 'search-start');
    if (run !== latest) return; // A newer query has started.
    current = session;
    renderHits(results, session.exact);
    renderHits(related, session.related);
    show(session);
    if (focusCount) status.focus();
  } catch {
    status.textContent = messages.msgError ?? '';
  }
}

// 「さらに表示」: read the next candidates, add what they give, and move the focus to the first new result.
moreButton.addEventListener('click', async () => {
  const session = current;
  if (!session || session.complete) return;
  const before = { exact: session.exact.length, related: session.related.length };
  moreButton.disabled = true;
  try {
    await session.more();
  } catch {
    status.textContent = messages.msgError ?? '';
    return;
  } finally {
    moreButton.disabled = false;
  }
  if (session !== current) return;
  const added = renderHits(results, session.exact, before.exact);
  renderHits(related, session.related, before.related);
  show(session);
  (added[0]?.querySelector('a') ?? results.querySelector<HTMLAnchorElement>('li:last-child > a') ?? status).focus();
});

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => void run(true, false), 250);
});
input.addEventListener('focus', () => void loadOutline(), { once: true });
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('input[name="section"], input[name="audience"]')) void run(true, false);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  void run(true, true);
});

// A shared address such as /search/?q=委託 runs its search on arrival, and the count takes the focus.
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
for (const name of ['section', 'audience']) {
  const wanted = params.get(name);
  const radio = [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].find((item) => item.value === wanted);
  if (wanted && radio) {
    radio.checked = true;
    // A shared address with a filter shows the filters it uses.
    form.querySelector<HTMLDetailsElement>('#search-filters')!.open = true;
  }
}
if (input.value.trim()) void run(false, true);
