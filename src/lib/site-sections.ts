import type { StringKey } from '../i18n/ja.ts';

/** A top-level section of the site, shown in the main navigation. */
export interface Section {
  /** The section's path, with slashes at both ends. */
  href: string;
  /** Key of its label in the strings file. */
  label: StringKey;
}

/** The main navigation, in order. Only sections that exist are listed. */
export const sections: readonly Section[] = [
  { href: '/guideline/', label: 'nav.guideline' },
  { href: '/principles/', label: 'nav.principles' },
  { href: '/forms/', label: 'nav.forms' },
  { href: '/guidebook/', label: 'nav.guidebook' },
  { href: '/glossary/', label: 'nav.glossary' },
];
