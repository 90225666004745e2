import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, test } from 'vitest';
import { gradeHeadLines, loadTemplates } from '../../src/lib/templates/template-files.ts';
import { formToDocx } from '../../src/lib/templates/docx.ts';
import { formPageCss } from '../../src/lib/print/form-page.ts';
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
/** The site the Word files' footers name (site.yaml's siteName in the build). */
const site = { siteName: '試験用のサイト名' };

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

describe('the agreement holds no instructions, and a grade head takes two lines', () => {
  test('a note inside the articles fails, naming its line and where to write it instead', () => {
    const agreement = readFileSync('content/templates/agreement.yaml', 'utf8').replace('  - heading: 協定の条文\n', '  - heading: 協定の条文\n    note: 「〇〇」は、事業ごとに書き入れる空欄です。\n');
    expect(loadTemplates(contentWith('agreement.yaml', agreement)).problems.map(String)).toEqual([expect.stringMatching(/agreement\.yaml:\d+:\d+ 協定の条文の中には、記入のしかたを書きません。.*guide:/)]);
  });

  test('the 協定書 has its 記入の手引き after the articles, outside them, in both versions', async () => {
    const form = loadTemplates('content').templates.find((template) => template.id === 'agreement')!;
    for (const version of [form.blank, form.example]) {
      expect(version.guide).toEqual(['「〇〇」は、事業ごとに書き入れる空欄です。', '法令に関わる条文は、区の法務の担当者に確かめてください。']);
      expect(version.blocks.filter((block) => block.kind === 'note')).toEqual([]);
      const docx = await readDocx(await formToDocx(version, site));
      const guideAt = docx.paragraphs.indexOf('記入の手引き');
      expect(guideAt).toBeGreaterThan(docx.paragraphs.findLastIndex((text) => text.startsWith('第12条')));
      expect(docx.paragraphs.slice(guideAt + 1)).toEqual(expect.arrayContaining(version.guide));
    }
  });

  test('a grade head is two lines: the grade and the qualifier, then the label it qualifies', () => {
    const scale = ['当てはまる', 'やや当てはまる', 'あまり当てはまらない', '当てはまらない'];
    expect(scale.map((label, index) => gradeHeadLines(4 - index, label, scale))).toEqual([
      ['4 ', '当てはまる'],
      ['3 やや', '当てはまる'],
      ['2 あまり', '当てはまらない'],
      ['1 ', '当てはまらない'],
    ]);
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
    const docx = await readDocx(await formToDocx(form.blank, site));
    expect(docx.tables).toEqual([[3, 3, 3, 3, 3, 3, 3]]);
    for (const text of ['役割分担表', '項目', '区', '活動主体', '企画', '費用', '実施', '責任', '成果', '広報', '令和　　年　　月　　日']) expect(docx.paragraphs).toContain(text);
  });

  test('the 協定書 has the outline chapter’s articles, blank with 〇〇 and filled in the 記入例', async () => {
    const form = templates.find((template) => template.id === 'agreement')!;
    const outline = readFileSync('content/guidebook/agreement-outline.mdx', 'utf8');
    const blank = await readDocx(await formToDocx(form.blank, site));
    for (const title of ['（目的）', '（事業の内容）', '（期間）', '（役割分担）', '（費用の負担）', '（情報の共有）', '（個人情報の取扱い）', '（成果物の帰属）', '（事故・損害の責任）', '（公開）', '（変更・解除）', '（協議）']) expect(blank.paragraphs).toContain(title);
    const article1 = blank.paragraphs.find((text) => text.startsWith('第1条　'))!;
    expect(outline).toContain(`> ${article1}`);
    const example = await readDocx(await formToDocx(form.example, site));
    expect(example.paragraphs).toContain('第3条　この協定の期間は、令和9年6月1日から令和10年3月31日までとする。');
    expect(example.paragraphs.filter((text) => text.startsWith('第')).join('')).not.toContain('〇');
  });

  test('the 振り返りシート grades each question on 4 levels with a comment, for each party and jointly', async () => {
    const form = templates.find((template) => template.id === 'review-sheet')!;
    const docx = await readDocx(await formToDocx(form.blank, site));
    // Header of each graded table: 項目, 4 levels, コメント; 10, 9 and 7 questions from the review chapter's checklists.
    expect(docx.tables.slice(1, 4).map((rows) => [rows.length, rows[0]])).toEqual([[11, 6], [10, 6], [8, 6]]);
    for (const text of ['1 区の振り返り', '2 活動主体の振り返り', '3 合同の振り返り', '4 当てはまる', '1 当てはまらない', 'コメント', '協定で決めた目標を達成できましたか。']) expect(docx.paragraphs).toContain(text);
  });

  test('every 記入例 carries the fictional-example notice, and no blank form does', async () => {
    for (const template of templates) {
      expect((await readDocx(await formToDocx(template.example, site))).paragraphs, template.id).toContain('記入例（架空の例です）');
      expect((await readDocx(await formToDocx(template.blank, site))).paragraphs.join(''), template.id).not.toContain('記入例');
    }
  });

  test('every page’s footer says it is the site’s reference form, naming the site from the settings', async () => {
    const form = templates.find((template) => template.id === 'role-sharing')!;
    const zip = await JSZip.loadAsync(await formToDocx(form.blank, site));
    const footers = await Promise.all(zip.file(/^word\/footer\d*\.xml$/).map((file) => file.async('string')));
    const text = footers.map((xml) => xml.replace(/<[^>]+>/g, '')).join('');
    expect(text).toContain('この様式は、「試験用のサイト名」のサイトが示す参考の様式です。');
    expect(text).not.toContain('練馬区区民との協働指針');
  });

  test('the Word page and the print page are the same A4 with 20 mm margins, from the one form page', async () => {
    const form = templates.find((template) => template.id === 'role-sharing')!;
    const xml = await (await JSZip.loadAsync(await formToDocx(form.blank, site))).file('word/document.xml')!.async('string');
    // A4 is 210 × 297 mm: 11906 × 16838 twentieths of a point; 20 mm is 1134, 10 mm 567 (1 mm = 1440 / 25.4).
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567"/);
    expect(formPageCss()).toContain('@page { size: 210mm 297mm; margin: 20mm 20mm 18mm; }');
    expect(formPageCss()).toContain('--form-text-width: 170mm;');
  });

  test('the check after writing finds a missing cell and a missing text', async () => {
    const form = templates.find((template) => template.id === 'role-sharing')!;
    const content = await readDocx(await formToDocx(form.blank, site));
    expect(compareDocx(content, form.blank)).toEqual([]);
    const broken = { paragraphs: content.paragraphs.filter((text) => text !== '広報'), tables: [[3, 3, 3, 2, 3, 3, 3]] };
    expect(compareDocx(broken, form.blank)).toEqual(['表「区と活動主体の役割分担」の行ごとのセルの数が 3,3,3,2,3,3,3 です（原稿は 3,3,3,3,3,3,3）', '「広報」がありません']);
  });
});

