import { expect, test } from 'vitest';
import { z } from 'zod';
import { parseYamlData, validateYamlData } from '../../src/lib/content/yaml.ts';
import { siteSettingsSchema } from '../../src/lib/schemas/site-settings.ts';

const schema = z.object({ title: z.string(), contact: z.object({ phone: z.string().nullable() }).strict() }).strict();

test('valid YAML comes back as data', () => {
  expect(parseYamlData('title: 題\ncontact:\n  phone: null\n', 'x.yaml', schema)).toEqual({ title: '題', contact: { phone: null } });
});

test('each schema mistake names its line and field, in Japanese', () => {
  const { problems } = validateYamlData('title: 題\ncontact:\n  phone: 123\n  fax: 1\n', 'content/site.yaml', schema);
  expect(problems.map(String)).toEqual([
    'content/site.yaml:3:10 「contact.phone」は文字列で書いてください（いまは数値です）。',
    'content/site.yaml:4:3 「contact」の中に使えない項目「fax」があります。綴りを確かめてください。',
  ]);
});

test('a missing field points at its parent and says what to write', () => {
  const { problems } = validateYamlData('contact:\n  phone: null\n', 'a.yaml', schema);
  expect(problems.map(String)).toEqual(['a.yaml:1:1 「title」がありません。文字列で書いてください。']);
});

test('YAML syntax errors name the line', () => {
  const { problems } = validateYamlData('title: 題\ncontact: [\n', 'a.yaml', schema);
  expect(String(problems[0])).toMatch(/^a\.yaml:\d+:\d+ YAMLの書き方に誤りがあります/);
});

test('frontmatter lines are counted from where the YAML starts in its file', () => {
  const { problems } = validateYamlData('title: 1\n', 'page.mdx', schema, 2);
  expect(problems[0]!.line).toBe(2);
});

test('the site settings reject a public URL without a trailing slash', () => {
  const yaml = 'siteName: a\npublicUrl: https://example.jp/x\npublisher: b\npublisherUrl: https://example.jp/\neditor: null\ncontact: { department: null, phone: null, fax: null, email: null, address: null, hours: null }\nguideline: { adopted: null }\nstatus: { proposalSystem: null, evaluation: null, coordinator: null }\nguidebookEdition: 初版\n';
  const { problems } = validateYamlData(yaml, 'content/site.yaml', siteSettingsSchema);
  expect(problems.map(String)).toEqual([expect.stringMatching(/^content\/site\.yaml:2:12 「publicUrl」の形式が正しくありません/)]);
});
