import type { Header, ServerPolicy } from './server-policy.ts';

/**
 * `_headers`, for hosts that read it (Netlify, Cloudflare Pages): a path (`*` matches anything)
 * and the indented headers it adds.
 *
 * A request that matches several rules gets the headers of all of them, and Cloudflare joins two
 * values of one header with a comma, so no two rules here give the same header to one file:
 * Cache-Control goes to the pages (`<base>`, `<base>*\/`, `<base>*.html`) and to the hashed files,
 * which never overlap. The other files with fixed names keep these hosts' own default, which
 * already revalidates each time (`public, max-age=0, must-revalidate`), like the pages' `no-cache`.
 * These hosts serve `/404.html` for a missing address by themselves, so the file says nothing of it.
 */
export function headersFile(policy: ServerPolicy): string {
  const { base } = policy;
  const rule = (path: string, headers: readonly Header[]) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const rules = [
    rule(`${base}*`, policy.everywhere),
    ...[base, `${base}*/`, `${base}*.html`].map((path) => rule(path, [['Cache-Control', policy.revalidate]])),
    ...policy.hashed.paths.map((path) => rule(base + path, [['Cache-Control', policy.hashed.cacheControl]])),
    ...policy.types.flatMap(({ type, extensions }) => extensions.map((extension) => rule(`${base}*.${extension}`, [['Content-Type', type]]))),
  ];
  return `# Written by the build from src/lib/security/server-policy.ts; do not edit.\n${rules.join('\n')}\n`;
}
