import { pathPattern, type ServerPolicy } from './server-policy.ts';

/** A value in Apache's double quotes, where only a quote needs a backslash. */
const quoted = (value: string) => `"${value.replaceAll('"', '\\"')}"`;

/**
 * `.htaccess` for Apache 2.4, placed in the folder the site is served from (the base). It needs
 * `AllowOverride FileInfo` (Header, ErrorDocument, AddType); the same lines can go in the
 * virtual host's `<Directory>` instead.
 *
 * The headers are not wrapped in `<IfModule mod_headers.c>`: without mod_headers the site would
 * go out without its security policy and nobody would notice, whereas an unknown `Header` makes
 * Apache answer 500, which the first look at the site shows. `AddType` is guarded: mod_mime is
 * nearly always there, and without it the server's own types still serve the site.
 * `always` sends the headers with the 404 page and redirects too. Apache applies `<If>` after
 * the lines outside it, so the hashed files' Cache-Control replaces the general one.
 */
export function htaccess(policy: ServerPolicy): string {
  const { base } = policy;
  const hashed = policy.hashed.paths.map((path) => pathPattern(base, path)).join('|');
  return [
    '# Written by the build from src/lib/security/server-policy.ts; do not edit.',
    `ErrorDocument 404 ${base}${policy.notFoundPage}`,
    '',
    '<IfModule mod_mime.c>',
    ...policy.types.map(({ type, extensions }) => `  AddType ${type} ${extensions.map((extension) => `.${extension}`).join(' ')}`),
    '</IfModule>',
    '',
    ...policy.everywhere.map(([name, value]) => `Header always set ${name} ${quoted(value)}`),
    `Header always set Cache-Control ${quoted(policy.revalidate)}`,
    '',
    `<If "%{REQUEST_URI} =~ m#^(?:${hashed})$#">`,
    `  Header always set Cache-Control ${quoted(policy.hashed.cacheControl)}`,
    '</If>',
    '',
  ].join('\n');
}
