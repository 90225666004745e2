import GithubSlugger from 'github-slugger';
import type { StringKey } from './i18n/ja.ts';
import type { CollectionName } from './schemas/collections.ts';

/**
 * Every address of the site, in one place. Pages (`getStaticPaths`), navigation, breadcrumbs,
 * the content check's link index, the print manifest, the benchmark and the tests all ask this
 * module; no other file writes a path. The `src/pages/` tree must agree with it, and the link
 * checks over the built site fail when it does not.
 */

// ── Where the site is published ──────────────────────────────────────────────

/**
 * The folder of the public URL the site is published under: `/` at the root of a domain,
 * `/kusei/kyodo/shishin/` for `https://www.city.nerima.tokyo.jp/kusei/kyodo/shishin/`.
 * astro.config.mjs gives it to Astro as `base`, from `publicUrl` in content/site.yaml.
 */
export const basePathOf = (publicUrl: string): string => new URL(publicUrl).pathname;

/**
 * The base every address below starts with. Vite writes Astro's `base` into the pages it builds
 * and into the browser's scripts (`import.meta.env.BASE_URL`), so there addresses are the ones a
 * browser requests. Everywhere else (the Node scripts, the tests, astro.config.mjs and the
 * plugins and integrations it loads) there is no base: an address is then a *site path*, the
 * path of its file inside dist/, and whoever turns one into a URL adds the base itself
 * ({@link publicPath}, or a server that serves dist/ under it).
 */
const base: string = import.meta.env?.BASE_URL ?? '/';

/** A site path (`/guidebook/`) as the browser requests it: under the base (`/kusei/kyodo/shishin/guidebook/`). */
export const publicPath = (sitePath: string, basePath = base): string => `${basePath}${sitePath.replace(/^\//, '')}`;

/** The site path of an address under the base, or of an absolute URL under the public URL: the inverse of {@link publicPath}. */
export function sitePathOf(address: string, publicUrl: string): string {
  const prefix = address.includes('://') ? publicUrl : basePathOf(publicUrl);
  if (!address.startsWith(prefix)) throw new Error(`「${address}」は公開URL「${publicUrl}」の下のアドレスではありません。`);
  return `/${address.slice(prefix.length)}`;
}

const at = (sitePath: string) => publicPath(sitePath);

// ── Ids: the same functions Astro uses ───────────────────────────────────────

/**
 * The id of a content entry from its path inside the collection's folder: each segment slugged
 * (github-slugger), the extension and a trailing /index dropped. `src/content.config.ts` gives
 * this function to Astro's `glob()` as `generateId`, and the content check calls it too, so the
 * two can never disagree.
 */
