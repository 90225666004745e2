/**
 * The success criteria of JIS X 8341-3:2016 at levels A and AA (the same 38 as WCAG 2.0: 25 A,
 * 13 AA), written out by hand from the standard, with what this site makes of each: whether it
 * applies here, which of the test run's tools have rules for it, and whether a person must look.
 * The report page (/accessibility/report/), content/accessibility-checks.yaml's schema and the
 * release build's warning all read this list; nothing derives it.
 */

/** The level of a success criterion. */
export type CriterionLevel = 'A' | 'AA';

/**
 * A tool of the test run: axe-core and IBM Equal Access (tests/site/page-audit.spec.ts, WCAG A
 * and AA rules) and the Nu Html Checker (tests/site/html-validity.spec.ts).
 */
export type AuditTool = 'axe' | 'ibm' | 'nu';

/** The test run's tools, in the order the report lists them. */
export const auditTools: readonly AuditTool[] = ['axe', 'ibm', 'nu'];

/** One success criterion and how this site is judged against it. */
export interface Criterion {
  /** Its number in JIS X 8341-3:2016 (and WCAG 2.0): `1.1.1`. */
  number: string;
  /** Its name as JIS X 8341-3:2016 writes it. */
  name: string;
  level: CriterionLevel;
  /** Why it does not apply to this site; absent when it applies. */
  notApplicable?: string;
  /**
   * The tools with rules for it. A rule finds failures; passing it does not prove the criterion
   * met, which is why most criteria also need a person.
   */
  tools: readonly AuditTool[];
  /** Whether a person must check it (content/accessibility-checks.yaml); false only where the tools' rules decide it whole. */
  person: boolean;
}

/** All 38 success criteria of levels A and AA, in the standard's order. */
export const criteria: readonly Criterion[] = [
  { number: '1.1.1', name: '非テキストコンテンツ', level: 'A', tools: ['axe', 'ibm'], person: true },
  { number: '1.2.1', name: '音声だけ及び映像だけ（収録済み）', level: 'A', notApplicable: '音声や映像のコンテンツがありません。', tools: ['ibm'], person: true },
  { number: '1.2.2', name: 'キャプション（収録済み）', level: 'A', notApplicable: '音声や映像のコンテンツがありません。', tools: ['axe', 'ibm'], person: true },
  { number: '1.2.3', name: '音声解説又はメディアに対する代替コンテンツ（収録済み）', level: 'A', notApplicable: '音声や映像のコンテンツがありません。', tools: ['ibm'], person: true },
  { number: '1.2.4', name: 'キャプション（ライブ）', level: 'AA', notApplicable: 'ライブの音声や映像がありません。', tools: ['ibm'], person: true },
  { number: '1.2.5', name: '音声解説（収録済み）', level: 'AA', notApplicable: '音声や映像のコンテンツがありません。', tools: ['ibm'], person: true },
  { number: '1.3.1', name: '情報及び関係性', level: 'A', tools: ['axe', 'ibm'], person: true },
  { number: '1.3.2', name: '意味のある順序', level: 'A', tools: ['ibm'], person: true },
  { number: '1.3.3', name: '感覚的な特徴', level: 'A', tools: ['ibm'], person: true },
  { number: '1.4.1', name: '色の使用', level: 'A', tools: ['axe', 'ibm'], person: true },
  { number: '1.4.2', name: '音声の制御', level: 'A', notApplicable: '自動で再生される音声がありません。', tools: ['axe', 'ibm'], person: true },
  { number: '1.4.3', name: 'コントラスト（最低限レベル）', level: 'AA', tools: ['axe', 'ibm'], person: true },
  { number: '1.4.4', name: 'テキストのサイズ変更', level: 'AA', tools: ['axe', 'ibm'], person: true },
  { number: '1.4.5', name: '文字画像', level: 'AA', tools: [], person: true },
  { number: '2.1.1', name: 'キーボード', level: 'A', tools: ['axe', 'ibm'], person: true },
  { number: '2.1.2', name: 'キーボードトラップなし', level: 'A', tools: ['ibm'], person: true },
  { number: '2.2.1', name: 'タイミング調整可能', level: 'A', notApplicable: '制限時間のある操作がありません。', tools: ['axe', 'ibm'], person: true },
  { number: '2.2.2', name: '一時停止，停止及び非表示', level: 'A', notApplicable: '動く内容、点滅する内容、自動で更新される内容がありません。', tools: ['axe', 'ibm'], person: true },
  { number: '2.3.1', name: '3回のせん（閃）光，又はしきい（閾）値以下', level: 'A', notApplicable: '光る・点滅する内容がありません。', tools: [], person: true },
  { number: '2.4.1', name: 'ブロックスキップ', level: 'A', tools: ['axe', 'ibm'], person: true },
  { number: '2.4.2', name: 'ページタイトル', level: 'A', tools: ['axe', 'ibm'], person: true },
  { number: '2.4.3', name: 'フォーカス順序', level: 'A', tools: ['ibm'], person: true },
  { number: '2.4.4', name: 'リンクの目的（コンテキスト内）', level: 'A', tools: ['axe', 'ibm'], person: true },
  { number: '2.4.5', name: '複数の手段', level: 'AA', tools: [], person: true },
  { number: '2.4.6', name: '見出し及びラベル', level: 'AA', tools: ['ibm'], person: true },
  { number: '2.4.7', name: 'フォーカスの可視化', level: 'AA', tools: ['ibm'], person: true },
  // Both engines check that each page names a valid language, and the page audit that it is Japanese (English on /en/).
  { number: '3.1.1', name: 'ページの言語', level: 'A', tools: ['axe', 'ibm'], person: false },
  { number: '3.1.2', name: '一部分の言語', level: 'AA', tools: ['axe', 'ibm'], person: true },
  { number: '3.2.1', name: 'フォーカス時', level: 'A', tools: ['ibm'], person: true },
  { number: '3.2.2', name: '入力時', level: 'A', tools: ['ibm'], person: true },
  { number: '3.2.3', name: '一貫したナビゲーション', level: 'AA', tools: [], person: true },
  { number: '3.2.4', name: '一貫した識別性', level: 'AA', tools: [], person: true },
  { number: '3.3.1', name: 'エラーの特定', level: 'A', tools: ['ibm'], person: true },
  { number: '3.3.2', name: 'ラベル又は説明', level: 'A', tools: ['axe', 'ibm'], person: true },
  { number: '3.3.3', name: 'エラー修正の提案', level: 'AA', tools: [], person: true },
  {
    number: '3.3.4',
    name: 'エラー回避（法的，金融及びデータ）',
    level: 'AA',
    notApplicable: '契約や支払い、データの送信・変更・削除を行う操作がありません（パンフレットを作るページの入力は、その場の印刷にだけ使います）。',
    tools: [],
    person: true,
  },
  // Parsing is markup validity: the Nu Html Checker reads every built page.
  { number: '4.1.1', name: '構文解析', level: 'A', tools: ['nu'], person: false },
  { number: '4.1.2', name: '名前（name），役割（role）及び値（value）', level: 'A', tools: ['axe', 'ibm'], person: true },
];

/** Whether a criterion applies to this site. */
export const applies = (criterion: Criterion) => criterion.notApplicable === undefined;

/** The criteria content/accessibility-checks.yaml must record a person's check for: those that apply and need one. */
export const personCheckedCriteria = () => criteria.filter((criterion) => applies(criterion) && criterion.person);

/** A criterion by its number. */
export const criterionByNumber = (number: string) => criteria.find((criterion) => criterion.number === number);
