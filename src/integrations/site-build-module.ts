import type { AstroIntegration } from 'astro';
import type { SiteBuild } from '../lib/site-build.ts';

/** The module through which the site's own code learns what this build is. */
const moduleId = 'virtual:kyodo/build';

/**
 * Makes the build chosen by the entry point (src/astro-config.ts) known to the site's code as
 * `import { contentRoot, release, settings } from 'virtual:kyodo/build'` (the way Starlight
 * passes its configuration): content/site.yaml is read once, by the entry point, and no module
 * below it reads the file or the environment again.
 */
export function siteBuildModule(build: SiteBuild): AstroIntegration {
  const source = Object.entries({ contentRoot: build.contentRoot, release: build.release, settings: build.settings })
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
    .join('\n');
  return {
    name: 'kyodo:site-build',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kyodo:site-build',
                resolveId: (id: string) => (id === moduleId ? `\0${moduleId}` : undefined),
                load: (id: string) => (id === `\0${moduleId}` ? source : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
