import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';

/**
 * One indexed page as the search's first answer knows it, without Pagefind: its title, its
 * headings and (for a page as short as a glossary term's) its whole text — all words that are on
 * the page, so a match here is a match in the page — plus its description to show as the excerpt.
 */
export interface OutlineEntry {
  /** Pagefind's id for the page (its fragment's name): the full-text search skips and orders pages by it without reading them. */
  id: string;
  url: string;
  title: string;
  /** The section's name as the search filter stores it (指針, 用語集 …). */
  section: string;
  /** The audiences' names as the search filter stores them. */
  audiences: string[];
  /** The page's description (its meta description): shown, never matched, since it is not in the page's text. */
  description: string;
  /** The page's indexed headings below the title, in order, with their anchors. */
  headings: { text: string; id?: string }[];
  /** The whole indexed text after the title, for pages at most `wholeTextLimit` characters long (a glossary term's reading, definition and other spellings). */
  text?: string;
}

/** What the search page loads first: every indexed page's outline. */
export type OutlineIndex = OutlineEntry[];

/** Pages whose indexed text is at most this long are carried whole: a term's definition is its answer. */
export const wholeTextLimit = 400;

/** Elements after which text breaks, as Pagefind reads them. */
const blocks = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'td', 'th', 'div', 'section', 'article', 'header', 'blockquote', 'figcaption', 'caption', 'tr', 'legend']);

const ignored = (node: RootContent | Root) => node.type === 'element' && node.properties.dataPagefindIgnore !== undefined;

/** The text Pagefind indexes from a subtree: nothing marked data-pagefind-ignore, no furigana (<rt>, excluded from the index). */
function indexedText(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if ((node.type !== 'element' && node.type !== 'root') || ignored(node)) return '';
  if (node.type === 'element' && node.tagName === 'rt') return '';
  const inner = node.children.map(indexedText).join('');
  return node.type === 'element' && blocks.has(node.tagName) ? `${inner} ` : inner;
}

const tidy = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The h2–h4 headings of a subtree that the index reads (none inside an ignored part). */
function headingsOf(node: Root | RootContent): Element[] {
  if ((node.type !== 'element' && node.type !== 'root') || ignored(node)) return [];
  if (node.type === 'element' && /^h[2-4]$/.test(node.tagName)) return [node];
  return node.children.flatMap(headingsOf);
}

/**
 * The outline of one built page, or undefined when the page is not indexed (no data-pagefind-body).
 * `id` is Pagefind's id for the page, read from the index Pagefind wrote.
 */
export function outlineOfPage(html: string, url: string, id: string): OutlineEntry | undefined {
  const tree = fromHtml(html);
  const body = select('[data-pagefind-body]', tree) as Element | undefined;
  if (!body) return undefined;
  const filter = (name: string) =>
    [body, ...(selectAll('[data-pagefind-filter]', body) as Element[])]
      .map((element) => String(element.properties.dataPagefindFilter ?? ''))
      .filter((value) => value.startsWith(`${name}:`))
      .map((value) => value.slice(name.length + 1));
  const h1 = select('h1', body) as Element | undefined;
  const title = h1 ? tidy(indexedText(h1)) : url;
  const headings = headingsOf(body)
    .map((heading) => ({ text: tidy(indexedText(heading)), ...(heading.properties.id ? { id: String(heading.properties.id) } : {}) }))
    .filter((heading) => heading.text !== '');
  const whole = tidy(indexedText(body));
  const afterTitle = whole.startsWith(title) ? whole.slice(title.length).trim() : whole;
  const description = String((select('meta[name="description"]', tree) as Element | undefined)?.properties.content ?? '');
  return {
    id,
    url,
    title,
    section: filter('section')[0] ?? '',
    audiences: filter('audience'),
    description,
    headings,
    ...([...afterTitle].length <= wholeTextLimit ? { text: afterTitle } : {}),
  };
}
