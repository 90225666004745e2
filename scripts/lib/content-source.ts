import { resolve } from 'node:path';
import type { ContentSource } from '../../src/lib/content-check/check-content.ts';

/**
 * The content folder and the public folder the scripts work on: content/ and public/, or the
 * folder named by CONTENT_DIR (the benchmark's scale runs and the tests' fixture builds). Read
 * here, at the entry points, and passed down; astro.config.mjs reads the same variable for Astro.
 */
export function contentSourceFromEnvironment(): ContentSource {
  return { root: resolve(process.env.CONTENT_DIR ?? 'content'), publicDir: resolve('public') };
}
