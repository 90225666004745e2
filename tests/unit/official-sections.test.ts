import { expect, test } from 'vitest';
import { missingUnits, splitOfficialText, textUnits } from '../../src/lib/content/official-sections.ts';

test('text splits into sentences and space-separated items', () => {
  expect(textUnits('一文目です。二文目です。')).toEqual(['一文目です。', '二文目です。']);
  expect(textUnits('事業協力 補助・助成 後援名義の付与')).toEqual(['事業協力', '補助・助成', '後援名義の付与']);
});

const officialText = `# 題名

## 第1章 はじめに

本文の一文目です。二文目です。

### 1 小見出し

項目A 項目B  
項目C

## 第2章 つぎに

- 1 期間 平成21年
`;

test('the official text splits at the listed headings, keeping other headings as text', () => {
  const { sections, unclaimed } = splitOfficialText(officialText, ['題名', '第1章 はじめに', '第2章 つぎに']);
  expect(unclaimed).toEqual([]);
  expect(sections.map((section) => section.heading)).toEqual(['題名', '第1章 はじめに', '第2章 つぎに']);
  expect(sections[1]!.units).toEqual(['第1章', 'はじめに', '本文の一文目です。', '二文目です。', '1', '小見出し', '項目A', '項目B', '項目C']);
  expect(sections[2]!.units).toEqual(['第2章', 'つぎに', '1', '期間', '平成21年']);
});

test('text before the first listed heading is reported as unclaimed, never dropped', () => {
  expect(splitOfficialText(officialText, ['第2章 つぎに']).unclaimed).toContain('本文の一文目です。');
});

test('a page passes when every unit is there in order, whatever the layout', () => {
  expect(missingUnits(['項目A', '項目B', '項目C'], '・項目A\n・項目B\n・項目C')).toEqual([]);
});

test('a changed word or a swapped order is caught', () => {
  expect(missingUnits(['本文の一文目です。'], '本文の1文目です。')).toEqual(['本文の一文目です。']);
  expect(missingUnits(['項目A', '項目B'], '項目B 項目A')).toEqual(['項目B']);
});
