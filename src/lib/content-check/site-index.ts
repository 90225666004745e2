import { readdirSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { CollectionName } from '../collections.ts';
import { chooserPages, type Chooser } from '../chooser.ts';
import { formHref, principleHref } from '../forms.ts';
import type { Glossary } from '../glossary.ts';
import { guidebookHref } from '../guidebook.ts';
import { completionListId, formSectionIds, formsIndexIds, kanaRowId, mainId, principleSectionIds } from '../page-anchors.ts';
import { guidebookProduct, pamphletProduct, pdfHref } from '../print-products.ts';
import { guidelineHref } from '../routes.ts';
import { kanaRowOf } from '../glossary.ts';

/** One parsed content file, as the checks across files need it. */
export interface ParsedEntry {
  collection: CollectionName;
  /** The id Astro gives the entry (its URL segment). */
  id: string;
  /** Path shown to the editor. */
  file: string;
  tree: Root;
  /** Ids that our plugins added (completion-1 …). */
  pluginIds: string[];
}

/** The URL of an entry's page, or undefined for collections without pages of their own. */
export function entryHref(collection: CollectionName, id: string): string {
  switch (collection) {
    case 'guideline':
      return guidelineHref(id);
    case 'pages':
      return `/${id}/`;
    case 'principles':
      return principleHref(id);
    case 'forms':
      return formHref(id);
    case 'guidebook':
      return guidebookHref(id);
    case 'pamphlets':
      return `/print/pamphlets/${id}/`;
  }
}

/** Ids of an MDX page: headings as Astro slugs them, `id` attributes, and what components draw. */
function anchorsOf(tree: Root): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') ids.push(slugger.slug(toString(node)));
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      const id = element.attributes.find((attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
      if (typeof id === 'string') ids.push(id);
      if (element.name === 'CompletionList') ids.push(completionListId);
    }
  });
  return ids;
}

/**
 * Every page the site will have and the anchors on each, worked out from the content before
 * anything is built, so a broken link is reported with its file and line.
 */
export function buildSiteIndex(entries: readonly ParsedEntry[], data: { glossary: Glossary | undefined; chooser: Chooser | undefined; publicDir: string }): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (path: string, ids: readonly string[] = []) => {
    const anchors = index.get(path) ?? new Set([mainId]);
    for (const id of ids) anchors.add(id);
    index.set(path, anchors);
  };
  for (const path of ['/', '/guideline/', '/principles/', '/guidebook/', '/search/', '/downloads/', '/print/guidebook/']) add(path);
  add('/forms/', formsIndexIds);
  for (const entry of entries) {
    const path = entryHref(entry.collection, entry.id);
    add(path, [...anchorsOf(entry.tree), ...entry.pluginIds]);
    if (entry.collection === 'forms') add(path, formSectionIds);
    if (entry.collection === 'principles') add(path, principleSectionIds);
  }
  if (data.glossary) add('/glossary/', [...data.glossary.terms.map((term) => term.id), ...data.glossary.terms.map((term) => kanaRowId(kanaRowOf(term.reading)))]);
  else add('/glossary/');
  if (data.chooser) for (const page of chooserPages(data.chooser)) add(page.href);
  add(pdfHref(guidebookProduct('', '')));
  for (const entry of entries.filter((item) => item.collection === 'pamphlets')) add(pdfHref(pamphletProduct(entry.id, '', 'flyer', [], '')));
  for (const file of readdirSync(data.publicDir, { recursive: true, encoding: 'utf8' })) add(`/${file.split('\\').join('/')}`);
  return index;
}

/** Astro's id for a file in a collection: each path segment slugged, extension and /index dropped. */
export function astroEntryId(relativePath: string): string {
  const slugger = new GithubSlugger();
  return relativePath
    .replace(/\.[^./]+$/, '')
    .split(/[\\/]/)
    .map((segment) => {
      slugger.reset();
      return slugger.slug(segment);
    })
    .join('/')
    .replace(/\/index$/, '');
}