/**
 * The labels each blank form may share with its 記入例, written out here by hand: the row
 * headings of every table, in order. A graded table's labels are the questions of a checklist
 * of the review chapter (named here, and read below with this test's own pattern).
 */
const blankLabels: Record<string, (string[] | { checklist: string })[]> = {
  'project-plan': [
    ['事業名', '協働の相手（活動主体）', '区の担当部署', '協働の形態', '取り組む地域課題', '事業の目的', '対象となる人'],
    ['事業の内容', '実施の場所', '事業の期間', '協働で行う理由'],
    ['謝礼', '使用料', '印刷費', '保険料', 'その他', '合計'],
    ['成果1', '成果2', '成果3'],
  ],
  'role-sharing': [['企画', '費用', '実施', '責任', '成果', '広報']],
  agreement: [['区', '団体']],
  'review-sheet': [
    ['事業名', '協働の相手（活動主体）', '振り返る期間', '記入した人（区）', '記入した人（活動主体）'],
    { checklist: '区の振り返りシート' },
    { checklist: '団体の振り返りシート' },
    { checklist: '合同の振り返りシート' },
    ['次に活かす改善点', '事業を続けるか（続ける・改める・終える）', '公開する内容'],
  ],
  proposal: [
    ['団体の名称', '代表者', '所在地', '連絡先（担当者・電話・メール）', '団体の主な活動'],
    ['事業名', '解決したい地域課題', '事業の内容', '協働で行う理由', '団体が担うこと', '区に期待すること', '実施の体制', '費用の見積もり', '成果の確かめ方', '事業が終わった後の展開'],
  ],
};

/** The items of a <Checklist title="…"> in the review chapter, read with a pattern of this test's own. */
function checklistItems(title: string): string[] {
  const chapter = readFileSync('content/guidebook/review.mdx', 'utf8');
  const body = chapter.split(`<Checklist title="${title}">`)[1]!.split('</Checklist>')[0]!;
  return [...body.matchAll(/^- (.+)$/gmu)].map((match) => match[1]!.trim());
}

/** A cell of a blank form may be empty, or hold only 〇〇 blanks (and spaces between them). */
const isBlank = (text: string) => /^[〇\s　]*$/u.test(text);

