import type { AstroIntegration } from 'astro';

/** The module through which the site's own code learns where the content folder is. */
const moduleId = 'virtual:kyodo/content-root';

/**
 * Makes the content folder chosen in astro.config.mjs known to the site's code as
 * `import { contentRoot } from 'virtual:kyodo/content-root'` (the way Starlight passes its
 * configuration), so that no module below the entry points reads the environment.
 */
export function contentSource(options: { root: string }): AstroIntegration {
  return {
    name: 'kyodo:content-source',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kyodo:content-root',
                resolveId: (id: string) => (id === moduleId ? `\0${moduleId}` : undefined),
                load: (id: string) => (id === `\0${moduleId}` ? `export const contentRoot = ${JSON.stringify(options.root)};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
