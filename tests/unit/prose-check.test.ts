import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { createLinter, loadTextlintrc } from 'textlint';

const workspace = mkdtempSync(join('.build', 'prose-check-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

async function proseCheck(fixture?: { from: string; to: string }) {
  const env = { ...process.env };
  if (fixture) {
    const content = join(mkdtempSync(join(workspace, 'case-')), 'content');
    cpSync('content', content, { recursive: true });
    writeFileSync(join(content, fixture.to), readFileSync(join('tests/fixtures/prose-mistakes', fixture.from)));
    env.CONTENT_DIR = content;
  }
  return promisify(execFile)('node', ['scripts/check-prose.ts'], { env, maxBuffer: 8 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
}

test('our own prose passes the Japanese writing rules', async () => {
  const { code, output } = await proseCheck();
  expect(output).toContain('指摘はありません');
  expect(code).toBe(0);
}, 120_000);

test('an exclamation mark and too many 読点 in MDX are reported at their line', async () => {
  const { code, output } = await proseCheck({ from: 'exclamation.mdx', to: 'pages/exclamation.mdx' });
  expect(code).toBe(1);
  expect(output).toMatch(/content\/pages\/exclamation\.mdx:7:\d+ .*（ja-technical-writing\/no-exclamation-question-mark）/);
  expect(output).toMatch(/content\/pages\/exclamation\.mdx:9:\d+ .*（ja-technical-writing\/max-ten）/);
}, 120_000);

test('a sentence inside YAML data is checked and reported at its own line', async () => {
  const { code, output } = await proseCheck({ from: 'glossary-doubled-particle.yaml', to: 'glossary.yaml' });
  expect(code).toBe(1);
  expect(output).toMatch(/content\/glossary\.yaml:7:\d+ 一文に二回以上利用されている助詞 "が".*（ja-technical-writing\/no-doubled-joshi）/);
}, 120_000);

test('the official guideline wording is exempt: the same rules would flag it', async () => {
  const linter = createLinter({ descriptor: await loadTextlintrc() });
  const text = readFileSync('content/guideline/basics.mdx', 'utf8');
  const result = await linter.lintText(text, 'basics.mdx');
  expect(result.messages.length).toBeGreaterThan(0);
});
