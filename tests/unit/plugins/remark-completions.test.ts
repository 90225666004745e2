import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import remarkCompletions from '../../../src/plugins/remark-completions.ts';
import remarkDirectiveGuard from '../../../src/plugins/remark-directive-guard.ts';
import { renderMarkdown } from '../../helpers/markdown.ts';

const fixtures = join(import.meta.dirname, 'fixtures/remark-completions');
const plugins = [remarkCompletions, [remarkDirectiveGuard, { known: ['completion'] }]] as const;

describe('remark-completions fixtures', () => {
  for (const name of readdirSync(fixtures)) {
    test(name, async () => {
      const input = readFileSync(join(fixtures, name, 'input.md'), 'utf8');
      const { html } = await renderMarkdown(input, [...plugins] as never);
      await expect(html).toMatchFileSnapshot(join(fixtures, name, 'output.html'));
    });
  }
});

test('records every completion in the page frontmatter with its context', async () => {
  const { data } = await renderMarkdown('本指針は等の:completion[考え方を示します。]\n\nその他の団:completion[体]\n', [...plugins] as never);
  const frontmatter = (data.astro as { frontmatter: { completions: unknown } }).frontmatter;
  expect(frontmatter.completions).toEqual([
    { id: 'completion-1', text: '考え方を示します。', before: '本指針は等の', line: 1, confirmed: false },
    { id: 'completion-2', text: '体', before: 'その他の団', line: 3, confirmed: false },
  ]);
});

test('{confirmed} marks a completion as checked against the ward’s original; nothing else may follow it', async () => {
  const { data, html } = await renderMarkdown('その他の団:completion[体]{confirmed}と情報公開:completion[の原則]\n', [...plugins] as never);
  const completions = (data.astro as { frontmatter: { completions: { text: string; confirmed: boolean }[] } }).frontmatter.completions;
  expect(completions.map(({ text, confirmed }) => [text, confirmed])).toEqual([
    ['体', true],
    ['の原則', false],
  ]);
  // Still marked as the editors' words on the page: confirmed is about the list, not the look.
  expect(html).toContain('<ins id="completion-1" class="completion" data-confirmed="">');
  expect(html).toContain('<ins id="completion-2" class="completion">');
  await expect(renderMarkdown('その他の団:completion[体]{checked}\n', [...plugins] as never)).rejects.toThrow(/付けられる \{ \} の属性は、区の原本で確かめた印の \{confirmed\} だけです/);
  await expect(renderMarkdown('その他の団:completion[体]{confirmed="yes"}\n', [...plugins] as never)).rejects.toThrow(/値は書きません/);
});

test('an empty completion fails with the line and what to write', async () => {
  await expect(renderMarkdown('一行目\n\n途中:completion[]\n', [...plugins] as never)).rejects.toMatchObject({
    file: 'fixture.md',
    line: 3,
    column: 3,
    reason: expect.stringContaining('補う語句を飾りのない文字で書いてください'),
  });
});

test('a completion holding a link fails instead of losing the link', async () => {
  await expect(renderMarkdown('途中:completion[[リンク](/a/)]\n', [...plugins] as never)).rejects.toThrow(/飾りのない文字/);
});