export function entryId(relativePath: string): string {
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

/**
 * The anchor Astro gives a heading (rehypeHeadingIds, which slugs with github-slugger), for a
 * heading that is the first with its text on its page: 「3 協働の形態」 → `3-協働の形態`.
 */
export function headingId(text: string): string {
  return new GithubSlugger().slug(text);
}

const withFragment = (path: string, fragment: string | undefined) => (fragment ? `${path}#${fragment}` : path);

// ── Pages ────────────────────────────────────────────────────────────────────

export const homeHref = at('/');

/** A guideline page from its content id (`index` is the overview); `heading` is a heading's text on it. */
export function guidelineHref(id = 'index', heading?: string): string {
  return withFragment(at(id === 'index' ? '/guideline/' : `/guideline/${id}/`), heading && headingId(heading));
}

/** The `[...slug]` parameter of a guideline page: none for the overview. */
export const guidelineParam = (id: string) => (id === 'index' ? undefined : id);

/** Headings of the official text that explanation pages link to (content/guideline/basics.mdx); the official text does not change. */
export const guidelineSections = {
  forms: guidelineHref('basics', '3 協働の形態'),
  principles: guidelineHref('basics', '4 協働の原則'),
} as const;

export const principlesIndexHref = at('/principles/');

/** A principle's page; `section` is one of {@link principleSectionIds}. */
export const principleHref = (id: string, section?: PrincipleSectionId) => withFragment(at(`/principles/${id}/`), section);

/** /forms/; `section` is one of {@link formsIndexIds}. */
export const formsIndexHref = (section?: FormsIndexId) => withFragment(at('/forms/'), section);

/** A form's page; `section` is one of {@link formSectionIds}. */
export const formHref = (id: string, section?: FormSectionId) => withFragment(at(`/forms/${id}/`), section);

/** A page of the 「どの形態が合う？」 chooser: the ids of the answers taken so far after the first question. */
export function chooserHref(segments: readonly string[] = []): string {
  return at(['/forms/choose', ...segments].join('/') + '/');
}

/** The `[...path]` parameter of a chooser page. */
export const chooserParam = (segments: readonly string[]) => (segments.length > 0 ? segments.join('/') : undefined);

export const guidebookIndexHref = at('/guidebook/');

/** A guidebook chapter; `heading` is a heading's text in it. */
export const guidebookHref = (id: string, heading?: string) => withFragment(at(`/guidebook/${id}/`), heading && headingId(heading));

/** /glossary/, or a term's entry on it. */
export const glossaryHref = (termId?: string) => withFragment(at('/glossary/'), termId);

/** A glossary term's own short page, where the text's term links lead (not a jump into the long list). */
export const glossaryTermHref = (termId: string) => at(`/glossary/${termId}/`);

/** A standalone page from content/pages/ (この文書について …). */
export const standalonePageHref = (id: string) => at(`/${id}/`);

/** The search page, optionally with a query. */
export const searchHref = (query?: string) => at(query ? `/search/?q=${encodeURIComponent(query)}` : '/search/');

/** The outline of every indexed page (titles and headings), which the search page reads for its first answer. */
export const searchOutlineHref = at('/search/outline.json');

/** Pagefind's browser API, written by the search index integration. */
export const pagefindScriptHref = at('/pagefind/pagefind.js');

export const downloadsHref = at('/downloads/');

/** The 様式集 page, or one form's section on it (its id is the form's file name). */
export const guidebookTemplatesHref = (templateId?: string) => withFragment(at('/guidebook/templates/'), templateId);

/** A form's file, written at build: `kind` is the blank form or its 記入例, `ext` Word or PDF. */
export const templateFileHref = (id: string, kind: 'blank' | 'example', ext: 'docx' | 'pdf') => at(`/downloads/templates/${id}${kind === 'example' ? '-example' : ''}.${ext}`);

/** Files from public/ and the sitemap that pages' heads point to. */
export const faviconHref = at('/favicon.svg');
export const shareImageHref = at('/og-image.png');
export const sitemapIndexHref = at('/sitemap-index.xml');
/** For crawlers: the sitemap, and the print pages they should leave alone (src/pages/robots.txt.ts). */
export const robotsHref = at('/robots.txt');

// ── Print products ──────────────────────────────────────────────────────────

export const printGuidebookHref = at('/print/guidebook/');

/** The guidebook's cover spread (表4, spine, 表1) for the print shop: a perfect-bound book's cover is printed apart from its pages. */
export const printGuidebookCoverHref = at('/print/guidebook/cover/');

/** The printed guidebook's page size and margins, generated from src/lib/print/book-page.ts (the book and its cover spread load it). */
export const printGuidebookPageCssHref = at('/print/guidebook/page.css');

/** A form's print page, from which its PDF is rendered: the blank form, or its 記入例. */
export const printTemplateHref = (id: string, kind: 'blank' | 'example' = 'blank') => at(`/print/templates/${printTemplateParam(id, kind)}/`);

/** The forms' page size and margins, generated from src/lib/print/form-page.ts (every form's print page loads it). */
export const printTemplatePageCssHref = at('/print/templates/page.css');

/** The `[...path]` parameter of a form's print page: `<id>`, or `<id>/example` for its 記入例. */
export const printTemplateParam = (id: string, kind: 'blank' | 'example') => (kind === 'example' ? `${id}/example` : id);

/** A pamphlet's print preview; `blank` is its version with write-in spaces for the event. */
export const printPamphletHref = (id: string, variant: 'filled' | 'blank' = 'filled') => at(variant === 'blank' ? `/print/pamphlets/${id}/blank/` : `/print/pamphlets/${id}/`);

/** The organisers' page: every pamphlet design, and the ways to get each. */
export const pamphletsIndexHref = at('/pamphlets/');

/** The pamphlet maker: a form for the event's details beside the printed layout. */
export const pamphletMakerHref = (id: string) => at(`/pamphlets/${id}/make/`);

/** A picture of one printed side of a pamphlet, made at build from the print page. */
export const pamphletThumbnailHref = (id: string, sheet: string) => at(`/downloads/thumbnails/${id}-${sheet}.png`);
export const pamphletFormatsCssHref = at('/print/pamphlets/formats.css');

/** The list of print products the PDF renderer reads. */
export const printManifestHref = at('/print/manifest.json');

/** The print typeface's files and rules: every character, in Fontsource's pieces (the pamphlet maker, where anything may be typed). */
export const printFontBase = at('/print/fonts/');
export const printFontCssHref = `${printFontBase}fonts.css`;
/** …and those of another print family (src/lib/print/fonts.ts) by its id: BIZ UDPGothic's are the ones above. */
export const printFamilyCssHref = (family: string) => (family === 'gothic' ? printFontCssHref : `${printFontBase}fonts-${family}.css`);

/**
 * The print typeface for one print product's pages (the guidebook; a pamphlet with its blank
 * version): the build rewrites this file to point at a subset with only the characters those
 * pages use (scripts/lib/pdf/print-fonts.ts). Built by Astro alone, it imports the whole typeface.
 */
export const printSubsetCssHref = (key: string) => `${printFontBase}pages/${key}.css`;

/** Where the build writes the subset font files the rules above point at: one per family and weight. */
export const printSubsetFontHref = (key: string, family: string, weight: number, hash: string) => `${printFontBase}subsets/${key}-${family}-${weight}.${hash}.woff2`;

/** A PDF by its file name, under /downloads/. */
export const pdfHref = (fileName: string) => at(`/downloads/${fileName}`);

// ── Pages of each collection ────────────────────────────────────────────────

/** A page of the やさしい日本語 edition: its overview is /yasashii/. */
export const yasashiiHref = (id = 'index') => at(id === 'index' ? '/yasashii/' : `/yasashii/${id}/`);

/** The `[...slug]` parameter of a やさしい日本語 page. */
export const yasashiiParam = (id: string) => (id === 'index' ? undefined : id);

/** The accessibility test report (JIS X 8341-3:2016 附属書JB), beneath the accessibility policy from content/pages/. */
export const accessibilityReportHref = `${standalonePageHref('accessibility')}report/`;

/** The English summary. */
export const englishSummaryHref = standalonePageHref('en');

/** Other ways to read the guideline, offered beside the main sections in the header: plain Japanese, and English. */
export const readingAids: readonly (Section & { lang?: 'en' })[] = [
  { href: yasashiiHref(), label: 'nav.yasashii' },
  { href: englishSummaryHref, label: 'nav.english', lang: 'en' },
];

/** The page an entry of a collection becomes. */
export function entryHref(collection: CollectionName, id: string): string {
  switch (collection) {
    case 'guideline':
      return guidelineHref(id);
    case 'pages':
      return standalonePageHref(id);
    case 'principles':
      return principleHref(id);
    case 'forms':
      return formHref(id);
    case 'guidebook':
      return guidebookHref(id);
    case 'pamphlets':
      return printPamphletHref(id);
    case 'yasashii':
      return yasashiiHref(id);
  }
}

// ── Anchors that layouts give their generated sections ──────────────────────

/**
 * The anchors of a form's page, named by what each section shows (the form's schema field where
 * there is one), so a page takes each by name and a reordered list cannot mislabel a section.
 */
export const formSections = {
  roles: 'roles',
  examples: 'examples',
  fitsWhen: 'fits-when',
  notFitWhen: 'not-fit-when',
  paperwork: 'paperwork',
  cautions: 'cautions',
  principleAtRisk: 'principle',
  related: 'related',
  nextSteps: 'next-steps',
} as const;
/** Every anchor of a form's page, for the link check. */
export const formSectionIds = Object.values(formSections);
export type FormSectionId = (typeof formSections)[keyof typeof formSections];

/** The anchors of a principle's page, named by the principle's schema field each section shows. */
export const principleSections = {
  wardPractice: 'ward-practice',
  groupPractice: 'group-practice',
  mistakes: 'mistakes',
  checklist: 'checklist',
  formsAtRisk: 'forms-at-risk',
} as const;
/** Every anchor of a principle's page, for the link check. */
export const principleSectionIds = Object.values(principleSections);
export type PrincipleSectionId = (typeof principleSections)[keyof typeof principleSections];

/** Sections of /forms/. */
export const formsIndexIds = ['list', 'zones', 'compare', 'zones-text'] as const;
export type FormsIndexId = (typeof formsIndexIds)[number];

/** The printed guidebook's appendix of blank forms (an anchor on its print page, and its named page). */
export const templatesAppendixId = 'templates-appendix';

/** The table of completions that <CompletionList /> draws (on この文書について). */
export const completionListId = 'completions';

/** The main content, which every page has (the skip link's target). */
export const mainId = 'main';

/** Anchors of the glossary's kana rows: #row-a, #row-ka … */
const kanaRowIds: Record<string, string> = { あ: 'a', か: 'ka', さ: 'sa', た: 'ta', な: 'na', は: 'ha', ま: 'ma', や: 'ya', ら: 'ra', わ: 'wa' };

/** The anchor of a kana row on /glossary/. */
export const kanaRowId = (row: string) => `row-${kanaRowIds[row] ?? row}`;

// ── Site structure ──────────────────────────────────────────────────────────

/** Pages that no collection makes, with the anchors their layouts draw. Collection pages come from {@link entryHref}. */
export const fixedPages: readonly { href: string; anchors?: readonly string[] }[] = [
  { href: homeHref },
  { href: guidelineHref() },
  { href: principlesIndexHref },
  { href: formsIndexHref(), anchors: formsIndexIds },
  { href: guidebookIndexHref },
  { href: guidebookTemplatesHref() },
  { href: glossaryHref() },
  { href: searchHref() },
  { href: downloadsHref },
  { href: pamphletsIndexHref },
  { href: printGuidebookHref },
  { href: printGuidebookCoverHref },
  { href: accessibilityReportHref },
];

/** A top-level section of the site, shown in the main navigation. */
export interface Section {
  /** The section's path, with slashes at both ends. */
  href: string;
  /** Key of its label in the strings file. */
  label: StringKey;
}

/** The main navigation, in order. */
export const mainSections: readonly Section[] = [
  { href: guidelineHref(), label: 'nav.guideline' },
  { href: principlesIndexHref, label: 'nav.principles' },
  { href: formsIndexHref(), label: 'nav.forms' },
  { href: guidebookIndexHref, label: 'nav.guidebook' },
  { href: glossaryHref(), label: 'nav.glossary' },
];

/** Links in the footer's この サイトについて list. */
export const footerLinks: readonly Section[] = [
  { href: standalonePageHref('about'), label: 'footer.about' },
  { href: standalonePageHref('accessibility'), label: 'footer.accessibility' },
  { href: pamphletsIndexHref, label: 'footer.pamphlets' },
  { href: downloadsHref, label: 'footer.downloads' },
];

/** Paths that are tools, not pages: they stay out of the sitemap and search. */
const nonPublicPrefixes = ['/print/', '/404'];

/** Tools rather than pages, also kept out of the sitemap and search: the pamphlet maker. */
const toolPattern = /^\/pamphlets\/[^/]+\/make\/$/;

/** Whether a page belongs in the sitemap and the search index, by its site path ({@link sitePathOf}). */
export function isPublicPage(sitePath: string): boolean {
  const path = new URL(sitePath, 'http://localhost').pathname;
  return !nonPublicPrefixes.some((prefix) => path.startsWith(prefix)) && !toolPattern.test(path);
}
