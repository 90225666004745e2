import { z } from 'zod';

/** A value an editor must still fill in: `null` in the data file until then. */
const fillable = z.string().trim().min(1).nullable();

/** Schema of `content/site.yaml`, the one file for site-wide settings and contact details. */
export const siteSettingsSchema = z
  .object({
    /** Site name shown in the header, titles and print products. */
    siteName: z.string().min(1),
    /** Public URL with a trailing slash: canonical links, sitemap and the pamphlets' QR code. */
    publicUrl: z.url({ protocol: /^https?$/ }).endsWith('/'),
    /** Who publishes the site (shown in the footer and on printed matter). */
    publisher: z.string().min(1),
    /** The publisher's own website, linked from the footer. */
    publisherUrl: z.url({ protocol: /^https?$/ }),
    /** The department that edits the site and writes its explanations (例: 区民部協働推進課): the notices name it; while empty they name no one. */
    editor: fillable,
    /** The printed guidebook's edition (初版, 第2版 …), on its cover and in its colophon beside the date of its newest text. */
    guidebookEdition: z.string().trim().min(1),
    /** Contact block shown in the footer and on printed matter. */
    contact: z
      .object({
        /** Responsible department. */
        department: fillable,
        /** Telephone number. */
        phone: fillable,
        /** Fax number. */
        fax: fillable,
        /** E-mail address. */
        email: z.email().nullable(),
        /** Street address of the consultation window. */
        address: fillable,
        /** Opening hours of the consultation window. */
        hours: fillable,
      })
      .strict(),
    /** Facts about the guideline that the summary does not state. */
    guideline: z
      .object({
        /** When the guideline was adopted (策定年月), e.g. 「平成22年3月」. */
        adopted: fillable,
      })
      .strict(),
    /**
     * The present state of measures the guideline announces (創設します, 育成・確保), in a sentence
     * the ward confirms, e.g. 「令和○年度から募集しています。」. Pages show these rather than
     * describing a measure as existing.
     */
    status: z
      .object({
        /** 協働事業提案制度. */
        proposalSystem: fillable,
        /** 協働事業評価制度 (the 協働の振り返り mechanism). */
        evaluation: fillable,
        /** 協働のコーディネーター. */
        coordinator: fillable,
      })
      .strict(),
  })
  .strict();

/** Site-wide settings, validated. */
export type SiteSettings = z.output<typeof siteSettingsSchema>;

/** The groups of settings that hold values an editor fills in (`null` until then). */
const fillableGroups = ['contact', 'guideline', 'status'] as const;

/** Dotted names of the settings an editor has not filled in yet (`null`), for the build's reminder. */
export function unfilledSettings(settings: SiteSettings): string[] {
  return [...(settings.editor === null ? ['editor'] : []), ...fillableGroups.flatMap((group) =>
    Object.entries(settings[group])
      .filter(([, value]) => value === null)
      .map(([key]) => `${group}.${key}`),
  )];
}

/** Settings a published site must have: a release build refuses to finish while any is empty. The rest are left out when empty. */
export const requiredForRelease = ['contact.department', 'contact.phone', 'contact.address', 'contact.hours', 'guideline.adopted', 'status.proposalSystem', 'status.evaluation', 'status.coordinator'] as const;
