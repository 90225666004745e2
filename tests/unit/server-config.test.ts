import { describe, expect, test } from 'vitest';
import { serverPolicy } from '../../src/lib/security/server-policy.ts';
import { serverFiles } from '../../src/lib/security/server-files.ts';
import { policyOfPages } from '../../src/lib/security/policy.ts';
import { headersFilePaths, servedByHeadersFile } from '../helpers/server-config/headers-file.ts';
import { htaccessErrorDocument, servedByHtaccess } from '../helpers/server-config/htaccess.ts';
import { nginxErrorPage, nginxPaths, servedByNginx } from '../helpers/server-config/nginx-conf.ts';
import { immutableCache, serverFormats } from '../helpers/server-config/formats.ts';

/** The pages' policy as the build passes it on, written out here. */
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-CCCC'; style-src 'self' 'sha256-AAAA' 'sha256-BBBB'";
const policy = `${contentSecurityPolicy}; frame-ancestors 'none'`;

describe.each(['/', '/kusei/kyodo/shishin/'])('the three server files with base %s', (base) => {
  const files = serverFiles(serverPolicy({ base, contentSecurityPolicy }));

  describe.each(serverFormats)('$file', ({ file, served }) => {
    const text = files[file]!;

    test('a page: the policy with the style hashes, the security headers, and a cache that asks again', () => {
      const page = served(text, `${base}guideline/basics/`);
      expect(page.headers.get('content-security-policy')).toBe(policy);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(page.headers.get('permissions-policy')).toContain('camera=()');
      expect(page.headers.get('cache-control')).toBe('no-cache');
      // A file that names no type leaves the server's own (text/html); one that does must keep it.
      expect(page.contentType ?? 'text/html').toBe('text/html');
      expect(served(text, `${base}_astro/BaseLayout.BoyH0gAP.css`).contentType ?? 'text/css').toBe('text/css');
      expect(served(text, base).headers.get('cache-control')).toBe('no-cache');
      expect(served(text, `${base}404.html`).headers.get('cache-control')).toBe('no-cache');
    });

    test('hashed files: kept a year, immutable, with the same policy', () => {
      for (const path of ['_astro/BaseLayout.BoyH0gAP.css', '_astro/index.astro_astro_type_script_index_0_lang.CbwTfZCj.js', 'print/fonts/subsets/guidebook-gothic-400.2a6831b3351e421c.woff2', 'pagefind/fragment/ja_0a4f1d7.pf_fragment', 'pagefind/index/ja_2e36fb3.pf_index', 'pagefind/filter/ja_a3c7d27.pf_filter', 'pagefind/pagefind.ja_3fd7169150.pf_meta']) {
        const asset = served(text, base + path);
        expect(asset.headers.get('cache-control'), path).toBe(immutableCache);
        expect(asset.headers.get('content-security-policy'), path).toBe(policy);
        expect(asset.headers.get('x-content-type-options'), path).toBe('nosniff');
      }
    });

    test('files with fixed names are not kept without asking', () => {
      for (const path of ['downloads/_astro/not-an-asset.pdf', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.unknown.pagefind', 'print/fonts/biz-udpgothic-0-400-normal.woff2', 'downloads/kyodo-guidebook.pdf', 'favicon.svg', 'robots.txt']) {
        const cache = served(text, base + path).headers.get('cache-control');
        expect(cache ?? '', path).not.toMatch(/immutable|max-age=[1-9]/);
      }
      // The same name at the server's root, outside the base, is not the site's file.
      if (base !== '/') expect(served(text, '/_astro/BaseLayout.BoyH0gAP.css').headers.get('cache-control')).not.toBe(immutableCache);
    });

    test('Pagefind’s files and WebAssembly have their types', () => {
      for (const extension of ['pagefind', 'pf_fragment', 'pf_index', 'pf_meta', 'pf_filter']) expect(served(text, `${base}pagefind/x.${extension}`).contentType, extension).toBe('application/octet-stream');
      const wasm = served(text, `${base}pagefind/pagefind.wasm`);
      expect(wasm.contentType).toBe('application/wasm');
      expect(wasm.headers.get('content-security-policy')).toBe(policy);
    });
  });

  test('Apache and nginx answer a missing address with the 404 page under the base, with the policy', () => {
    expect(htaccessErrorDocument(files['.htaccess']!, 404)).toBe(`${base}404.html`);
    expect(nginxErrorPage(files['nginx-kyodo.conf']!, `${base}no-such-page/`, 404)).toBe(`${base}404.html`);
    expect(servedByHtaccess(files['.htaccess']!, `${base}404.html`).headers.get('content-security-policy')).toBe(policy);
    // nginx adds headers to a 404 answer only with `always`.
    expect(servedByNginx(files['nginx-kyodo.conf']!, `${base}404.html`, 404).headers.get('content-security-policy')).toBe(policy);
  });

  test('every path the three files name is under the base', () => {
    const paths = [
      ...headersFilePaths(files._headers!),
      htaccessErrorDocument(files['.htaccess']!, 404)!,
      ...[...files['.htaccess']!.matchAll(/<If "%\{REQUEST_URI\} =~ m#\^\(\?:(.*)\)\$#">/g)].flatMap((match) => match[1]!.split('|')),
      ...nginxPaths(files['nginx-kyodo.conf']!).flatMap((path) => (path.startsWith('^(?:') ? path.slice(4, -2).split('|') : [path])),
    ];
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) expect(path.replaceAll('\\', ''), path).toMatch(new RegExp(`^${base.replaceAll('/', '\\/')}`));
  });
});

