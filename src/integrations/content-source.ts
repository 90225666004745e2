import type { AstroIntegration } from 'astro';

/** The module through which the site's own code learns what this build is: its content folder, and draft or release. */
const moduleId = 'virtual:kyodo/build';

/**
 * Makes the content folder and the kind of build chosen in astro.config.mjs known to the site's
 * code as `import { contentRoot, release } from 'virtual:kyodo/build'` (the way Starlight passes
 * its configuration), so that no module below the entry points reads the environment.
 */
export function contentSource(options: { root: string; release: boolean }): AstroIntegration {
  return {
    name: 'kyodo:content-source',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kyodo:build',
                resolveId: (id: string) => (id === moduleId ? `\0${moduleId}` : undefined),
                load: (id: string) => (id === `\0${moduleId}` ? `export const contentRoot = ${JSON.stringify(options.root)};\nexport const release = ${options.release};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
