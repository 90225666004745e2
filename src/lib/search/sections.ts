import { audiences, type Audience } from '../schemas/fields.ts';
import { t, type StringKey } from '../i18n/ja.ts';

/**
 * The sections search can narrow to, in the order the filter lists them and the order their
 * pages come in results when all else is equal: the guideline and its explanations, then the
 * guidebook, the plain-Japanese edition, the glossary's short definitions, and the site's own pages.
 */
export const searchSections = ['guideline', 'explanations', 'guidebook', 'yasashii', 'glossary', 'pamphlets', 'site'] as const;

export type SearchSection = (typeof searchSections)[number];

/** The section's name as readers see it, and as Pagefind stores the filter value. */
export const sectionLabel = (section: SearchSection) => t(`search.section.${section}` as StringKey);

/** The audience's name as readers see it. */
export const audienceLabel = (audience: Audience) => t(`audience.${audience}` as StringKey);

/** The `data-pagefind-filter` value that puts a page in its section: `section:ガイドブック`. */
export const sectionFilter = (section: SearchSection) => `section:${sectionLabel(section)}`;

/**
 * One `data-pagefind-filter` value per audience the page is for (`audience:区の職員`). A page
 * that declares no audience is for everyone, so it carries all of them and Pagefind's own
 * filter narrows a search without reading any page. Pagefind reads one filter per attribute,
 * so each goes on an element of its own.
 */
export const audienceFilters = (audience: readonly Audience[] = []) => (audience.length > 0 ? audience : audiences).map((item) => `audience:${audienceLabel(item)}`);
