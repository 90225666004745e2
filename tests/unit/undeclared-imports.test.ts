import { join } from 'node:path';
import { expect, test } from 'vitest';
import { packageOf, undeclaredImports } from '../../scripts/lib/dependencies/undeclared-imports.ts';

test('every package the project imports is declared in package.json', () => {
  expect(undeclaredImports(process.cwd())).toEqual([]);
});

test('an import of a package that is only a dependency of a dependency is reported with its file', () => {
  // The fixture declares astro and @types/mdast only; node: and relative imports are not packages.
  expect(undeclaredImports('tests/fixtures/undeclared-imports', ['src'])).toEqual([join('src', 'a.ts') + ': playwright-core（playwright-core）', join('src', 'a.ts') + ': @scope/pkg（@scope/pkg/sub.js）']);
});

test('a specifier names its package', () => {
  expect(packageOf('@astrojs/mdx/server.js')).toBe('@astrojs/mdx');
  expect(packageOf('pdfjs-dist/legacy/build/pdf.mjs')).toBe('pdfjs-dist');
  expect(packageOf('astro')).toBe('astro');
});
