// @ts-check
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { astroConfig } from './src/astro-config.ts';
import { readSiteBuild } from './src/lib/site-build.ts';

// Astro on its own (`npx astro build`, `astro dev`, `astro check`): the content folder is content/,
// or CONTENT_DIR; SITE_RELEASE=1 makes a release. The whole build (`npm run build`,
// scripts/build.ts) runs Astro itself with the same configuration (src/astro-config.ts).
const build = readSiteBuild({ contentRoot: resolve(process.env.CONTENT_DIR ?? 'content'), publicDir: resolve('public'), release: process.env.SITE_RELEASE === '1' });

export default defineConfig(astroConfig(build));
