/**
 * The Content-Security-Policy of every page: only the site itself. Pagefind compiles its
 * WebAssembly, which needs 'wasm-unsafe-eval' (it allows no JavaScript eval). All CSS is in
 * files (build.inlineStylesheets: 'never'), so no inline style needs a hash.
 */
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

/**
 * Response headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages): the same
 * policy as the pages' <meta>, plus what only a header can say (framing, content sniffing).
 */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
  ].join('\n');
}
