import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The policy <meta> Astro writes into a page's head, the policy its first group (its quotes as `&#x27;`; a page re-serialised for furigana may write them as `'`). */
export const policyMeta = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/** The Content-Security-Policy of each built page under `siteDir`, by the page's file; a page without one stops the build. */
export function pagePolicies(siteDir: string): Map<string, string> {
  const policies = new Map<string, string>();
  for (const file of readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).sort()) {
    const found = policyMeta.exec(readFileSync(join(siteDir, file), 'utf8'));
    if (!found) throw new Error(`${file}: Content-Security-Policy の <meta> がありません（Astro の security.csp が書くはずのものです）。`);
    policies.set(file, found[1]!.replaceAll('&#x27;', "'").replaceAll('&#39;', "'"));
  }
  return policies;
}
