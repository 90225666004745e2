import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { t } from '../i18n/ja.ts';

/**
 * Where the printed guidebook's links can lead inside the book: its chapters by the site page
 * they come from, and its appendix of forms.
 */
export interface BookTargets {
  /** A guidebook page's id (`review`) → its chapter's anchor in the book (`ch9`). */
  chapters: ReadonlyMap<string, string>;
  /** The anchor of the appendix of forms, and of one form's title in it. */
  templates: { appendix: string; form: (id: string) => string };
  /** The site's public address: every other site link is printed as a path under it. */
  publicUrl: string;
}

/**
 * Marks the printed page number of an anchor. The element is empty: the PDF renderer gives each number as style,
 * `[data-page-ref="ch4"]::after { content: "23" }`, from where the previous layout put the anchor (scripts/lib/pdf/book/).
 */
export const pageRefAttribute = 'data-page-ref';

/** The id of a chapter's note on a site page, by its number: `ch3-site-note-1`. */
export const siteNoteId = (chapter: string, number: number) => `${chapter}-site-note-${number}`;

/**
 * Turns the links of one chapter into references that work on paper, where nobody can click:
 * - a link to another part of the guidebook (a chapter, a heading in one, a form of the 様式集)
 *   becomes a link inside the PDF, followed by 「（→ 20ページ）」 with the page its target is
 *   printed on;
 * - a link to a page that exists only on the site (the guideline, the forms, the glossary)
 *   keeps its address and gets a note mark 「※1」; the chapter ends with its notes, each the
 *   link's words and the page's address, so that no address stands unbreakable mid-sentence;
 * - a glossary term in running text stays a plain link: it marks a word, it is not a reference.
 * A target referred to several times in one chapter gets its page or mark only the first
 * time, so that a paragraph does not repeat the same number.
 */
export function addBookReferences(tree: Root, targets: BookTargets, chapter: string): void {
  const site = new URL(targets.publicUrl);
  const seen = new Set<string>();
  const notes: { label: string; address: string }[] = [];
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'a' || typeof node.properties.href !== 'string' || !parent || index === undefined) return;
    const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
    const href = node.properties.href;
    const url = new URL(href, site);
    // Only the site's own pages: its folder of the domain (https://…/kusei/kyodo/shishin/), not the rest of the ward's site.
    if (url.origin !== site.origin || !url.pathname.startsWith(site.pathname)) return SKIP;
    if (classes.includes('glossary-term')) {
      node.properties.href = url.href;
      return SKIP;
    }
    const path = `/${url.pathname.slice(site.pathname.length)}`;
    const anchor = href.startsWith('#') ? decodeURIComponent(href.slice(1)) : bookAnchor(path, url.hash, targets);
    node.properties.href = anchor ? `#${anchor}` : url.href;
    const key = anchor || printedPath(path, url.hash);
    if (seen.has(key)) return SKIP;
    seen.add(key);
    let reference: Element;
    if (anchor) {
      const pageNumber: Element = { type: 'element', tagName: 'span', properties: { [toProperty(pageRefAttribute)]: anchor }, children: [] };
      reference = { type: 'element', tagName: 'span', properties: { className: ['book-ref'] }, children: [{ type: 'text', value: `（→ ` }, pageNumber, { type: 'text', value: `${t('print.pageSuffix')}）` }] };
    } else {
      notes.push({ label: toString(node).trim(), address: siteAddress(targets.publicUrl, key) });
      // Plain text, not a link to its note: a mark this small is too small a target to click (WCAG 2.5.8).
      reference = { type: 'element', tagName: 'sup', properties: { className: ['site-note-ref'] }, children: [{ type: 'text', value: `${t('print.siteNoteMark')}${notes.length}` }] };
    }
    parent.children.splice(index + 1, 0, reference);
    return [SKIP, index + 2];
  });
  if (notes.length > 0) tree.children.push(siteNotes(notes, chapter));
}

/**
 * The chapter's notes on the site's pages, at its end: each mark with the link's words and the
 * page's address (without https://, as it is typed), which may break anywhere, as addresses do.
 */
function siteNotes(notes: readonly { label: string; address: string }[], chapter: string): Element {
  const text = (value: string): ElementContent => ({ type: 'text', value });
  const titleId = `${chapter}-site-notes-title`;
  return {
    type: 'element',
    tagName: 'aside',
    properties: { className: ['site-notes'], ariaLabelledBy: [titleId] },
    children: [
      { type: 'element', tagName: 'p', properties: { id: titleId, className: ['site-notes-title'] }, children: [text(t('print.siteNotesTitle'))] },
      {
        type: 'element',
        tagName: 'ol',
        properties: {},
        children: notes.map((note, index) => ({
          type: 'element',
          tagName: 'li',
          properties: { id: siteNoteId(chapter, index + 1) },
          children: [
            { type: 'element', tagName: 'span', properties: { className: ['site-note-mark'] }, children: [text(`${t('print.siteNoteMark')}${index + 1}`)] },
            text(note.label),
            { type: 'element', tagName: 'span', properties: { className: ['site-note-address'] }, children: [text(note.address)] },
          ],
        })),
      },
    ],
  };
}

/** A site page's address as printed: the public URL (with any folder the site sits in) and the path, without the scheme. */
function siteAddress(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/^https?:\/\//, '').replace(/\/$/, '')}${path}`;
}

/** hast spells data attributes in camel case: data-page-ref → dataPageRef. */
const toProperty = (attribute: string) => attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The anchor in the book of a site page (its site path and #fragment), if the book holds that page. */
function bookAnchor(path: string, hash: string, targets: BookTargets): string | undefined {
  const match = /^\/guidebook\/([^/]+)\/$/.exec(path);
  if (!match) return undefined;
  const fragment = decodeURIComponent(hash.slice(1));
  if (match[1] === 'templates') return fragment ? targets.templates.form(fragment) : targets.templates.appendix;
  const chapter = targets.chapters.get(match[1]!);
  if (!chapter) return undefined;
  // Headings inside a chapter carry the chapter's prefix (src/lib/print/html-ids.ts).
  return fragment ? `${chapter}-${fragment}` : chapter;
}

/**
 * The site path to print for a site page: a glossary entry's anchor becomes the term's own page
 * (/glossary/kobo/), which says the same in a form a reader can type.
 */
function printedPath(path: string, hash: string): string {
  if (path === '/glossary/' && hash.length > 1) return `/glossary/${decodeURIComponent(hash.slice(1))}/`;
  return `${path}${hash}`;
}
