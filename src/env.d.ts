/// <reference types="astro/client" />

declare module 'virtual:kyodo/build' {
  /** The content folder this build reads (absolute path), chosen in astro.config.mjs. */
  export const contentRoot: string;
  /** Whether this is a release build (`npm run build -- --release`): no placeholders, no draft banner. */
  export const release: boolean;
}
