/// <reference types="astro/client" />

declare module 'virtual:kyodo/build' {
  /** The content folder this build reads (absolute path), chosen by the entry point (src/astro-config.ts). */
  export const contentRoot: string;
  /** Whether this is a release build (`npm run build -- --release`): no placeholders, no draft banner. */
  export const release: boolean;
  /** content/site.yaml, read and validated once by the entry point. */
  export const settings: import('./lib/schemas/site-settings.ts').SiteSettings;
}
