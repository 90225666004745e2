import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy, contentSecurityPolicyWith } from '../lib/security/policy.ts';
import { normaliseBase, serverPolicy } from '../lib/security/server-policy.ts';
import { serverFiles } from '../lib/security/server-files.ts';

/** A stylesheet link to the site's bundled CSS, as Astro writes it under the base (`/_astro/…`, `/kusei/kyodo/shishin/_astro/…`); the file's path in dist/ is the part after the base. */
const stylesheetLink = (base: string) => new RegExp(`<link rel="stylesheet" href="${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(_astro/[^"]+\\.css)"( media="[^"]+")?\\s*/?>`, 'g');

/** The hash a Content-Security-Policy gives a `<style>` with this text. */
export const styleHash = (css: string) => `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;

/**
 * Puts each built page's CSS inside the page, so the first response paints it (a separate
 * stylesheet costs a round trip before anything shows). The policy allows each stylesheet by
 * its hash: the same few stylesheets serve every page, so one list of hashes goes in every
 * page's <meta>, and in the server configuration files (`_headers`, `.htaccess`, the nginx
 * snippet; src/lib/security/server-policy.ts), whose paths start at `base`.
 */
export function inlineStylesheets(siteDir: string, base = '/'): { pages: number; styles: number; serverFiles: string[] } {
  const cssCache = new Map<string, string>();
  const hashes = new Set<string>();
  const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const inlined = pages.map((file) => {
    const html = readFileSync(join(siteDir, file), 'utf8').replace(stylesheetLink(normaliseBase(base)), (_, href: string, media = '') => {
      const css = cssCache.get(href) ?? readFileSync(join(siteDir, href), 'utf8').trim();
      cssCache.set(href, css);
      hashes.add(styleHash(css));
      return `<style${media}>${css}</style>`;
    });
    return { file, html };
  });
  const sortedHashes = [...hashes].sort();
  // The policy <meta> as HeadMeta wrote it (a page re-serialised for furigana writes ' as &#x27;).
  const policyMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
  for (const { file, html } of inlined) {
    const found = policyMeta.exec(html);
    if (!found || found[2]!.replaceAll('&#x27;', "'") !== contentSecurityPolicy) {
      if (html.includes('<style')) throw new Error(`${file}: スタイルを埋め込みましたが、サイトの Content-Security-Policy の <meta> が見つかりません`);
      writeFileSync(join(siteDir, file), html);
      continue;
    }
    writeFileSync(join(siteDir, file), html.replace(policyMeta, `$1${contentSecurityPolicyWith(sortedHashes)}$3`));
  }
  // Written here, not copied from public/: Astro does not copy dotfiles such as .htaccess reliably.
  const files = serverFiles(serverPolicy({ base, styleHashes: sortedHashes }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(siteDir, name), text);
  return { pages: pages.length, styles: sortedHashes.length, serverFiles: Object.keys(files) };
}

/** The last touch to the built pages, before they are indexed: CSS inside each page, and the policy that allows it. */
export function finishPages(): AstroIntegration {
  // The site's base path (`/`, or the public URL's path), as Astro's config gives it.
  let base = '/';
  return {
    name: 'kyodo:finish-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const { pages, styles, serverFiles } = inlineStylesheets(fileURLToPath(dir), base);
        logger.info(`${pages} ページに CSS を埋め込みました（スタイル ${styles} 個、ハッシュで許可）`);
        logger.info(`サーバーの設定を書きました: ${serverFiles.join('、')}（パスは ${base} から）`);
      },
    },
  };
}
