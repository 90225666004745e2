/**
 * The Content-Security-Policy of every page: only the site itself. Pagefind compiles its
 * WebAssembly, which needs 'wasm-unsafe-eval' (it allows no JavaScript eval). Astro writes the
 * policy into each page's <meta> (`security.csp`, src/astro-config.ts) with the hashes of the
 * scripts and the stylesheets it put inside that page — never 'unsafe-inline' — so a page paints
 * from its first response. Astro owns script-src and style-src; the other directives are ours.
 */
export const pageDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Astro's `security.csp` option: our directives, and the sources beside the hashes Astro adds. */
export const astroSecurityPolicy = {
  directives: [...pageDirectives],
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  styleDirective: { resources: ["'self'"] },
};

/** A policy's directives by name, each with its sources (`script-src` → [`'self'`, `'sha256-…'`]). */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);

/**
 * One policy that allows what every page's own policy allows, for the response header the server
 * sends with every file. A browser enforces the header and the page's <meta> both, so a page
 * stays as strict as its <meta>; the header adds what a <meta> cannot say (frame-ancestors).
 * The pages differ only in their hashes: anything else that differs is a mistake in the build.
 */
export function policyOfPages(policies: readonly string[]): string {
  if (policies.length === 0) throw new Error('Content-Security-Policy のあるページがありません。');
  const merged = new Map<string, Set<string>>();
  let shape: string | undefined;
  for (const policy of policies) {
    const directives = parsePolicy(policy);
    const withoutHashes = [...directives].map(([name, sources]) => `${name} ${sources.filter((source) => !isHash(source)).join(' ')}`).join('; ');
    if (shape !== undefined && withoutHashes !== shape) throw new Error(`ページによって Content-Security-Policy が違います（ハッシュのほかに）:\n  ${shape}\n  ${withoutHashes}`);
    shape = withoutHashes;
    for (const [name, sources] of directives) for (const source of sources) (merged.get(name) ?? merged.set(name, new Set()).get(name)!).add(source);
  }
  // Hashes sorted, after the other sources, so the header is the same from build to build.
  return [...merged].map(([name, sources]) => [name, ...[...sources].filter((source) => !isHash(source)), ...[...sources].filter(isHash).sort()].join(' ')).join('; ');
}
