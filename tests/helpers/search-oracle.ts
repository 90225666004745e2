import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { distDir } from './site.ts';
import { cleanQuery } from '../../src/lib/search/normalize.ts';
import { parseQuery } from '../../src/lib/search/parse-query.ts';
import { expandTerms, type VariantGroups } from '../../src/lib/search/variants.ts';
import { matchPage } from '../../src/lib/search/match.ts';

/** Elements after which text breaks, as it does for a reader. */
const blocks = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'td', 'th', 'div', 'section', 'article', 'header', 'blockquote', 'figcaption', 'caption', 'tr', 'legend']);

function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && node.properties.dataPagefindIgnore !== undefined) return '';
  const inner = node.children.map(textOf).join('');
  return node.type === 'element' && blocks.has(node.tagName) ? `${inner} ` : inner;
}

/** Every page the search indexes, read from the built HTML: its URL, section and indexed text. */
export function indexedPages(): { url: string; section: string; audiences: string[]; text: string }[] {
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
  return files.flatMap((file) => {
    const tree = fromHtml(readFileSync(join(distDir, file), 'utf8'));
    const body = select('[data-pagefind-body]', tree) as Element | undefined;
    if (!body) return [];
    const url = `/${relative('.', file).replace(/index\.html$/, '')}`;
    const section = String(body.properties.dataPagefindFilter ?? '').replace(/^section:/, '');
    const audiences = selectAll('[data-pagefind-filter^="audience:"]', body).map((element) => String((element as Element).properties.dataPagefindFilter).replace(/^audience:/, ''));
    return [{ url, section, audiences, text: textOf(body) }];
  });
}

/**
 * What a correct search must return, worked out from the pages themselves rather than the
 * index: every page whose text has all the terms (or a variant of each).
 */
export function expectedResults(pages: ReturnType<typeof indexedPages>, rawQuery: string, groups: VariantGroups, section?: string, audience?: string) {
  const terms = expandTerms(parseQuery(cleanQuery(rawQuery).query), groups);
  return pages
    .filter((page) => !section || page.section === section)
    .filter((page) => !audience || page.audiences.length === 0 || page.audiences.includes(audience))
    .filter((page) => matchPage(page.text, terms).all)
    .map((page) => page.url)
    .sort();
}
