import { expect, test } from 'vitest';
import { chooserPages } from '../../src/lib/chooser/tree.ts';
import { chooserSchema as chooserSchemaFor } from '../../src/lib/schemas/chooser.ts';
import { validateYamlData } from '../../src/lib/content/yaml.ts';
import { dataFile } from '../helpers/content.ts';

/** The eight forms of the guideline, as the tests' own list (the schema is given the forms that exist). */
const chooserSchema = chooserSchemaFor(['cooperation', 'subsidy', 'endorsement', 'co-hosting', 'executive-committee', 'council', 'commissioning', 'proposal-participation']);

const recommend = (...forms: string[]) => forms.map((form) => `      - form: ${form}\n        reason: 理由です。`).join('\n');
const valid = `start: a
questions:
  - id: a
    question: 質問A
    answers:
      - label: 答え1
        next: b
      - label: 答え2
        result: x
  - id: b
    question: 質問B
    answers:
      - label: 答え3
        result: y
      - label: 答え4
        result: z
results:
  - id: x
    heading: 結果X
    summary: 理由です。
    recommend:
${recommend('cooperation', 'subsidy', 'endorsement')}
  - id: y
    heading: 結果Y
    summary: 理由です。
    recommend:
${recommend('co-hosting', 'executive-committee', 'council')}
  - id: z
    heading: 結果Z
    summary: 理由です。
    recommend:
${recommend('commissioning', 'proposal-participation')}
`;

const problemsOf = (yaml: string) => validateYamlData(yaml, 'content/chooser.yaml', chooserSchema).problems.map(String);

test('the site chooser is valid and every page is a question or a result', () => {
  const pages = chooserPages(dataFile('chooser'));
  expect(pages[0]!.href).toBe('/forms/choose/');
  expect(pages.every((page) => page.kind === 'question' || page.kind === 'result')).toBe(true);
});

test('a valid small tree gives one page per path', () => {
  const { data, problems } = validateYamlData(valid, 'c.yaml', chooserSchema);
  expect(problems.map(String)).toEqual([]);
  expect(chooserPages(data!).map((page) => `${page.kind} ${page.href}`)).toEqual([
    'question /forms/choose/',
    'question /forms/choose/b/',
    'result /forms/choose/b/y/',
    'result /forms/choose/b/z/',
    'result /forms/choose/x/',
  ]);
});

test('an answer pointing nowhere is reported at its line', () => {
  expect(problemsOf(valid.replace('next: b', 'next: bb'))).toContain('content/chooser.yaml:7:15 「questions[1番目].answers[1番目].next」: 次の質問「bb」が questions にありません');
});

test('a loop back to an earlier question is refused', () => {
  expect(problemsOf(valid.replace('result: z', 'next: a')).join('\n')).toMatch(/戻る道があります（a → b → a）/);
});

test('a form that no result recommends is reported', () => {
  expect(problemsOf(valid.replace('      - form: commissioning\n        reason: 理由です。\n', '')).join('\n')).toMatch(/勧められていない形態があります: commissioning/);
});

test('an answer with both next and result is refused', () => {
  expect(problemsOf(valid.replace('        next: b\n', '        next: b\n        result: x\n')).join('\n')).toMatch(/どちらか1つ/);
});

test('a question no path reaches is reported', () => {
  const orphan = valid.replace('results:', '  - id: c\n    question: 孤立\n    answers:\n      - label: 一\n        result: x\n      - label: 二\n        result: y\nresults:');
  expect(problemsOf(orphan).join('\n')).toMatch(/質問「c」には、どの答えからもたどり着けません/);
});