describe('the readers follow the servers’ rules, so a wrong file fails', () => {
  test('_headers: two rules giving one file the same header are joined, as Cloudflare joins them', () => {
    const text = '/*\n  Cache-Control: no-cache\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n';
    expect(servedByHeadersFile(text, '/_astro/a.css').headers.get('cache-control')).toBe('no-cache, public, max-age=31536000, immutable');
  });

  test('nginx: a nested location with its own add_header drops the outer ones', () => {
    const text = 'location ^~ / { add_header Content-Security-Policy "x" always; location ~ ^/_astro/ { add_header Cache-Control "immutable" always; } }';
    expect(servedByNginx(text, '/_astro/a.css').headers.get('content-security-policy')).toBeUndefined();
    expect(servedByNginx(text, '/guideline/index.html').headers.get('content-security-policy')).toBe('x');
  });

  test('nginx: add_header without always is not sent with a 404; types { } in a location replaces the table', () => {
    const text = 'location ^~ / { add_header X-A "1"; types { application/wasm wasm; } }';
    expect(servedByNginx(text, '/404.html', 404).headers.get('x-a')).toBeUndefined();
    expect(servedByNginx(text, '/index.html').contentType).toBe('text/plain');
  });

  test('nginx: a server-level regex location takes a file from a plain prefix location, not from ^~', () => {
    const plain = 'location / { add_header A "1"; } location ~ \\.css$ { add_header B "2"; }';
    expect(servedByNginx(plain, '/_astro/a.css').headers.has('a')).toBe(false);
    expect(servedByNginx(plain.replace('location /', 'location ^~ /'), '/_astro/a.css').headers.get('a')).toBe('1');
  });

  test('.htaccess: <If> applies after the lines outside it; an unknown directive is refused', () => {
    const text = '<If "%{REQUEST_URI} =~ m#^/_astro/#">\n  Header always set Cache-Control "immutable"\n</If>\nHeader always set Cache-Control "no-cache"\n';
    expect(servedByHtaccess(text, '/_astro/a.css').headers.get('cache-control')).toBe('immutable');
    expect(servedByHtaccess(text, '/index.html').headers.get('cache-control')).toBe('no-cache');
    expect(() => servedByHtaccess('Headr always set A "1"', '/')).toThrow();
  });
});

describe('one header policy from the pages\' own policies', () => {
  const page = (styles: string) => `default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-S1'; style-src 'self' ${styles};`;

  test('allows every hash any page allows, once each and sorted, after the other sources', () => {
    expect(policyOfPages([page("'sha256-B' 'sha256-A'"), page("'sha256-C' 'sha256-A'")])).toBe(
      "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-S1'; style-src 'self' 'sha256-A' 'sha256-B' 'sha256-C'",
    );
  });

  test('refuses pages whose policies differ in anything but their hashes', () => {
    expect(() => policyOfPages([page("'sha256-A'"), page("'unsafe-inline'")])).toThrow(/ページによって Content-Security-Policy が違います/);
  });

  test('refuses a site without pages', () => {
    expect(() => policyOfPages([])).toThrow(/ありません/);
  });
});
