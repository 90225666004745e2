import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { distDir } from './site.ts';

/** Elements after which text breaks, as it does for a reader. */
const blocks = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'td', 'th', 'div', 'section', 'article', 'header', 'blockquote', 'figcaption', 'caption', 'tr', 'legend']);

function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && node.properties.dataPagefindIgnore !== undefined) return '';
  // Furigana are not indexed (the index excludes <rt>): a reader finds 協働 by its kanji.
  if (node.type === 'element' && node.tagName === 'rt') return '';
  const inner = node.children.map(textOf).join('');
  return node.type === 'element' && blocks.has(node.tagName) ? `${inner} ` : inner;
}

/** The indexed h1–h4 headings of a subtree (none inside an ignored part). */
function headingsOf(node: Root | RootContent): string[] {
  if (node.type !== 'element' && node.type !== 'root') return [];
  if (node.type === 'element' && node.properties.dataPagefindIgnore !== undefined) return [];
  if (node.type === 'element' && /^h[1-4]$/.test(node.tagName)) return [textOf(node)];
  return node.children.flatMap(headingsOf);
}

/** Every page the search indexes, read from the built HTML (of dist/, or another built site): its site path, section, indexed text, and the text of its title and headings. */
export function indexedPages(siteDir = distDir): { url: string; section: string; audiences: string[]; text: string; headings: string }[] {
  const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
  return files.flatMap((file) => {
    const tree = fromHtml(readFileSync(join(siteDir, file), 'utf8'));
    const body = select('[data-pagefind-body]', tree) as Element | undefined;
    if (!body) return [];
    const url = `/${relative('.', file).replace(/index\.html$/, '')}`;
    const section = String(body.properties.dataPagefindFilter ?? '').replace(/^section:/, '');
    const audiences = selectAll('[data-pagefind-filter^="audience:"]', body).map((element) => String((element as Element).properties.dataPagefindFilter).replace(/^audience:/, ''));
    return [{ url, section, audiences, text: textOf(body), headings: headingsOf(body).join(' ') }];
  });
}

/**
 * The test's own reading of text and queries, written apart from src/lib/search (and in another
 * way: regular expressions, no shared code), so that a mistake there cannot agree with itself.
 * Compared text: NFKC, lower case, katakana as hiragana, no zero-width characters, one space.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/gu, (kana) => String.fromCodePoint(kana.codePointAt(0)! - 0x60))
    .replace(/[\u200b-\u200d\ufeff]/gu, '')
    .replace(/\s+/gu, ' ');
}

/** A query as a reader means it: quoted parts (in any of the usual quote pairs, unclosed to the end) are phrases, the rest words. */
export function queryTerms(query: string): { text: string; phrase: boolean }[] {
  const cleaned = [...query.normalize('NFKC').replace(/\s+/gu, ' ').trim()].slice(0, 100).join('').trim();
  const pattern = /"([^"]*)(?:"|$)|“([^”]*)(?:”|$)|「([^」]*)(?:」|$)|『([^』]*)(?:』|$)|'([^']*)(?:'|$)|([^\s"“「『']+)/gu;
  const terms = [...cleaned.matchAll(pattern)].map((match) => {
    const quoted = match.slice(1, 6).find((group) => group !== undefined);
    return quoted !== undefined ? { text: quoted.trim(), phrase: true } : { text: match[6]!, phrase: false };
  });
  return terms.filter((term) => term.text !== '');
}

/**
 * What a correct search must return, worked out from the pages themselves rather than the
 * index: every page whose text has all the terms, each term counting as found when the page
 * has it or, for an unquoted word, any spelling of its glossary group.
 */
export function expectedResults(pages: ReturnType<typeof indexedPages>, rawQuery: string, groups: readonly (readonly string[])[], section?: string, audience?: string) {
  const terms = queryTerms(rawQuery).map((term) => {
    const group = term.phrase ? undefined : groups.find((spellings) => spellings.some((spelling) => foldText(spelling) === foldText(term.text)));
    return { phrase: term.phrase, spellings: [term.text, ...(group ?? [])].map(foldText) };
  });
  return pages
    .filter((page) => !section || page.section === section)
    .filter((page) => !audience || page.audiences.length === 0 || page.audiences.includes(audience))
    .filter((page) => {
      const text = foldText(page.text);
      const skeletonText = withoutOkuriganaBetweenKanji(text);
      return terms.length > 0 && terms.every((term) => term.spellings.some((spelling) => text.includes(spelling) || (!term.phrase && okuriganaSkeleton(spelling) !== undefined && skeletonText.includes(okuriganaSkeleton(spelling)!))));
    })
    .map((page) => page.url)
    .sort();
}

/** Hiragana that may be okurigana (not particles): the reader's rule that 問合せ and 問い合わせ are one word. */
const okuriganaChars = 'いうえおきくけこさしすせそちつてなぬまみむめらりるれろわぎぐげごじずぜぞびぶべっ';

/** Page text with a single okurigana between two kanji taken out: 問い合わせ → 問合わせ. */
function withoutOkuriganaBetweenKanji(text: string): string {
  return text.replace(new RegExp(`(?<=\\p{Script=Han})[${okuriganaChars}](?=\\p{Script=Han})`, 'gu'), '');
}

/**
 * A word of two or more kanji with only hiragana besides, reduced to its kanji: 取り扱い → 取扱.
 * An ending of up to two okurigana is dropped; a longer ending, or one with a particle, is kept.
 */
function okuriganaSkeleton(spelling: string): string | undefined {
  if (!/^[\p{Script=Han}ぁ-ゖ]+$/u.test(spelling) || (spelling.match(/\p{Script=Han}/gu) ?? []).length < 2) return undefined;
  const leading = /^[ぁ-ゖ]*/u.exec(spelling)![0];
  const ending = /[ぁ-ゖ]*$/u.exec(spelling)![0];
  const keptEnding = ending.length <= 2 && new RegExp(`^[${okuriganaChars}]*$`, 'u').test(ending) ? '' : ending;
  const middle = spelling.slice(leading.length, spelling.length - ending.length).replace(/[ぁ-ゖ]+/gu, '');
  return leading + middle + keptEnding;
}
