import { resolve } from 'node:path';
import type { ContentSource } from './content-check/check-content-folder.ts';
import { loadDataFile } from '../../src/lib/content/load-data-file.ts';
import { basePathOf } from '../../src/lib/routes.ts';

/**
 * The content folder and the public folder the scripts work on: content/ and public/, or the
 * folder named by CONTENT_DIR (the benchmark's scale runs and the tests' fixture builds). Read
 * here, at the entry points, and passed down; astro.config.mjs reads the same variable for Astro.
 */
export function contentSourceFromEnvironment(): ContentSource {
  return { root: resolve(process.env.CONTENT_DIR ?? 'content'), publicDir: resolve('public') };
}

/** The folder of the public URL the site is published under (`/` or `/kusei/kyodo/shishin/`), from content/site.yaml: what a server of the built site serves it under. */
export function publishedBase(source: ContentSource): string {
  return basePathOf(loadDataFile(source.root, 'siteSettings').publicUrl);
}
