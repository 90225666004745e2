/**
 * The Content-Security-Policy of every page: only the site itself. Pagefind compiles its
 * WebAssembly, which needs 'wasm-unsafe-eval' (it allows no JavaScript eval). The built pages
 * carry their CSS inline (src/integrations/finish-pages.ts), each stylesheet allowed by its
 * hash — never 'unsafe-inline' — so a page paints from its first response.
 */
export function contentSecurityPolicyWith(styleHashes: readonly string[]): string {
  return contentSecurityPolicy.replace("style-src 'self'", ["style-src 'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' '));
}

/** The policy before the build inlines any stylesheet (and in `astro dev`): styles from files only. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
