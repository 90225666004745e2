import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check-content.ts';

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
  ['schema-wrong-value.mdx', 'pamphlets/wrong-format.mdx', 'pamphlets/wrong-format.mdx:5:9', /「format」に使える値は「flyer」、「trifold」のどれかです/],
  ['mdx-unclosed-tag.mdx', 'pages/unclosed.mdx', 'pages/unclosed.mdx:9:1', /MDXとして読めません: .*<CaseStory>.*部品のタグ <名前> と <\/名前> の組み合わせを確かめてください/],
  ['mdx-stray-brace.mdx', 'pages/brace.mdx', 'pages/brace.mdx:7:5', /本文に「\{ \} の式」は書けません。文字として書くときは \\\{ \\\} と書いてください/],
  ['unknown-component.mdx', 'pages/unknown.mdx', 'pages/unknown.mdx:9:1', /部品「<Chekclist>」はありません。使える部品は .*<Checklist>/],
  ['broken-link.mdx', 'pages/broken-link.mdx', 'pages/broken-link.mdx:7:5', /リンク先のページ「\/guideline\/no-such-chapter\/」はありません/],
  ['broken-fragment.mdx', 'pages/broken-fragment.mdx', 'pages/broken-fragment.mdx:7:4', /「\/guideline\/basics\/」に「#5-協働の未来」という見出しや場所はありません/],
  ['unknown-glossary-term.mdx', 'pages/glossary-link.mdx', 'pages/glossary-link.mdx:7:1', /用語集に「kyodo-no-mirai」という用語はありません/],
  ['image-without-alt.mdx', 'pages/image.mdx', 'pages/image.mdx:9:1', /画像「\/og-image.png」に代わりの文章がありません/],
  ['empty-completion.mdx', 'pages/empty-completion.mdx', 'pages/empty-completion.mdx:7:', /補う語句を飾りのない文字で書いてください/],
  ['misspelt-completion.mdx', 'pages/misspelt-completion.mdx', 'pages/misspelt-completion.mdx:7:6', /「:completoin」は使えない指示です。使えるのは「:completion」です/],
  ['duplicate-slug.mdx', 'pages/About.mdx', 'pages/about.mdx:1:1', /ページのアドレス（about）が .*content\/pages\/About\.mdx と同じになります/],
  ['checklist-with-link.mdx', 'pages/checklist-link.mdx', 'pages/checklist-link.mdx:9:1', /チェックリストの項目は、リンクや入れ子の箇条書きを使わず、一行の文で書いてください/],
  ['glossary-duplicate-spelling.yaml', 'glossary.yaml', 'glossary.yaml:11:16', /「協働」は用語「kyodo」でも使われています/],
];

for (const [fixture, destination, location, message] of mistakes) {
  test(`${fixture}: reported at ${location}`, () => {
    const problems = checkAt(contentWith({ [destination]: readFileSync(join(fixtures, fixture), 'utf8') }));
    expect(problems.find((line) => line.includes(`content/${location}`) && message.test(line)), problems.join('\n')).toBeDefined();
  });
}

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
