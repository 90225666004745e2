import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadTemplates } from '../../src/lib/templates/templates.ts';
import { formToDocx } from '../../src/lib/templates/docx.ts';
import { compareDocx, readDocx } from '../../src/lib/templates/check-docx.ts';

mkdirSync('.build', { recursive: true });
const workspace = mkdtempSync(join('.build', 'templates-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** A copy of content/ with a form's YAML replaced: mistakes are reported against this file. */
function contentWith(name: string, text: string): string {
  const root = join(mkdtempSync(join(workspace, 'case-')), 'content');
  cpSync('content', root, { recursive: true });
  writeFileSync(join(root, 'templates', name), text);
  return root;
}

const roleSharing = readFileSync('content/templates/role-sharing.yaml', 'utf8');

describe('mistakes in a form fail with its file and line', () => {
  test('a chapter that does not exist', () => {
    const root = contentWith('role-sharing.yaml', roleSharing.replace('chapter: process-partners', 'chapter: process-partner'));
    const problems = loadTemplates(root).problems.map(String);
    expect(problems).toEqual([expect.stringMatching(/templates\/role-sharing\.yaml:8:14 ガイドブックの章「process-partner」がありません/)]);
  });

  test('a heading that is not in the chapter', () => {
    const root = contentWith('role-sharing.yaml', roleSharing.replace('heading: 第4条 役割分担', 'heading: 第4条 役割'));
    expect(loadTemplates(root).problems.map(String)).toEqual([expect.stringMatching(/role-sharing\.yaml:11:14 章「agreement-outline」に見出し「第4条 役割」がありません/)]);
  });

  test('a glossary term that does not exist', () => {
    const root = contentWith('role-sharing.yaml', roleSharing.replace('terms: [yakuwari-buntan, katsudo-shutai]', 'terms: [yakuwari-buntan, no-such-term]'));
    expect(loadTemplates(root).problems.map(String)).toEqual([expect.stringMatching(/role-sharing\.yaml:12:26 「terms\[2番目\]」に使える値は/)]);
  });

  test('a row with a missing cell, and a table without its header row', () => {
    const shortRow = roleSharing.replace('        - [費用, 講師の謝礼とチラシの印刷の費用を負担する。, 参加者の行事保険の保険料を負担する。]', '        - [費用, 講師の謝礼とチラシの印刷の費用を負担する。]');
    expect(loadTemplates(contentWith('role-sharing.yaml', shortRow)).problems.map(String)).toEqual([expect.stringMatching(/role-sharing\.yaml:22:11 表の行のセルが 2 個あります。見出しの列（columns）と同じ 3 個/)]);
    const noHeader = roleSharing.replace('      columns: [項目, 区, 活動主体]\n', '');
    expect(loadTemplates(contentWith('role-sharing.yaml', noHeader)).problems.map(String)).toEqual([expect.stringMatching(/role-sharing\.yaml:\d+:\d+ .*columns/)]);
  });

  test('a checklist the review sheet reads that is not in the chapter, and an example without every 〇〇', () => {
    const review = readFileSync('content/templates/review-sheet.yaml', 'utf8').replace('checklist: 区の振り返りシート', 'checklist: 区のシート');
    expect(loadTemplates(contentWith('review-sheet.yaml', review)).problems.map(String)).toEqual([expect.stringMatching(/review-sheet\.yaml:\d+:\d+ 章「review」に題名「区のシート」のチェックリストがありません/)]);
    const agreement = readFileSync('content/templates/agreement.yaml', 'utf8').replace("第1条 目的: [子育て中の親の地域での孤立]", '第1条 目的: []');
    expect(loadTemplates(contentWith('agreement.yaml', agreement)).problems.map(String)).toEqual([expect.stringMatching(/agreement\.yaml:\d+:\d+ 記入例の「第1条 目的」に、空欄（〇〇）1 個の分の語句を書いてください（いまは 0 個）/)]);
  });
});

describe('the forms of content/', () => {
  const { templates, problems } = loadTemplates('content');

  test('five forms, with no mistakes', () => {
    expect(problems.map(String)).toEqual([]);
    expect(templates.map((template) => template.data.title)).toEqual(['協働事業計画書', '役割分担表', '協定書', '協働事業 振り返りシート', '協働事業提案書']);
  });

  test('the 役割分担表 has the rows 企画・費用・実施・責任・成果・広報 and the columns 区・活動主体', async () => {
    const form = templates.find((template) => template.id === 'role-sharing')!;
    const docx = await readDocx(await formToDocx(form.blank));
    expect(docx.tables).toEqual([[3, 3, 3, 3, 3, 3, 3]]);
    for (const text of ['役割分担表', '項目', '区', '活動主体', '企画', '費用', '実施', '責任', '成果', '広報', '令和　　年　　月　　日']) expect(docx.paragraphs).toContain(text);
  });

  test('the 協定書 has the outline chapter’s articles, blank with 〇〇 and filled in the 記入例', async () => {
    const form = templates.find((template) => template.id === 'agreement')!;
    const outline = readFileSync('content/guidebook/agreement-outline.mdx', 'utf8');
    const blank = await readDocx(await formToDocx(form.blank));
    for (const title of ['（目的）', '（事業の内容）', '（期間）', '（役割分担）', '（費用の負担）', '（情報の共有）', '（個人情報の取扱い）', '（成果物の帰属）', '（事故・損害の責任）', '（公開）', '（変更・解除）', '（協議）']) expect(blank.paragraphs).toContain(title);
    const article1 = blank.paragraphs.find((text) => text.startsWith('第1条　'))!;
    expect(outline).toContain(`> ${article1}`);
    const example = await readDocx(await formToDocx(form.example));
    expect(example.paragraphs).toContain('第3条　この協定の期間は、令和9年6月1日から令和9年11月30日までとする。');
    expect(example.paragraphs.filter((text) => text.startsWith('第')).join('')).not.toContain('〇');
  });

  test('the 振り返りシート grades each question on 4 levels with a comment, for each party and jointly', async () => {
    const form = templates.find((template) => template.id === 'review-sheet')!;
    const docx = await readDocx(await formToDocx(form.blank));
    // Header of each graded table: 項目, 4 levels, コメント; 10, 9 and 7 questions from the review chapter's checklists.
    expect(docx.tables.slice(1, 4).map((rows) => [rows.length, rows[0]])).toEqual([[11, 6], [10, 6], [8, 6]]);
    for (const text of ['1 区の振り返り', '2 活動主体の振り返り', '3 合同の振り返り', '4 当てはまる', '1 当てはまらない', 'コメント', '協定で決めた目標を達成できましたか。']) expect(docx.paragraphs).toContain(text);
  });

  test('every 記入例 carries the fictional-example notice, and no blank form does', async () => {
    for (const template of templates) {
      expect((await readDocx(await formToDocx(template.example))).paragraphs, template.id).toContain('記入例（架空の例です）');
      expect((await readDocx(await formToDocx(template.blank))).paragraphs.join(''), template.id).not.toContain('記入例');
    }
  });

  test('the check after writing finds a missing cell and a missing text', async () => {
    const form = templates.find((template) => template.id === 'role-sharing')!;
    const content = await readDocx(await formToDocx(form.blank));
    expect(compareDocx(content, form.blank)).toEqual([]);
    const broken = { paragraphs: content.paragraphs.filter((text) => text !== '広報'), tables: [[3, 3, 3, 2, 3, 3, 3]] };
    expect(compareDocx(broken, form.blank)).toEqual(['表「区と活動主体の役割分担」の行ごとのセルの数が 3,3,3,2,3,3,3 です（原稿は 3,3,3,3,3,3,3）', '「広報」がありません']);
  });
});
