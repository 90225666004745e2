import { z } from 'zod';

/** A calendar date written as `2026-04-01` in frontmatter. */
export const isoDate = z.coerce.date();

/** A non-empty line of text. */
export const text = z.string().trim().min(1);

/** A list of non-empty lines, at least `min` long. */
export const lines = (min: number) => z.array(text).min(min);

/** An id that appears in an address or an anchor: lower-case letters, digits and hyphens. */
export const slugId = z.string().regex(/^[a-z][a-z0-9-]*$/, '半角英小文字・数字・ハイフン');

/**
 * A reference to an entry that must exist, e.g. a form's file name. `ids` are the entries
 * found in the content folder, so the schema lists exactly the values an author may write.
 */
export function reference(ids: readonly string[]) {
  return ids.length > 0 ? z.enum(ids as [string, ...string[]]) : z.string().refine(() => false, { message: '参照できる項目がありません' });
}

/** Who a page is written for; search can narrow results to one audience. */
export const audiences = ['residents', 'groups', 'staff'] as const;
export type Audience = (typeof audiences)[number];

/**
 * What kind of text a page is: the guideline's own wording (official), our explanations
 * (editorial), a page that shows both (mixed), or the site's own page — its accessibility
 * policy, the search, the 404 page — which explains nothing of the guideline and carries no
 * notice (site). Readers must always be able to tell.
 */
export const provenanceKinds = ['official', 'editorial', 'mixed', 'site'] as const;
export type Provenance = (typeof provenanceKinds)[number];

/** Fields every page of the site has. */
export const pageBase = {
  /** The page's `<h1>` and the first part of its `<title>`. */
  title: text,
  /** One or two sentences for search engines, link previews and listings. */
  description: z.string().trim().min(10).max(200),
  /** The date the text last changed, shown in the footer as 最終更新日. */
  updated: isoDate,
  /** Who the page is written for (residents, groups, staff), for the search filter. Optional. */
  audience: z.array(z.enum(audiences)).min(1).optional(),
  /** Only where a page differs from its collection's kind (see src/lib/content/provenance.ts): official, editorial or mixed. */
  provenance: z.enum(provenanceKinds).optional(),
};

/** The position authors give a page in its collection (the one place an order is kept). */
export const order = z.number().int().min(0);
