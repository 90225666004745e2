import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { applies, criteria, personCheckedCriteria } from '../../src/lib/accessibility/criteria.ts';

const require = createRequire(import.meta.url);

test('the list has the 25 level A and 13 level AA success criteria of JIS X 8341-3:2016, in order, each once', () => {
  // Written out from the standard, not read from the code under test.
  const levelA = ['1.1.1', '1.2.1', '1.2.2', '1.2.3', '1.3.1', '1.3.2', '1.3.3', '1.4.1', '1.4.2', '2.1.1', '2.1.2', '2.2.1', '2.2.2', '2.3.1', '2.4.1', '2.4.2', '2.4.3', '2.4.4', '3.1.1', '3.2.1', '3.2.2', '3.3.1', '3.3.2', '4.1.1', '4.1.2'];
  const levelAA = ['1.2.4', '1.2.5', '1.4.3', '1.4.4', '1.4.5', '2.4.5', '2.4.6', '2.4.7', '3.1.2', '3.2.3', '3.2.4', '3.3.3', '3.3.4'];
  expect(levelA).toHaveLength(25);
  expect(levelAA).toHaveLength(13);
  expect(criteria.filter((criterion) => criterion.level === 'A').map((criterion) => criterion.number)).toEqual(levelA);
  expect(criteria.filter((criterion) => criterion.level === 'AA').map((criterion) => criterion.number)).toEqual(levelAA);
  expect(criteria).toHaveLength(38);
  // In the standard's order: by principle, guideline, then criterion.
  const key = (number: string) => number.split('.').map((part) => part.padStart(2, '0')).join('.');
  expect(criteria.map((criterion) => key(criterion.number))).toEqual(criteria.map((criterion) => key(criterion.number)).sort());
});

test('names are the standard’s, spot-checked', () => {
  const name = (number: string) => criteria.find((criterion) => criterion.number === number)?.name;
  expect(name('1.1.1')).toBe('非テキストコンテンツ');
  expect(name('1.2.1')).toBe('音声だけ及び映像だけ（収録済み）');
  expect(name('1.4.3')).toBe('コントラスト（最低限レベル）');
  expect(name('2.4.1')).toBe('ブロックスキップ');
  expect(name('4.1.1')).toBe('構文解析');
});

test('what does not apply says why, and the time-based media criteria are among them (the site has no audio or video)', () => {
  const notApplicable = criteria.filter((criterion) => !applies(criterion)).map((criterion) => criterion.number);
  expect(notApplicable).toEqual(['1.2.1', '1.2.2', '1.2.3', '1.2.4', '1.2.5', '1.4.2', '2.2.1', '2.2.2', '2.3.1', '3.3.4']);
  for (const criterion of criteria.filter((item) => !applies(item))) expect(criterion.notApplicable).toMatch(/。$/);
});

test('every criterion is judged somehow: by a tool, a person, or both; only page language and parsing by tools alone', () => {
  for (const criterion of criteria) expect(criterion.tools.length > 0 || criterion.person, criterion.number).toBe(true);
  expect(criteria.filter((criterion) => !criterion.person).map((criterion) => criterion.number)).toEqual(['3.1.1', '4.1.1']);
  expect(personCheckedCriteria()).toHaveLength(26);
});

test('a criterion lists axe-core exactly when axe-core has a rule the page audit runs for it', () => {
  // The audit runs axe's rules tagged WCAG 2.0/2.1/2.2 A or AA; experimental and best-practice-only rules do not run.
  // The copy the audit loads into the pages (tests/helpers/axe-checker.ts).
  const axe = require('axe-core') as { getRules(): { ruleId: string; tags: string[] }[] };
  const run = axe.getRules().filter((rule) => rule.tags.some((tag) => /^wcag2(1|2)?a{1,2}$/.test(tag)) && !rule.tags.includes('experimental') && !rule.tags.includes('deprecated'));
  const covered = new Set(run.flatMap((rule) => rule.tags.flatMap((tag) => /^wcag(\d)(\d)(\d+)$/.exec(tag)?.slice(1).join('.') ?? [])));
  for (const criterion of criteria) expect(criterion.tools.includes('axe'), `${criterion.number} axe`).toBe(covered.has(criterion.number));
});

test('a criterion lists IBM Equal Access exactly when the engine’s WCAG 2.2 rule set has rules for it', () => {
  const ace = require('accessibility-checker-engine/ace-node.js') as { Checker: new () => { getGuidelines(): { id: string; checkpoints: { num: string; rules?: { id: string }[] }[] }[] } };
  const ruleset = new ace.Checker().getGuidelines().find((guideline) => guideline.id === 'WCAG_2_2')!;
  const covered = new Set(ruleset.checkpoints.filter((checkpoint) => (checkpoint.rules ?? []).length > 0).map((checkpoint) => checkpoint.num));
  for (const criterion of criteria) expect(criterion.tools.includes('ibm'), `${criterion.number} ibm`).toBe(covered.has(criterion.number));
});
