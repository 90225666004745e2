import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../helpers/test.ts';
import { builtHtml, distDir } from '../helpers/site.ts';
import { dataFile } from '../helpers/content.ts';
import { immutableCache, serverFormats } from '../helpers/server-config/formats.ts';
import { htaccessErrorDocument } from '../helpers/server-config/htaccess.ts';
import { nginxErrorPage, servedByNginx } from '../helpers/server-config/nginx-conf.ts';

/**
 * The server configuration files the build wrote (dist/_headers, .htaccess, nginx-kyodo.conf),
 * read by the tests' own readers of each format: for a page, a bundled file, a piece of the
 * search index and WebAssembly, each file must give one policy that allows what every page's own
 * <meta> allows (a browser enforces both, so each page stays as strict as its <meta>).
 */

// The site is published at its public URL's path (Astro's base); its files are in dist/ without it.
const base = new URL(dataFile('siteSettings').publicUrl).pathname;
const distFile = (url: string) => url.slice(base.length);
const text = (file: string) => readFileSync(join(distDir, file), 'utf8');

/** The policy in a built page's <meta>, as a browser reads the attribute. */
function metaPolicy(html: string): string {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
  if (!content) throw new Error('no Content-Security-Policy <meta>');
  return content.replaceAll('&#x27;', "'").replaceAll('&#39;', "'").replaceAll('&amp;', '&');
}

/** A policy as directives, each with the set of its sources: the order of sources means nothing to a browser. */
function directives(policy: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const part of policy.split(';').map((item) => item.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    found[name!] = [...new Set([...(found[name!] ?? []), ...sources])].sort();
  }
  return found;
}

const pageUrl = `${base}guideline/basics/`;
const pagePolicy = metaPolicy(builtHtml(`/${distFile(pageUrl)}`));
/** What the server must send: every built page's sources, directive by directive, and frame-ancestors, which only a header can say. */
const everyPage = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
const headerPolicy = directives([...everyPage.map((name) => metaPolicy(text(name))), "frame-ancestors 'none'"].join(';'));
const firstFile = (folder: string, suffix: string) => readdirSync(join(distDir, folder)).find((name) => name.endsWith(suffix));
const cssUrl = `${base}_astro/${firstFile('_astro', '.css')}`;
const fragmentUrl = `${base}pagefind/fragment/${firstFile('pagefind/fragment', '.pf_fragment')}`;
const pagefindWasmUrl = `${base}pagefind/${firstFile('pagefind', '.pagefind')}`;

test('the built page allows its inline styles by hash, so the server files must carry the same hashes', () => {
  expect(pagePolicy.match(/'sha256-[^']+'/g)?.length ?? 0).toBeGreaterThan(0);
  // Each page's policy lists its own hashes: the server's must hold more than any one page's.
  expect(everyPage.length).toBeGreaterThan(100);
  expect(headerPolicy['style-src']!.length).toBeGreaterThan(directives(pagePolicy)['style-src']!.length);
  expect(headerPolicy['style-src']).not.toContain("'unsafe-inline'");
  for (const url of [cssUrl, fragmentUrl, pagefindWasmUrl]) expect(existsSync(join(distDir, distFile(url))), url).toBe(true);
});

for (const { file, served } of serverFormats) {
  test(`${file}: the pages' policy on a page, a bundled file, the search index and WebAssembly; caches and types`, () => {
    const config = text(file);
    for (const url of [pageUrl, cssUrl, fragmentUrl, pagefindWasmUrl, `${base}pagefind/pagefind.wasm`]) {
      const response = served(config, url);
      expect(directives(response.headers.get('content-security-policy') ?? ''), url).toEqual(headerPolicy);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
    expect(served(config, pageUrl).headers.get('cache-control')).toBe('no-cache');
    expect(served(config, cssUrl).headers.get('cache-control')).toBe(immutableCache);
    expect(served(config, fragmentUrl).headers.get('cache-control')).toBe(immutableCache);
    expect(served(config, pagefindWasmUrl).headers.get('cache-control') ?? '').not.toContain('immutable');
    expect(served(config, `${base}pagefind/pagefind.js`).headers.get('cache-control') ?? '').not.toContain('immutable');
    // A file that names no type for pages and CSS leaves the server's own; one that does must keep them.
    expect(served(config, pageUrl).contentType ?? 'text/html').toBe('text/html');
    expect(served(config, cssUrl).contentType ?? 'text/css').toBe('text/css');
    expect(served(config, fragmentUrl).contentType).toBe('application/octet-stream');
    expect(served(config, pagefindWasmUrl).contentType).toBe('application/octet-stream');
    expect(served(config, `${base}pagefind/pagefind.wasm`).contentType).toBe('application/wasm');
  });
}

test('Apache and nginx answer a missing address with the site’s 404 page, under the base and with the policy', () => {
  const notFound = `${base}404.html`;
  expect(existsSync(join(distDir, distFile(notFound)))).toBe(true);
  expect(htaccessErrorDocument(text('.htaccess'), 404)).toBe(notFound);
  expect(nginxErrorPage(text('nginx-kyodo.conf'), `${base}no-such-page/`, 404)).toBe(notFound);
  expect(directives(servedByNginx(text('nginx-kyodo.conf'), notFound, 404).headers.get('content-security-policy') ?? '')).toEqual(headerPolicy);
});

test('the local server sends what _headers says: the pages’ policy and its cache, a year for a bundled file', async ({ request }) => {
  // Served by scripts/lib/static-server.ts, which reads dist/_headers as Netlify and Cloudflare do.
  const page = await request.get(`/${distFile(pageUrl)}`);
  expect(directives(page.headers()['content-security-policy'] ?? '')).toEqual(headerPolicy);
  expect(page.headers()['cache-control']).toBe('no-cache');
  expect((await request.get(`/${distFile(cssUrl)}`)).headers()['cache-control']).toBe(immutableCache);
});
