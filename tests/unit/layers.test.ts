// Issue 27: the layers hold. src/lib/ imports only src/lib/ and packages; our modules import each
// other without cycles (types included); scripts/ do not import src/integrations/.
import { expect, test } from 'vitest';
import { importCycles, importGraph } from '../../scripts/lib/dependencies/import-graph.ts';
import { checkLayers, layerProblems } from '../../scripts/lib/dependencies/layers.ts';

const fixture = 'tests/fixtures/layers';

test('the project has no layer crossing and no import cycle', () => {
  expect(checkLayers(process.cwd())).toEqual([]);
});

test('the import graph reads type imports, re-exports, dynamic type imports and .astro frontmatter and scripts', () => {
  const graph = importGraph(fixture, ['src', 'scripts']);
  const edges = graph.imports.map(({ from, to, typeOnly }) => `${from} → ${to}${typeOnly ? ' (type)' : ''}`);
  expect(edges).toEqual(
    expect.arrayContaining([
      'src/lib/a/first.ts → src/lib/a/second.ts (type)',
      'src/lib/a/second.ts → src/lib/a/first.ts (type)',
      'scripts/lib/again.ts → scripts/lib/helper.ts',
      'scripts/lib/helper.ts → scripts/lib/again.ts',
      'src/lib/view.ts → src/pages/page.astro (type)',
      'src/pages/page.astro → src/lib/view.ts',
      'src/pages/page.astro → src/lib/a/first.ts',
    ]),
  );
  // The page's import is on line 3 of the .astro file, not of its frontmatter.
  expect(graph.imports.find((i) => i.from === 'src/pages/page.astro' && i.to === 'src/lib/view.ts')?.line).toBe(3);
});

test('a cycle of types, a cycle of re-exports and a cycle through a page are reported with their files', () => {
  const cycles = importCycles(importGraph(fixture, ['src', 'scripts'])).map(({ cycle }) => cycle.join(' → '));
  expect(cycles).toEqual([
    'scripts/lib/again.ts → scripts/lib/helper.ts → scripts/lib/again.ts',
    'src/lib/a/first.ts → src/lib/a/second.ts → src/lib/a/first.ts',
    'src/lib/view.ts → src/pages/page.astro → src/lib/view.ts',
  ]);
});

test('each layer crossing and each cycle is one Japanese line naming both files and what to do', () => {
  const problems = checkLayers(fixture, ['src', 'scripts']);
  expect(problems).toHaveLength(7);
  const about = (text: string) => problems.filter((problem) => problem.includes(text));

  // src/lib/ → src/plugins/, src/lib/ → a page, src/lib/ → astro:content; node: and npm packages pass.
  expect(about('src/lib/crosses.ts:5')).toEqual([expect.stringContaining('src/plugins/plugin.ts')]);
  expect(about('src/lib/crosses.ts:5')[0]).toContain('src/lib/ に移す');
  expect(about('src/lib/view.ts:2')).toEqual([expect.stringContaining('src/pages/page.astro')]);
  expect(about('src/lib/crosses.ts:2')).toEqual([expect.stringContaining("'astro:content'")]);
  expect(about('zod')).toEqual([]);
  expect(about('node:fs')).toEqual([]);

  // scripts/ → src/integrations/.
  expect(about('scripts/build.ts:1')).toEqual([expect.stringMatching(/src\/integrations\/indexer\.ts.*src\/lib\/ か scripts\/lib\/ に移し/)]);

  // Cycles name every file on the way round.
  expect(about('読み込みが循環しています')).toEqual([
    expect.stringContaining('scripts/lib/again.ts → scripts/lib/helper.ts → scripts/lib/again.ts'),
    expect.stringContaining('src/lib/a/first.ts → src/lib/a/second.ts → src/lib/a/first.ts'),
    expect.stringContaining('src/lib/view.ts → src/pages/page.astro → src/lib/view.ts'),
  ]);
});

test('a cycle shared by more files names the others too', () => {
  const graph = {
    files: ['src/lib/a.ts', 'src/lib/b.ts', 'src/lib/c.ts'],
    imports: [
      { from: 'src/lib/a.ts', to: 'src/lib/b.ts', specifier: './b.ts', line: 1, typeOnly: true },
      { from: 'src/lib/b.ts', to: 'src/lib/a.ts', specifier: './a.ts', line: 1, typeOnly: false },
      { from: 'src/lib/b.ts', to: 'src/lib/c.ts', specifier: './c.ts', line: 2, typeOnly: false },
      { from: 'src/lib/c.ts', to: 'src/lib/a.ts', specifier: './a.ts', line: 1, typeOnly: true },
    ],
    outside: [],
  };
  expect(layerProblems(graph)).toEqual([expect.stringContaining('src/lib/a.ts → src/lib/b.ts → src/lib/a.ts（同じ輪に入るファイル: src/lib/c.ts）')]);
});