describe('the blank forms hold labels and blanks only; the 記入例 alone holds filled-in values', () => {
  const { templates } = loadTemplates('content');

  test('every form of content/templates/ has its labels written out in this test', () => {
    expect(templates.map((template) => template.id).sort()).toEqual(Object.keys(blankLabels).sort());
  });

  for (const [id, labels] of Object.entries(blankLabels)) {
    test(`${id}: every blank cell is a label or empty, and no filled value of the 記入例 is in the blank form`, () => {
      const template = templates.find((candidate) => candidate.id === id)!;
      const tablesOf = (document: typeof template.blank) => document.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
      const blank = tablesOf(template.blank);
      const example = tablesOf(template.example);
      expect(blank.map((table) => table.caption), id).toEqual(example.map((table) => table.caption));
      expect(blank).toHaveLength(labels.length);
      blank.forEach((table, index) => {
        const wanted = labels[index]!;
        const rowLabels = Array.isArray(wanted) ? wanted : checklistItems(wanted.checklist);
        // The row headings are labels: the same in both versions, and exactly these.
        expect(table.rows.map((row) => row[0]), `${id}「${table.caption}」の行の見出し`).toEqual(rowLabels);
        expect(example[index]!.rows.map((row) => row[0]), `${id}「${table.caption}」の記入例の行の見出し`).toEqual(rowLabels);
        expect(table.header, `${id}「${table.caption}」の列の見出し`).toEqual(example[index]!.header);
        table.rows.forEach((row, rowIndex) => {
          row.slice(1).forEach((cell, column) => {
            const filled = example[index]!.rows[rowIndex]![column + 1]!;
            const where = `${id}「${table.caption}」${row[0]}・${table.header[column + 1]}`;
            expect(isBlank(cell), `${where}: 記入用の様式に「${cell}」`).toBe(true);
            if (cell.trim() !== '') expect(cell, `${where}: 記入例と同じ値`).not.toBe(filled);
          });
        });
      });
    });
  }
});

/** A date of the 記入例 (令和N年M月D日, or 令和N年M月末 for the month's last day) as a comparable number. */
function dateOf(text: string): number {
  const match = /令和(\d+)年(\d+)月(\d+日|末)/u.exec(text);
  if (!match) throw new Error(`日付がありません: ${text}`);
  const [year, month] = [Number(match[1]), Number(match[2])];
  const day = match[3] === '末' ? new Date(Date.UTC(2018 + year, month, 0)).getUTCDate() : Number.parseInt(match[3]!, 10);
  return Date.UTC(2018 + year, month - 1, day);
}

describe('the 協定書 記入例 reads as a plausible agreement', () => {
  const { templates } = loadTemplates('content');
  const agreement = templates.find((template) => template.id === 'agreement')!;
  const paragraphs = agreement.example.blocks.flatMap((block) => (block.kind === 'article' ? block.paragraphs : []));
  const paragraph = (start: string) => paragraphs.find((text) => text.startsWith(start))!;

  test('its dates come in order: signed, begins, the project ends, reviewed, the agreement ends', () => {
    const [begins, ends] = [...paragraph('第3条').matchAll(/令和\d+年\d+月(?:\d+日|末)/gu)].map((match) => dateOf(match[0]));
    const signed = dateOf(paragraphs.at(-1)!);
    const reviewedBy = dateOf(paragraph('3　区と団体は、本事業の終了後'));
    // The project's own period, from the 協働事業計画書 記入例 (令和9年6月から令和9年11月まで).
    const plan = templates.find((template) => template.id === 'project-plan')!;
    const period = plan.example.blocks.flatMap((block) => (block.kind === 'table' ? block.table.rows : [])).find((row) => row[0] === '事業の期間')![1]!;
    const [, fromYear, fromMonth, toYear, toMonth] = /令和(\d+)年(\d+)月から令和(\d+)年(\d+)月まで/u.exec(period)!.map(Number);
    const projectBegins = dateOf(`令和${fromYear}年${fromMonth}月1日`);
    const projectEnds = dateOf(`令和${toYear}年${toMonth}月末`);
    expect(signed).toBeLessThan(begins!);
    expect(begins).toBeLessThanOrEqual(projectBegins);
    expect(projectEnds).toBeLessThan(reviewedBy);
    // The review is done while the agreement that requires it is still in force.
    expect(reviewedBy).toBeLessThanOrEqual(ends!);
  });

  test('its articles read as sentences: no 「毎月ごとに」, no 「…の方法により返却又は廃棄」 around a filled-in method', () => {
    const text = paragraphs.join('');
    expect(text).not.toMatch(/毎月ごと/u);
    expect(text).not.toMatch(/廃棄の方法により/u);
    expect(paragraph('第6条')).toBe('第6条　区と団体は、本事業の実施に必要な情報を互いに提供し、1か月ごとに進捗状況を確認する打合せを行う。');
    expect(paragraphs).toContain('3　区と団体は、本事業が終了したときは、本事業で扱った個人情報を、速やかに裁断して廃棄する。');
  });

  test('the date order test fails on the example it was written for (a review due after the agreement ended)', () => {
    expect(dateOf('令和9年12月末')).toBeGreaterThan(dateOf('令和9年11月30日'));
    expect(dateOf('令和10年3月15日')).toBeLessThan(dateOf('令和10年3月31日'));
  });
});
