import { expect, test } from 'vitest';
import { glossarySchema, type GlossaryTerm } from '../../src/lib/schemas/glossary.ts';
import { groupByKanaRow, kanaRowOf, sortByReading } from '../../src/lib/glossary/kana-order.ts';
import { validateYamlData } from '../../src/lib/content/yaml.ts';
import { dataFile } from '../helpers/content.ts';

const term = (id: string, reading: string): GlossaryTerm => ({ id, term: id, reading, definition: '定義です。', variants: [], exclude: [], related: [] });

test('terms sort in あいうえお order of their reading, voiced kana with their plain row', () => {
  const sorted = sortByReading([term('c', 'ぼらんてぃあ'), term('a', 'いたく'), term('b', 'きょうどう'), term('d', 'ぎょうせい')]);
  // Voicing only breaks ties, as in a Japanese dictionary: ぎょうせい comes before きょうどう.
  expect(sorted.map((entry) => entry.reading)).toEqual(['いたく', 'ぎょうせい', 'きょうどう', 'ぼらんてぃあ']);
  expect(kanaRowOf('ぎょうせい')).toBe('か');
  expect(kanaRowOf('ぼらんてぃあ')).toBe('は');
  expect(groupByKanaRow(sorted).map((group) => group.row)).toEqual(['あ', 'か', 'は']);
});

test('the site glossary carries the variants that search relies on', () => {
  const { terms } = dataFile('glossary');
  const variantsOf = (name: string) => terms.find((entry) => entry.term === name)?.variants ?? [];
  expect(variantsOf('町会・自治会')).toContain('町内会');
  expect(variantsOf('NPO')).toContain('特定非営利活動法人');
  expect(variantsOf('振り返り')).toEqual(expect.arrayContaining(['ふりかえり', '振返り']));
});

const yaml = (body: string) => `updated: 2026-11-25\nterms:\n${body}`;
const entry = (id: string, name: string, extra = '') => `  - id: ${id}\n    term: ${name}\n    reading: よみ\n    definition: 十文字以上の定義の文です。\n${extra}`;

test('a spelling used by two terms is reported at its line', () => {
  const { problems } = validateYamlData(yaml(entry('a', '町会') + entry('b', '町内会', '    variants: [町会]\n')), 'content/glossary.yaml', glossarySchema);
  expect(problems.map(String)).toEqual(['content/glossary.yaml:11:16 「terms[2番目].variants[1番目]」: 「町会」は用語「a」でも使われています。一つの用語にだけ書いてください']);
});

test('a related id that does not exist is reported', () => {
  const { problems } = validateYamlData(yaml(entry('a', '協働', '    related: [nothing]\n')), 'content/glossary.yaml', glossarySchema);
  expect(problems.map(String).join()).toMatch(/関連する用語「nothing」が用語集にありません/);
});

test('a reading in katakana is refused', () => {
  const { problems } = validateYamlData(yaml(entry('a', '協働').replace('よみ', 'キョウドウ')), 'content/glossary.yaml', glossarySchema);
  expect(problems.map(String).join()).toMatch(/「terms\[1番目\]\.reading」の形式が正しくありません/);
});
