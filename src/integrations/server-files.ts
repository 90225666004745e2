import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagePolicies } from '../lib/security/page-policies.ts';
import { policyOfPages } from '../lib/security/policy.ts';
import { normaliseBase, serverPolicy } from '../lib/security/server-policy.ts';
import { serverFiles as serverFileTexts } from '../lib/security/server-files.ts';

/**
 * Writes the web server's configuration (`_headers`, `.htaccess`, the nginx snippet;
 * src/lib/security/server-policy.ts) beside the built pages, with the Content-Security-Policy
 * Astro computed for them: one header that allows what each page's own <meta> allows. Written
 * here, not copied from public/: Astro does not copy dotfiles such as .htaccess reliably, and the
 * policy is known only once the pages are built. Reads the pages; writes nothing into them.
 */
export function serverFiles(): AstroIntegration {
  // The site's base path (`/`, or the public URL's path), as Astro's config gives it.
  let base = '/';
  return {
    name: 'kyodo:server-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const policies = pagePolicies(siteDir);
        const files = serverFileTexts(serverPolicy({ base, contentSecurityPolicy: policyOfPages([...policies.values()]) }));
        for (const [name, text] of Object.entries(files)) writeFileSync(join(siteDir, name), text);
        logger.info(`サーバーの設定を書きました: ${Object.keys(files).join('、')}（${policies.size} ページの Content-Security-Policy から、パスは ${base} から）`);
      },
    },
  };
}
