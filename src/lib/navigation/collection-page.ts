import { t } from '../i18n/ja.ts';
import { provenanceOf } from '../content/provenance.ts';
import { entryHref, formsIndexHref, guidebookIndexHref, guidelineHref, principlesIndexHref, yasashiiHref } from '../routes.ts';
import type { Audience, Provenance } from '../schemas/fields.ts';
import type { SearchSection } from '../search/sections.ts';
import { neighbours, type NavLink } from './navigation.ts';

/** The collections whose entries are pages read in order, one after another, with previous and next. */
export type PagedCollection = 'guideline' | 'yasashii' | 'principles' | 'forms' | 'guidebook';

/** What a paged collection's pages share: the index their breadcrumbs lead to, how the list names each page, and the search section. */
interface PagedCollectionRules {
  /** The collection's index page, the breadcrumbs' one ancestor. */
  index: () => NavLink;
  /** Which field names a page in previous/next and the collection's lists: the shorter `navTitle` where the schema has one. */
  label: 'title' | 'navTitle';
  /** The entry that is the collection's index page itself, whose breadcrumbs stop at the home page. */
  overviewId?: string;
  section: SearchSection;
}

const rules: Record<PagedCollection, PagedCollectionRules> = {
  guideline: { index: () => ({ href: guidelineHref(), label: t('nav.guideline') }), label: 'navTitle', overviewId: 'index', section: 'guideline' },
  yasashii: { index: () => ({ href: yasashiiHref(), label: t('yasashii.title') }), label: 'title', overviewId: 'index', section: 'yasashii' },
  principles: { index: () => ({ href: principlesIndexHref, label: t('nav.principles') }), label: 'title', section: 'explanations' },
  forms: { index: () => ({ href: formsIndexHref(), label: t('nav.forms') }), label: 'title', section: 'explanations' },
  guidebook: { index: () => ({ href: guidebookIndexHref, label: t('nav.guidebook') }), label: 'navTitle', section: 'guidebook' },
};

/** The frontmatter every paged entry has (the collections' schemas). */
export interface PageEntry {
  id: string;
  data: {
    title: string;
    navTitle?: string | undefined;
    description: string;
    updated: Date;
    audience?: readonly Audience[] | undefined;
    provenance?: Provenance | undefined;
  };
}

/** The props of ArticleLayout that come from the entry and its place in the collection. */
export interface CollectionPageLayout {
  title: string;
  description: string;
  updated: Date;
  audience: readonly Audience[] | undefined;
  provenance: Provenance;
  section: SearchSection;
  trail: NavLink[];
  previous: NavLink | undefined;
  next: NavLink | undefined;
}

/** One page of a paged collection, set up the same way for every collection route. */
export interface CollectionPage {
  /** The page's own address. */
  href: string;
  /** Every page of the collection in order, named as previous/next name them. */
  links: NavLink[];
  /** Whether the entry is the collection's index page (the guideline's and the やさしい日本語 edition's overviews). */
  isOverview: boolean;
  /** Spread into ArticleLayout: title, description, date, audience, provenance, search section, breadcrumbs, previous and next. */
  layout: CollectionPageLayout;
}

/**
 * The set-up each collection route shares: the page's address, the collection's pages in order
 * with the previous and next around this one, the breadcrumbs (the collection's index, none on
 * the index itself), what kind of text it is and its search section. `entries` are the
 * collection's entries in reading order (orderedCollection).
 */
export function collectionPage(collection: PagedCollection, entry: PageEntry, entries: readonly PageEntry[]): CollectionPage {
  const { index, label, overviewId, section } = rules[collection];
  const links = entries.map((item) => ({ href: entryHref(collection, item.id), label: (label === 'navTitle' ? item.data.navTitle : undefined) ?? item.data.title }));
  const href = entryHref(collection, entry.id);
  const { previous, next } = neighbours(links, href);
  const isOverview = entry.id === overviewId;
  const { title, description, updated, audience } = entry.data;
  return {
    href,
    links,
    isOverview,
    layout: { title, description, updated, audience, provenance: provenanceOf(collection, entry.data), section, trail: isOverview ? [] : [index()], previous, next },
  };
}
