import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeSyntheticPages } from '../../scripts/lib/bench/scale.ts';
import { checkContent } from '../../scripts/lib/content-check/check-content-folder.ts';

mkdirSync('.build', { recursive: true });
const workspace = mkdtempSync(join('.build', 'bench-scale-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

// The bench's scale run (npm run bench) builds the site with synthetic pages added. They must be
// pages the product accepts: built from the raw chapter files, one once carried half of an
// <Editorial> block, and the run stopped with an MDX error after 20 minutes of benchmarking.
test('the scale run’s synthetic pages pass the content check, as an editor’s pages must', () => {
  const root = join(workspace, 'content');
  cpSync('content', root, { recursive: true });
  const before = readdirSync(join(root, 'pages')).length;
  writeSyntheticPages(root, 40);
  expect(readdirSync(join(root, 'pages')).length - before).toBe(40);
  expect(checkContent({ root, publicDir: resolve('public') }).map(String)).toEqual([]);
});
