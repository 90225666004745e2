/// <reference types="astro/client" />

declare module 'virtual:kyodo/content-root' {
  /** The content folder this build reads (absolute path), chosen in astro.config.mjs. */
  export const contentRoot: string;
}
