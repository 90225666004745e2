// @ts-check
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { createRemarkPlugins, createRehypePlugins } from './src/plugins/pipeline.ts';
import { loadDataFile } from './src/lib/content/load-data-file.ts';
import { basePathOf, isPublicPage, sitePathOf } from './src/lib/routes.ts';
import { contentSource } from './src/integrations/content-source.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { finishPages } from './src/integrations/finish-pages.ts';

// The one place the content folder is chosen: content/, or CONTENT_DIR for the benchmark's
// scale runs and the tests' fixture builds. Everything below receives it explicitly. A release
// build (`npm run build -- --release` sets SITE_RELEASE) shows no placeholder and no draft banner.
const contentRoot = resolve(process.env.CONTENT_DIR ?? 'content');
const release = process.env.SITE_RELEASE === '1';
const settings = loadDataFile(contentRoot, 'siteSettings');

export default defineConfig({
  // The public URL is configured once, in content/site.yaml; a site published in a folder of the
  // ward's domain (https://…/kusei/kyodo/shishin/) is built under that folder.
  site: settings.publicUrl,
  base: basePathOf(settings.publicUrl),
  trailingSlash: 'always',
  // Astro caches the content it has read: one cache per content folder, so a fixture build
  // never reuses the real content's entries. (The build script chooses the output with --outDir.)
  cacheDir: `./node_modules/.astro/${createHash('sha256').update(contentRoot).digest('hex').slice(0, 12)}`,
  // Stylesheets are bundled as files, then put inside each page by src/integrations/finish-pages.ts, which allows them by hash.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: {
    // Astro 7's default processor (Sätteri) runs no remark plugins; ours need unified.
    processor: unified({
      remarkPlugins: createRemarkPlugins({ root: contentRoot, glossary: loadDataFile(contentRoot, 'glossary').terms }),
      rehypePlugins: createRehypePlugins({ base: basePathOf(settings.publicUrl) }),
      // Keep the guideline's own characters: no curly quotes or dashes from SmartyPants.
      smartypants: false,
    }),
  },
  // finishPages runs before searchIndex: the index reads the finished pages.
  integrations: [contentSource({ root: contentRoot, release }), mdx(), sitemap({ filter: (page) => isPublicPage(sitePathOf(page, settings.publicUrl)) }), finishPages(), searchIndex()],
  vite: {
    build: {
      // Never inline a script or asset into the page: the Content-Security-Policy allows only files ('self').
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's MDX modules carry a "use astro:head-inject" directive that the bundler
        // warns about on every page; it is expected and harmless, so keep the log readable.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
