import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../scripts/lib/content-check/check-content-folder.ts';

const fixtures = 'tests/fixtures/content-mistakes';
// Inside the project, so the reported paths read like an editor's: …/content/pages/x.mdx
mkdirSync('.build', { recursive: true });
const workspace = mkdtempSync(join('.build', 'content-check-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** A copy of content/ in its own folder, with files changed or added: `{ 'pages/x.mdx': text }`. */
function contentWith(files: Record<string, string>): string {
  const root = join(mkdtempSync(join(workspace, 'case-')), 'content');
  cpSync('content', root, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  return root;
}

/** Runs the content check in this process on another content folder, as `npm run check:content` would with CONTENT_DIR. */
const checkAt = (root: string) => checkContent({ root, publicDir: resolve('public') }).map(String);

/** Each mistake an editor can make, where it is reported, and what the message must say. */
const mistakes: [fixture: string, destination: string, location: string, message: RegExp][] = [
  ['schema-misspelt-field.mdx', 'pages/misspelt.mdx', 'pages/misspelt.mdx:3:1', /使えない項目「descripton」があります。綴りを確かめてください/],
  ['schema-misspelt-field.mdx', 'pages/misspelt.mdx', 'pages/misspelt.mdx:2:1', /「description」がありません。文字列で書いてください/],
  ['schema-wrong-value.mdx', 'pamphlets/wrong-format.mdx', 'pamphlets/wrong-format.mdx:5:9', /「format」に使える値は「flyer」、「trifold」、「sheet」、「poster」のどれかです/],
  ['mdx-unclosed-tag.mdx', 'pages/unclosed.mdx', 'pages/unclosed.mdx:9:1', /MDXとして読めません: .*<CaseStory>.*部品のタグ <名前> と <\/名前> の組み合わせを確かめてください/],
  ['mdx-stray-brace.mdx', 'pages/brace.mdx', 'pages/brace.mdx:7:5', /本文に「\{ \} の式」は書けません。文字として書くときは \\\{ \\\} と書いてください/],
  ['unknown-component.mdx', 'pages/unknown.mdx', 'pages/unknown.mdx:9:1', /部品「<Chekclist>」はありません。使える部品は .*<Checklist>/],
  ['broken-link.mdx', 'pages/broken-link.mdx', 'pages/broken-link.mdx:7:5', /リンク先のページ「\/guideline\/no-such-chapter\/」はありません/],
  ['broken-fragment.mdx', 'pages/broken-fragment.mdx', 'pages/broken-fragment.mdx:7:4', /「\/guideline\/basics\/」に「#5-協働の未来」という見出しや場所はありません/],
  ['unknown-glossary-term.mdx', 'pages/glossary-link.mdx', 'pages/glossary-link.mdx:7:1', /用語集に「kyodo-no-mirai」という用語はありません/],
  ['image-without-alt.mdx', 'pages/image.mdx', 'pages/image.mdx:9:1', /画像「\/og-image.png」に代わりの文章がありません/],
  ['empty-completion.mdx', 'pages/empty-completion.mdx', 'pages/empty-completion.mdx:7:', /補う語句を飾りのない文字で書いてください/],
  ['misspelt-completion.mdx', 'pages/misspelt-completion.mdx', 'pages/misspelt-completion.mdx:7:6', /「:completoin」は使えない指示です。使えるのは「:completion」「:quote」です/],
  ['duplicate-slug.mdx', 'pages/About.mdx', 'pages/about.mdx:1:1', /ページのアドレス（about）が .*content\/pages\/About\.mdx と同じになります/],
  ['checklist-with-link.mdx', 'pages/checklist-link.mdx', 'pages/checklist-link.mdx:9:1', /チェックリストの項目は、リンクや入れ子の箇条書きを使わず、一行の文で書いてください/],
  ['raw-html-script.mdx', 'pages/script.mdx', 'pages/script.mdx:9:1', /本文に <script> は書けません/],
  ['raw-html-handler.mdx', 'pages/handler.mdx', 'pages/handler.mdx:7:6', /<span> に「onclick」（イベントで動くスクリプト）は書けません/],
  ['wrong-quotation.mdx', 'pages/wrong-quotation.mdx', 'pages/wrong-quotation.mdx:7:5', /引用「協働の効果をさらに高め、相乗効果を発揮していく」は、指針の概要版の文言と一致しません。いちばん近い文言: 「協働の効果をより高め、相乗効果を発揮していくためには、各活動主体と区が協働の原則を理解し、遵守していくことが必要です。」/],
  ['glossary-duplicate-spelling.yaml', 'glossary.yaml', 'glossary.yaml:11:16', /「協働」は用語「kyodo」でも使われています/],
];

for (const [fixture, destination, location, message] of mistakes) {
  test(`${fixture}: reported at ${location}`, () => {
    const problems = checkAt(contentWith({ [destination]: readFileSync(join(fixtures, fixture), 'utf8') }));
    expect(problems.find((line) => line.includes(`content/${location}`) && message.test(line)), problems.join('\n')).toBeDefined();
  });
}

test('script addresses and embedded documents are each reported at their line', () => {
  // The check stops a file at its first mistake, so each is tried in a file of its own.
  const cases: [body: string, message: RegExp][] = [
    ['<a href="javascript:alert(1)">こちら</a>', /<a href="…"> に「javascript:」などのスクリプトのアドレスは書けません/],
    ['[こちら](javascript:alert(1))', /リンクや画像に「javascript:」などのスクリプトのアドレスは書けません/],
    ['<iframe src="/guideline/"></iframe>', /本文に <iframe> は書けません/],
    ['<object data="/x.swf"></object>', /本文に <object> は書けません/],
  ];
  const frontmatter = '---\ntitle: 試験\ndescription: 危ない HTML を書いた例です。\nupdated: 2026-11-30\n---\n\n';
  for (const [body, message] of cases) {
    const problems = checkAt(contentWith({ 'pages/unsafe.mdx': `${frontmatter}${body}\n` }));
    expect(problems.find((line) => line.includes('content/pages/unsafe.mdx:7:') && message.test(line)), `${body}\n${problems.join('\n')}`).toBeDefined();
  }
});

test('a quotation of the guideline’s own words passes, and shows as a quotation', () => {
  const page = '---\ntitle: 試験\ndescription: 指針の文言をそのまま引用した例です。\nupdated: 2026-11-30\n---\n\n指針は、:quote[協働の効果をより高め、相乗効果を発揮していく]ために原則が必要だとしています。\n';
  expect(checkAt(contentWith({ 'pages/right-quotation.mdx': page }))).toEqual([]);
});

test('the real content passes the check', () => {
  expect(checkAt(resolve('content'))).toEqual([]);
});

test('a check of another content folder reads that folder’s pamphlets and glossary, not content/', () => {
  // A pamphlet that lacks a panel, and a page linking to a term only this folder's glossary has.
  const glossary = readFileSync('content/glossary.yaml', 'utf8').replace(/^terms:\n/m, 'terms:\n  - id: test-only-term\n    term: 試験用語\n    reading: しけんようご\n    definition: この試験のためだけの用語です。\n');
  const root = contentWith({
    'glossary.yaml': glossary,
    'pamphlets/half.mdx': '---\ntitle: 試験\ndescription: 面が一つ足りないパンフレットです。\nupdated: 2026-11-30\nformat: flyer\n---\n\n<Panel name="front">\n\n表です。\n\n</Panel>\n',
    'pages/term-link.mdx': '---\ntitle: 試験\ndescription: 用語集へのリンクを試すページです。\nupdated: 2026-11-30\n---\n\n[試験用語](/glossary/#test-only-term)を説明します。\n',
  });
  const problems = checkAt(root);
  expect(problems).toEqual([expect.stringMatching(/pamphlets\/half\.mdx:\d+:\d+ 面 「back」 がありません/)]);
  // The same page checked against content/'s glossary fails: the check really used the other folder.
  const elsewhere = contentWith({ 'pages/term-link.mdx': readFileSync(join(root, 'pages/term-link.mdx'), 'utf8') });
  expect(checkAt(elsewhere)).toEqual([expect.stringMatching(/pages\/term-link\.mdx:7:1 用語集に「test-only-term」という用語はありません/)]);
});

describe('the official text is guarded where editors work', () => {
  const necessity = readFileSync('content/guideline/necessity.mdx', 'utf8');
  const changedSentence = '行政を取り巻く環境が厳しさを増す中で、地域課題は多様化・複雑化が進んでおり、行政が公共サービスのすべてを受け持つことは困難になっています。';

  test('one word changed in a guideline page is reported at its line, with the official and the page’s words', () => {
    const problems = checkAt(contentWith({ 'guideline/necessity.mdx': readFileSync('tests/fixtures/official-text/necessity-one-word-changed.mdx', 'utf8') }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/content\/guideline\/necessity\.mdx:14:1 指針の本文が概要版と違います/);
    expect(problems[0]).toContain(`概要版: 「${changedSentence}」`);
    expect(problems[0]).toMatch(/概要版「…[^」]*困難に[^」]*…」、このページ「…[^」]*難しく[^」]*…」/);
  });

  test('a sentence left out is reported', () => {
    const problems = checkAt(contentWith({ 'guideline/necessity.mdx': necessity.replace(changedSentence, '') }));
    expect(problems).toEqual([expect.stringMatching(/guideline\/necessity\.mdx:\d+:1 指針の本文が概要版と違います.*行政が公共サービスのすべてを受け持つことは困難になっています/)]);
  });

  test('two sentences swapped are reported as out of order', () => {
    const first = '町会・自治会やNPO・ボランティア団体等の活動を通じた、多様な人材の豊富な経験・ノウハウの蓄積が地域にはあります。';
    const swapped = necessity.replace(first, '§').replace(changedSentence, first).replace('§', changedSentence);
    expect(swapped).not.toBe(necessity);
    expect(checkAt(contentWith({ 'guideline/necessity.mdx': swapped })).some((problem) => problem.includes('guideline/necessity.mdx') && problem.includes('指針の本文が概要版と違います'))).toBe(true);
  });

  test('our own words inside the overview’s <Editorial> section are not held to the official wording', () => {
    const overview = readFileSync('content/guideline/index.mdx', 'utf8').replace('このページから', 'このページでは');
    expect(checkAt(contentWith({ 'guideline/index.mdx': overview }))).toEqual([]);
  });
});

describe('a guideline page holds only the summary’s words and marked completions', () => {
  const basics = readFileSync('content/guideline/basics.mdx', 'utf8');
  const overview = readFileSync('content/guideline/index.mdx', 'utf8');

  test('an editorial paragraph on an official page is reported at its line, with what to do', () => {
    const problems = checkAt(contentWith({ 'guideline/basics.mdx': readFileSync('tests/fixtures/official-text/basics-with-editorial-paragraph.mdx', 'utf8') }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/content\/guideline\/basics\.mdx:38:1 「協働の形態は、このサイトでは8つに分けて説明しています。」は、概要版の文言ではありません。/);
    expect(problems[0]).toContain('解説は、解説のページ（/forms/ や /guidebook/ など）に移してください。');
  });

  test('words added to an official list item, heading or table cell are reported', () => {
    const cases: [changed: string, line: number, words: string][] = [
      [basics.replace('- [委託](/forms/commissioning/)', '- [委託](/forms/commissioning/)（契約で任せる形態）'), 35, '委託（契約で任せる形態）'],
      [basics.replace('## 4 協働の原則', '## 4 協働の原則（4つ）'), 38, '4協働の原則（4つ）'],
      [`${basics}\n| 形態 | 説明 |\n|---|---|\n| 共催 | 一緒に主催する |\n`, 49, '一緒に主催する'],
    ];
    for (const [changed, line, words] of cases) {
      const problems = checkAt(contentWith({ 'guideline/basics.mdx': changed }));
      expect(problems.find((problem) => problem.includes(`content/guideline/basics.mdx:${line}:`) && problem.includes(`「${words}」は、概要版の文言ではありません`)), problems.join('\n')).toBeDefined();
    }
  });

  test('part of an official sentence standing alone is not the summary’s text either', () => {
    // Every word is the summary's, but the block is a fragment of a sentence, not a whole unit.
    const problems = checkAt(contentWith({ 'guideline/basics.mdx': basics.replace('## 2 協働の主体', '互いの特性を理解・尊重\n\n## 2 協働の主体') }));
    expect(problems).toEqual([expect.stringMatching(/basics\.mdx:14:1 「互いの特性を理解・尊重」は、概要版の文言ではありません/)]);
  });

  test('a component on an official page, and an <Editorial> section there, are refused', () => {
    const withComponent = checkAt(contentWith({ 'guideline/basics.mdx': basics.replace('## 4 協働の原則', '<ProcessFlow />\n\n## 4 協働の原則') }));
    expect(withComponent).toEqual([expect.stringMatching(/basics\.mdx:38:1 部品 <ProcessFlow> は、指針のページには置けません/)]);
    const withEditorial = checkAt(contentWith({ 'guideline/basics.mdx': basics.replace('## 4 協働の原則', '<Editorial>\n\n形態の説明は別のページにあります。\n\n</Editorial>\n\n## 4 協働の原則') }));
    expect(withEditorial).toEqual([expect.stringMatching(/basics\.mdx:38:1 <Editorial> は、本文と解説のページ（先頭の項目に provenance: mixed）にだけ置けます/)]);
  });

  test('on the mixed overview, our words outside <Editorial> are reported, and the summary’s heading must be its title', () => {
    const unmarked = overview.replace('<Editorial>\n', '').replace('</Editorial>\n', '');
    const problems = checkAt(contentWith({ 'guideline/index.mdx': unmarked }));
    expect(problems.length).toBeGreaterThanOrEqual(2);
    for (const problem of problems) expect(problem).toMatch(/content\/guideline\/index\.mdx:\d+:1 「.*」は、概要版の文言ではありません。.*解説は <Editorial>…<\/Editorial> で囲んでください。/);
    const retitled = checkAt(contentWith({ 'guideline/index.mdx': overview.replace('title: 練馬区区民との協働指針【概要版】', 'title: 練馬区区民との協働指針【概要版】のあらまし') }));
    expect(retitled.some((problem) => /index\.mdx:2:1 題名「練馬区区民との協働指針【概要版】のあらまし」が概要版の見出しと違います/.test(problem)), retitled.join('\n')).toBe(true);
  });

  test('a completion is the editors’ own: a block that is official words plus a completion passes', () => {
    const completed = basics.replace('- 公益法人・公益団体\n', '- 公益法人・公益団体:completion[等]\n');
    expect(checkAt(contentWith({ 'guideline/basics.mdx': completed }))).toEqual([]);
  });
});

describe('the forms are counted and defined once, from content/forms/', () => {
  const frontmatter = '---\ntitle: 試験\ndescription: 形態の数を書いた例です。\nupdated: 2026-12-06\n---\n\n';

  test('a count of the forms said to be the guideline’s is reported, with what to write', () => {
    const problems = checkAt(contentWith({ 'pages/count.mdx': `${frontmatter}指針は、協働の形態を8つ挙げています。\n` }));
    expect(problems).toEqual([expect.stringMatching(/pages\/count\.mdx:7:8 「形態を8つ」: 形態の数はこのサイトの数え方です.*「このサイトでは8つに分けて説明します」のように/)]);
  });

  test('a count that is not the number of form pages is reported, even when said to be the site’s', () => {
    const problems = checkAt(contentWith({ 'pages/count.mdx': `${frontmatter}このサイトでは、協働の形態を9つに分けて説明します。\n\nThis site explains seven forms of collaboration.\n` }));
    expect(problems).toEqual([
      expect.stringMatching(/pages\/count\.mdx:7:\d+ 「.*9つ.*」: このサイトが説明する協働の形態は、content\/forms\/ のページの数の 8 つです/),
      expect.stringMatching(/pages\/count\.mdx:9:\d+ 「seven forms of collaboration」: このサイトが説明する協働の形態は/),
    ]);
  });

  test('the site’s own count, said to be the site’s, passes; other counts (8つの段階) are not forms', () => {
    const page = `${frontmatter}このサイトでは、協働の形態を8つに分けて説明します。\n\n協働事業は、8つの段階で進めます。\n`;
    expect(checkAt(contentWith({ 'pages/count.mdx': page }))).toEqual([]);
  });

  test('a glossary term that takes its definition from a form page that does not exist is reported at its line', () => {
    const glossary = readFileSync('content/glossary.yaml', 'utf8').replace('form: cooperation', 'form: cooperaton');
    const problems = checkAt(contentWith({ 'glossary.yaml': glossary }));
    expect(problems).toEqual([expect.stringMatching(/glossary\.yaml:\d+:11 協働の形態のページ「cooperaton」がありません/)]);
  });

  test('a glossary term with both its own definition and a form, or neither, is reported', () => {
    const both = readFileSync('content/glossary.yaml', 'utf8').replace('    form: cooperation\n', '    form: cooperation\n    definition: >-\n      二つ目の説明を書いた例です。\n');
    // The glossary is then unreadable, so term links elsewhere are reported too: the first problem is the glossary's own.
    const problems = checkAt(contentWith({ 'glossary.yaml': both }));
    expect(problems.filter((problem) => problem.includes('content/glossary.yaml:'))).toEqual([expect.stringMatching(/glossary\.yaml:\d+:\d+ .*definition（用語の説明）か form（協働の形態のページ。説明はそのページの summary を使います）の、どちらか一方を書いてください/)]);
  });
});
