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
  })
  .strict();

/** Site-wide settings, validated. */
export type SiteSettings = z.output<typeof siteSettingsSchema>;

/** Dotted names of the settings an editor has not filled in yet (`null`), for the build's reminder. */
export function unfilledSettings(settings: SiteSettings): string[] {
  return Object.entries(settings.contact)
    .filter(([, value]) => value === null)
    .map(([key]) => `contact.${key}`);
}
