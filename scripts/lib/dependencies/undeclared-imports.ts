import { readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { importGraph } from './import-graph.ts';

/** Folders and files whose imports must resolve to declared packages (test fixtures are not code). */
export const checkedPaths = ['src', 'scripts', 'tests', 'astro.config.mjs', 'playwright.config.ts', 'vitest.config.ts'];

/** Specifiers that are not packages: relative paths, Node's and Astro's own modules, our virtual module. */
const notAPackage = (specifier: string) => /^(\.|\/|node:|astro:|virtual:)/.test(specifier) || isBuiltin(specifier);

/** The package a bare specifier names: `astro/loaders` → `astro`, `@astrojs/mdx/server.js` → `@astrojs/mdx`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('?')[0]!.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * Every import in the project's code of a package that package.json does not declare: such a
 * package arrives only as another's dependency, and an update can remove it. Returns
 * `file: package (specifier)` lines; none means every import is declared.
 */
export function undeclaredImports(root: string, paths: readonly string[] = checkedPaths): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);
  const problems: string[] = [];
  // The imports as the layer check reads them (import-graph.ts): the TypeScript parser's, .astro frontmatter and <script> included.
  for (const { from, specifier } of importGraph(root, paths).outside) {
    if (notAPackage(specifier)) continue;
    const name = packageOf(specifier);
    // Type-only packages such as `mdast` are declared as their @types package.
    if (!declared.has(name) && !declared.has(`@types/${name.replace(/^@/, '').replace('/', '__')}`)) problems.push(`${from}: ${name}（${specifier}）`);
  }
  return [...new Set(problems)];
}
