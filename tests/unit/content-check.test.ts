import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';

const fixtures = 'tests/fixtures/content-mistakes';
// Inside the project, so the reported paths read like an editor's: …/content/pages/x.mdx
const workspace = mkdtempSync(join('.build', 'content-check-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** Copies content/, puts one mistaken file in place, and runs `npm run check:content` on it. */
async function checkWith(fixture: string, destination: string) {
  const content = join(mkdtempSync(join(workspace, 'case-')), 'content');
  cpSync('content', content, { recursive: true });
  writeFileSync(join(content, destination), readFileSync(join(fixtures, fixture)));
  return promisify(execFile)('node', ['scripts/check-content.ts'], { env: { ...process.env, CONTENT_DIR: content } }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
}

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
  test(`${fixture}: reported at ${location}`, async () => {
    const { code, output } = await checkWith(fixture, destination);
    expect(code).toBe(1);
    const line = output.split('\n').find((candidate) => candidate.includes(`content/${location}`) && message.test(candidate));
    expect(line, output).toBeDefined();
    expect(output).toMatch(/content\/ に \d+ 件の問題があります/);
  }, 30_000);
}

test('the real content passes the check', async () => {
  const { code, output } = await promisify(execFile)('node', ['scripts/check-content.ts']).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );
  expect(output).toContain('問題はありません');
  expect(code).toBe(0);
}, 30_000);
