
/**
 * What the web server must send with the built site, said once as data. Three files are written
 * from it (src/lib/security/headers-file.ts, htaccess.ts, nginx-conf.ts), one per kind of host,
 * so the headers of Netlify/Cloudflare, Apache and nginx cannot drift apart.
 *
 * Paths are relative to the site's base (Astro's `base`: `/`, or the public URL's path such as
 * `/kusei/kyodo/shishin/`); each file puts the base in front of them.
 */
export interface ServerPolicy {
  /** The site's base path, with a slash at both ends. */
  base: string;
  /** Headers of every response under the base: pages, files and the 404 page. */
  everywhere: readonly Header[];
  /** Cache-Control of everything whose name does not change when its content does: the pages first of all. */
  revalidate: string;
  /** Files whose names carry a hash of their content, and their Cache-Control. */
  hashed: { cacheControl: string; paths: readonly string[] };
  /** Content types a server may not know, by file extension (without the dot). */
  types: readonly { type: string; extensions: readonly string[] }[];
  /** The page served, with status 404, for any address that is not in the site. */
  notFoundPage: string;
}

export type Header = readonly [name: string, value: string];

/**
 * The files with a hash of their content in their names, as the build writes them (a path ending
 * in `*` is a folder; one `*` inside a name stands for the hash). A new version of such a file
 * has a new name, so a browser may keep it for a year without asking again.
 * - `_astro/`: Astro's bundled scripts and stylesheets (`BaseLayout.BoyH0gAP.css`).
 * - `print/fonts/subsets/`: the print typeface cut to the characters of each product
 *   (`guidebook-gothic-400.2a6831b3351e421c.woff2`; scripts/lib/pdf/print-fonts.ts names each
 *   after a hash of the font, the text and the tools that cut it).
 * - Pagefind's index: `fragment/`, `index/`, `filter/` (`ja_0a4f1d7.pf_fragment`) and the
 *   language's metadata (`pagefind.ja_3fd7169150.pf_meta`), each named after a hash of its
 *   content; `pagefind-entry.json` (unhashed) names the current metadata.
 * Not hashed, so not here: `pagefind/pagefind.js` and Pagefind's other scripts, its WebAssembly
 * (`wasm.unknown.pagefind`), `pagefind-entry.json`, the whole print typeface in `print/fonts/`
 * (Fontsource's names), the PDFs, images and JSON files. They are revalidated like the pages.
 */
export const hashedPaths = ['_astro/*', 'print/fonts/subsets/*', 'pagefind/fragment/*', 'pagefind/index/*', 'pagefind/filter/*', 'pagefind/pagefind.*.pf_meta'] as const;

/** Headers that only a response can carry (a <meta> cannot forbid framing or sniffing). */
const securityHeaders = (contentSecurityPolicy: string): Header[] => [
  ['Content-Security-Policy', `${contentSecurityPolicy}; frame-ancestors 'none'`],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
];

/**
 * The policy of a build: its base, and the Content-Security-Policy that allows what each of its
 * pages allows (src/lib/security/policy.ts, policyOfPages).
 *
 * Cache: the pages (and every other file with a fixed name) are `no-cache`: the browser keeps
 * them but asks the server each time whether they changed, which with the ETag or Last-Modified
 * that every server sends costs one small 304 answer. A few minutes of `max-age` would save that
 * answer but could show a reader yesterday's text after a correction, or an old page whose
 * `_astro/` scripts the new upload no longer has; the pages are small and reach the screen in one
 * response, so the check costs little. Hashed files never change under their name: a year, immutable.
 */
export function serverPolicy({ base = '/', contentSecurityPolicy }: { base?: string; contentSecurityPolicy: string }): ServerPolicy {
  return {
    base: normaliseBase(base),
    everywhere: securityHeaders(contentSecurityPolicy),
    revalidate: 'no-cache',
    hashed: { cacheControl: 'public, max-age=31536000, immutable', paths: hashedPaths },
    types: [
      { type: 'application/octet-stream', extensions: ['pagefind', 'pf_fragment', 'pf_index', 'pf_meta', 'pf_filter'] },
      { type: 'application/wasm', extensions: ['wasm'] },
    ],
    notFoundPage: '404.html',
  };
}

/** `/`, `/kusei/kyodo/shishin/`: a base with one slash at each end, however Astro's config spells it. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A path of the policy as a regular expression source over the whole URL path (`*` is any run of characters). */
export function pathPattern(base: string, path: string): string {
  return (base + path)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\#]/g, '\\$&'))
    .join('.*');
}
