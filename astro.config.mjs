// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { createRemarkPlugins, rehypePlugins } from './src/plugins/pipeline.ts';
import { loadSiteSettings } from './src/lib/site-settings.ts';
import { loadGlossary } from './src/lib/glossary.ts';
import { isPublicPage } from './src/lib/site-map.ts';

const settings = loadSiteSettings();

export default defineConfig({
  // The public URL is configured once, in content/site.yaml.
  site: settings.publicUrl,
  trailingSlash: 'always',
  // The build script points this elsewhere so that a failed build never touches dist/.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Every stylesheet stays a file, so the Content-Security-Policy needs no hashes (src/lib/security.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: {
    // Astro 7's default processor (Sätteri) runs no remark plugins; ours need unified.
    processor: unified({
      remarkPlugins: createRemarkPlugins({ glossary: loadGlossary().terms }),
      rehypePlugins,
      // Keep the guideline's own characters: no curly quotes or dashes from SmartyPants.
      smartypants: false,
    }),
  },
  integrations: [mdx(), sitemap({ filter: isPublicPage })],
  vite: {
    build: {
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
