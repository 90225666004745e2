import { readFileSync, readdirSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, relative } from 'node:path';

/** Folders and files whose imports must resolve to declared packages (test fixtures are not code). */
export const checkedPaths = ['src', 'scripts', 'tests', 'astro.config.mjs', 'playwright.config.ts', 'vitest.config.ts'];

/** Static imports and re-exports, side-effect imports, and dynamic imports with a literal specifier. */
const importPattern = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?[^'";]*?\sfrom\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Specifiers that are not packages: relative paths, Node's and Astro's own modules, our virtual module. */
const notAPackage = (specifier: string) => /^(\.|\/|node:|astro:|virtual:)/.test(specifier) || isBuiltin(specifier);

/** The package a bare specifier names: `astro/loaders` → `astro`, `@astrojs/mdx/server.js` → `@astrojs/mdx`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('?')[0]!.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  try {
    return readdirSync(full, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|mts|mjs|js|astro)$/.test(name) && !/node_modules|fixtures/.test(name))
      .map((name) => join(full, name));
  } catch {
    return [full];
  }
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
  for (const file of paths.flatMap((path) => filesUnder(root, path))) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const match of text.matchAll(importPattern)) {
      const specifier = match[1] ?? match[2] ?? match[3]!;
      if (notAPackage(specifier)) continue;
      const name = packageOf(specifier);
      // Type-only packages such as `mdast` are declared as their @types package.
      if (!declared.has(name) && !declared.has(`@types/${name.replace(/^@/, '').replace('/', '__')}`)) problems.push(`${relative(root, file)}: ${name}（${specifier}）`);
    }
  }
  return [...new Set(problems)];
}
