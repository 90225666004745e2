import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { createRemarkPlugins, createRehypePlugins } from './plugins/pipeline.ts';
import { loadDataFile } from './lib/content/load-data-file.ts';
import { isPublicPage, sitePathOf } from './lib/routes.ts';
import { astroSecurityPolicy } from './lib/security/policy.ts';
import type { SiteBuild } from './lib/site-build.ts';
import { siteBuildModule } from './integrations/site-build-module.ts';
import { searchIndex } from './integrations/search-index.ts';
import { serverFiles } from './integrations/server-files.ts';

/**
 * The Astro configuration of one build. astro.config.mjs gives it the build the environment
 * chooses (for `npx astro build`, `astro dev`, `astro check`); scripts/build.ts gives it the build
 * whose site.yaml its content check has just read, and runs Astro in its own process.
 */
export function astroConfig(build: SiteBuild): AstroUserConfig {
  return {
    // The public URL is configured once, in content/site.yaml; a site published in a folder of the
    // ward's domain (https://…/kusei/kyodo/shishin/) is built under that folder.
    site: build.settings.publicUrl,
    base: build.base,
    trailingSlash: 'always',
    // Astro caches the content it has read: one cache per content folder, so a fixture build
    // never reuses the real content's entries. (The build chooses the output folder.)
    cacheDir: `./node_modules/.astro/${createHash('sha256').update(build.contentRoot).digest('hex').slice(0, 12)}`,
    // Every stylesheet inside its page, so the first response paints it (a separate stylesheet
    // costs a round trip before anything shows); Astro allows each by its hash (`security.csp`).
    build: { format: 'directory', inlineStylesheets: 'always' },
    // The Content-Security-Policy of every page (src/lib/security/policy.ts): Astro adds the hashes
    // of the scripts and styles it puts in each page, and writes the policy into the page's <meta>.
    security: { csp: astroSecurityPolicy },
    devToolbar: { enabled: false },
    markdown: {
      // No syntax highlighting: the content has no code, and Shiki's inline styles would break the policy.
      syntaxHighlight: false,
      // Astro 7's default processor (Sätteri) runs no remark plugins; ours need unified.
      processor: unified({
        remarkPlugins: createRemarkPlugins({ root: build.contentRoot, glossary: loadDataFile(build.contentRoot, 'glossary').terms }),
        rehypePlugins: createRehypePlugins({ base: build.base }),
        // Keep the guideline's own characters: no curly quotes or dashes from SmartyPants.
        smartypants: false,
      }),
    },
    integrations: [
      siteBuildModule(build),
      mdx(),
      sitemap({ filter: (page) => isPublicPage(sitePathOf(page, build.settings.publicUrl)) }),
      // Both read the finished pages: the index their text, the server files their policies.
      searchIndex(),
      serverFiles(),
    ],
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
  };
}
