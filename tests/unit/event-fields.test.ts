import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { characterCount, charactersOver } from '../../src/lib/print/event-fields.ts';
import { validateYamlData } from '../../src/lib/content/yaml.ts';
import { pamphletSchema } from '../../src/lib/schemas/pamphlet.ts';
import { readEventFile } from '../../scripts/lib/pdf/event-file.ts';

test('characters are counted as a reader counts them: spaces at the ends do not print, a rare kanji is one', () => {
  expect(characterCount('協働フォーラム2027')).toBe(11);
  expect(characterCount('  区民会館 ')).toBe(4);
  // 𠮷 lies outside the Basic Multilingual Plane: two UTF-16 units, one character.
  expect(characterCount('𠮷野')).toBe(2);
  expect(charactersOver('協'.repeat(55), 36)).toBe(19);
  expect(charactersOver('協'.repeat(10), 36)).toBe(0);
});

/** An event file in a fresh folder, read for a pamphlet of `format`; the error's text, or 'ok'. */
function readAs(yaml: string, format: 'flyer' | 'trifold' | 'poster'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'event-file-')), 'event.yaml');
  writeFileSync(file, yaml);
  try {
    readEventFile(file, 'event.yaml', format);
    return 'ok';
  } catch (error) {
    return (error as Error).message;
  }
}

test('an event file with a value too long for its pamphlet names the file, line and field, and how much is over', () => {
  const yaml = `date: 2027年2月14日（日）\nname: ${'協'.repeat(20)}\n`;
  // 20 characters: the flyer's name holds 36, the tri-fold's 18 (2 over), the poster's 20.
  expect(readAs(yaml, 'flyer')).toBe('ok');
  expect(readAs(yaml, 'trifold')).toBe('event.yaml:2:7 「name」は18文字までです（いまは20文字で、2文字多すぎます）。');
  expect(readAs(yaml, 'poster')).toBe('ok');
  // Every field over is named, each on its line.
  expect(readAs(`name: ${'協'.repeat(19)}\ncontact: ${'協'.repeat(17)}\n`, 'trifold').split('\n')).toEqual([
    'event.yaml:1:7 「name」は18文字までです（いまは19文字で、1文字多すぎます）。',
    'event.yaml:2:10 「contact」は16文字までです（いまは17文字で、1文字多すぎます）。',
  ]);
});

test("a pamphlet's own event details are held to its format's limits, at their line", () => {
  const frontmatter = (format: string) => `title: 題\ndescription: 説明\nupdated: 2026-12-01\nformat: ${format}\nevent:\n  name: ${'協'.repeat(30)}\n`;
  const problems = (format: string) => validateYamlData(frontmatter(format), 'content/pamphlets/x.mdx', pamphletSchema, 2).problems.map(String);
  // 30 characters fit the flyer's name (36), not the poster's (20).
  expect(problems('flyer').filter((problem) => problem.includes('event'))).toEqual([]);
  expect(problems('poster')).toContain('content/pamphlets/x.mdx:7:9 「event.name」は20文字までです（いまは30文字で、10文字多すぎます）。');
});

test("an event file's kind is one of the list, and a kind not on it names the file, line, field and every allowed word", () => {
  // The allowed words, written here by hand: what the headline may call an event.
  const allowed = ['講演会', 'フォーラム', 'シンポジウム', '説明会', '研修会', 'ワークショップ', '交流会'];
  expect(readAs('kind: フォーラム\nname: 協働を考える\n', 'flyer')).toBe('ok');
  expect(readAs('name: 協働を考える\nkind: セミナー\n', 'flyer')).toBe(`event.yaml:2:7 「kind」に使える値は${allowed.map((word) => `「${word}」`).join('、')}のどれかです。`);
});

test('an event file may give a phone number and an email address for 問い合わせ, each held to its limit', () => {
  expect(readAs('contact: 練馬区 地域振興課\nphone: 03-3993-1111\nemail: kyodo@example.jp\n', 'trifold')).toBe('ok');
  // The tri-fold holds 16 characters of a phone number: 17 is one over.
  expect(readAs(`phone: 03-${'1'.repeat(14)}\n`, 'trifold')).toBe('event.yaml:1:8 「phone」は16文字までです（いまは17文字で、1文字多すぎます）。');
});

test("a pamphlet's subtitle may name the event's kind only where it has an event box, and with no other slot", () => {
  const frontmatter = (subtitle: string, event: boolean) => `title: 題\ndescription: 協働講演会の案内チラシです。\nupdated: 2026-12-01\nformat: flyer\nsubtitle: ${subtitle}\n${event ? 'event: {}\n' : ''}`;
  const problems = (subtitle: string, event: boolean) => validateYamlData(frontmatter(subtitle, event), 'content/pamphlets/x.mdx', pamphletSchema, 2).problems.map(String);
  expect(problems('協働{kind}のご案内', true)).toEqual([]);
  expect(problems('協働{kind}のご案内', false).join()).toMatch(/^content\/pamphlets\/x\.mdx:6:\d+ .*\{kind\}/);
  expect(problems('協働{kinds}のご案内', true).join()).toMatch(/^content\/pamphlets\/x\.mdx:6:\d+ .*\{kind\}/);
});
