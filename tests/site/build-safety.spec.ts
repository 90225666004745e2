import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

/**
 * Builds the site from a copy of content/ with one mistake added, into a throwaway output
 * folder, and returns what the build printed. The real dist/ is never touched.
 */
async function buildWithFixture(fixture: string, into: string) {
  const root = mkdtempSync(join(tmpdir(), 'build-fixture-'));
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  cpSync(fixture, join(content, into));
  const out = join(root, 'out');
  mkdirSync(out);
  writeFileSync(join(out, 'previous-build.txt'), '前回のビルド');
  const result = await promisify(execFile)('node', ['scripts/build.ts'], {
    env: { ...process.env, CONTENT_DIR: content, SITE_DIST: out },
    maxBuffer: 32 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
  return { ...result, out };
}

test('an overfull pamphlet panel fails the build with the file and the panel, and leaves the previous output as it was', async () => {
  test.setTimeout(180_000);
  const { code, output, out } = await buildWithFixture('tests/fixtures/pamphlets/overfull-flyer.mdx', 'pamphlets/overfull-flyer.mdx');
  expect(code).toBe(1);
  expect(output).toMatch(/overfull-flyer\.pdf（.*content\/pamphlets\/overfull-flyer\.mdx）: 面からのはみ出し: 面「front」の内容が約 \d+ mm はみ出しています/);
  expect(output).toContain('前回のビルドのままです');
  expect(readFileSync(join(out, 'previous-build.txt'), 'utf8')).toBe('前回のビルド');
  expect(existsSync(join(out, 'index.html'))).toBe(false);
});

/** Mistakes the first build step refuses, each with the place and the words the editor sees. */
const refusedBeforeBuilding: [name: string, fixture: string, into: string, message: RegExp][] = [
  ['an unknown component', 'tests/fixtures/content-mistakes/unknown-component.mdx', 'pages/unknown.mdx', /content\/pages\/unknown\.mdx:9:1 部品「<Chekclist>」はありません/],
  ['an edited official sentence', 'tests/fixtures/official-text/necessity-one-word-changed.mdx', 'guideline/necessity.mdx', /content\/guideline\/necessity\.mdx:14:1 指針の本文が概要版と違います/],
  ['a <script> in MDX', 'tests/fixtures/content-mistakes/raw-html-script.mdx', 'pages/script.mdx', /content\/pages\/script\.mdx:9:1 本文に <script> は書けません/],
  ['a wrong quotation', 'tests/fixtures/content-mistakes/wrong-quotation.mdx', 'pages/wrong-quotation.mdx', /content\/pages\/wrong-quotation\.mdx:7:5 引用「協働の効果をさらに高め/],
];

for (const [name, fixture, into, message] of refusedBeforeBuilding) {
  test(`${name} stops the build before anything is built, with the file, line and a message, and loses nothing`, async () => {
    test.setTimeout(120_000);
    const { code, output, out } = await buildWithFixture(fixture, into);
    expect(code).toBe(1);
    expect(output).toMatch(message);
    expect(output).not.toContain('サイトと検索インデックスの生成');
    expect(readFileSync(join(out, 'previous-build.txt'), 'utf8')).toBe('前回のビルド');
  });
}
