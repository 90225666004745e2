import { resolve } from 'node:path';
import { readSiteBuild, type SiteBuild } from '../../src/lib/site-build.ts';

/**
 * The content folder and the public folder the scripts work on: content/ and public/, or the
 * folder named by CONTENT_DIR (the benchmark's scale runs and the tests' fixture builds). Read
 * here, at the entry points, and passed down; astro.config.mjs reads the same variable when
 * Astro runs on its own (`npx astro build`, `astro dev`).
 */
export function contentFoldersFromEnvironment(): { contentRoot: string; publicDir: string } {
  return { contentRoot: resolve(process.env.CONTENT_DIR ?? 'content'), publicDir: resolve('public') };
}

/** The build the environment chooses, with its site.yaml read: for the scripts that serve or print a built site. */
export function siteBuildFromEnvironment(release = false): SiteBuild {
  return readSiteBuild({ ...contentFoldersFromEnvironment(), release });
}
