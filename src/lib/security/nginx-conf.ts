import { pathPattern, type Header, type ServerPolicy } from './server-policy.ts';

/** The file name of the nginx snippet in dist/. */
export const nginxConfName = 'nginx-kyodo.conf';

/** A value in nginx's double quotes: a quote needs a backslash; nginx keeps other backslashes (`\.` in a regex) as they are. */
const quoted = (value: string) => `"${value.replaceAll('"', '\\"')}"`;

/**
 * A snippet for nginx, to `include` inside the site's `server { }` block. It sets no `root`:
 * the server's root (or an `alias`) must make `<base>` the folder holding dist/'s files.
 *
 * - `location ^~ <base>`: `^~` keeps the server's own regular-expression locations (a common
 *   `location ~* \.(css|js)$ { expires … }`) from taking the site's files away from these rules.
 * - nginx drops every `add_header` of the outer location in a nested location that has its own,
 *   so the hashed files' location repeats the security headers. `always` sends them with the 404 page too.
 * - `types { }` in a location replaces the whole table of types, so the server's `mime.types`
 *   is included first and the site's few types added to it (a recent mime.types already maps
 *   `wasm`; nginx then warns of a duplicate extension and uses the later line, the same type).
 */
export function nginxConf(policy: ServerPolicy): string {
  const { base } = policy;
  const addHeaders = (headers: readonly Header[], indent: string) => headers.map(([name, value]) => `${indent}add_header ${name} ${quoted(value)} always;`);
  const hashed = policy.hashed.paths.map((path) => pathPattern(base, path)).join('|');
  return [
    '# Written by the build from src/lib/security/server-policy.ts; do not edit.',
    '# Include inside the server { } block: include /path/to/nginx-kyodo.conf;',
    `location ^~ ${base} {`,
    `    error_page 404 ${base}${policy.notFoundPage};`,
    '    include mime.types;',
    '    types {',
    ...policy.types.map(({ type, extensions }) => `        ${type} ${extensions.join(' ')};`),
    '    }',
    ...addHeaders([...policy.everywhere, ['Cache-Control', policy.revalidate]], '    '),
    '',
    `    location ~ ${quoted(`^(?:${hashed})$`)} {`,
    ...addHeaders([...policy.everywhere, ['Cache-Control', policy.hashed.cacheControl]], '        '),
    '    }',
    '}',
    '',
  ].join('\n');
}
