import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { createLinter, loadTextlintrc } from 'textlint';
import { parse as parseYaml } from 'yaml';
import { checkProse } from '../../scripts/lib/prose/lint-prose.ts';
import { ja } from '../../src/lib/i18n/ja.ts';

mkdirSync('.build', { recursive: true });
const workspace = mkdtempSync(join('.build', 'prose-check-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** Runs the prose check in this process on content/, or on a copy with one mistaken file put in place. */
async function proseCheck(fixture?: { from: string; to: string }) {
  let root = 'content';
  if (fixture) {
    root = join(mkdtempSync(join(workspace, 'case-')), 'content');
    cpSync('content', root, { recursive: true });
    writeFileSync(join(root, fixture.to), readFileSync(join('tests/fixtures/prose-mistakes', fixture.from)));
  }
  return checkProse(root, fixture && [fixture.to]);
}

test('our own prose passes the Japanese writing rules', async () => {
  expect(await proseCheck()).toEqual([]);
}, 120_000);

test('an exclamation mark and too many 読点 in MDX are reported at their line', async () => {
  const output = (await proseCheck({ from: 'exclamation.mdx', to: 'pages/exclamation.mdx' })).join('\n');
  expect(output).toMatch(/content\/pages\/exclamation\.mdx:7:\d+ .*（ja-technical-writing\/no-exclamation-question-mark）/);
  expect(output).toMatch(/content\/pages\/exclamation\.mdx:9:\d+ .*（ja-technical-writing\/max-ten）/);
}, 120_000);

test('a sentence inside YAML data is checked and reported at its own line', async () => {
  const output = (await proseCheck({ from: 'glossary-doubled-particle.yaml', to: 'glossary.yaml' })).join('\n');
  expect(output).toMatch(/content\/glossary\.yaml:7:\d+ 一文に二回以上利用されている助詞 "が".*（ja-technical-writing\/no-doubled-joshi）/);
}, 120_000);

test('each 表記 and colloquialism rule of prh.yml reports its line', async () => {
  const output = await proseCheck({ from: 'hyoki.mdx', to: 'pages/hyoki.mdx' });
  // Line of each violation in the fixture, and the form the dictionary asks for.
  const expected: [line: number, wanted: string][] = [
    [7, '打合せ'],
    [9, '分かり'],
    [11, '誰'],
    [13, '担当者が替わ'],
    [15, 'めざ'],
    [17, '介入する'],
    [19, '特別扱い'],
    [21, '要点'],
    [23, '支払'],
    [25, '取決め'],
    [27, 'つくり'],
    [29, '活かし'],
    [31, 'お互い'],
    [33, 'この章の要点'],
  ];
  // Line 35 uses the verbs 支払う and 取り決める and the forms the rules ask for: nothing there is reported.
  for (const [line, wanted] of expected) {
    expect(output.find((problem) => new RegExp(`pages/hyoki\\.mdx:${line}:\\d+ .* => ${wanted}（prh）`).test(problem)), `line ${line}: ${wanted}\n${output.join('\n')}`).toBeDefined();
  }
  expect(output.filter((problem) => problem.includes('（prh）'))).toHaveLength(expected.length);
}, 120_000);

test('the official guideline wording is exempt: the same rules would flag it', async () => {
  const linter = createLinter({ descriptor: await loadTextlintrc() });
  const text = readFileSync('content/guideline/basics.mdx', 'utf8');
  const result = await linter.lintText(text, 'basics.mdx');
  expect(result.messages.length).toBeGreaterThan(0);
});

test('the interface strings (src/lib/i18n/ja.ts) follow the 表記 of prh.yml too', () => {
  // textlint reads only content/; here each rule's pattern is applied to every interface string.
  const { rules } = parseYaml(readFileSync('prh.yml', 'utf8')) as { rules: { expected: string; pattern?: string; patterns?: string[] }[] };
  const patterns = rules.flatMap((rule) => [...(rule.pattern ? [rule.pattern] : []), ...(rule.patterns ?? [])].map((pattern) => ({ expected: rule.expected, pattern })));
  expect(patterns.length).toBeGreaterThan(10);
  const asRegExp = (pattern: string) => (/^\/.*\/$/u.test(pattern) ? new RegExp(pattern.slice(1, -1), 'mu') : new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'u'));
  const found = Object.entries(ja).flatMap(([key, value]) => patterns.filter(({ pattern }) => asRegExp(pattern).test(value)).map(({ expected, pattern }) => `${key}: ${pattern} → ${expected}`));
  expect(found).toEqual([]);
  // The check finds what it should: the string the pamphlets page had before.
  expect(patterns.some(({ pattern }) => asRegExp(pattern).test('パンフレットを作る・印刷する'))).toBe(true);
});
