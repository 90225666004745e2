import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { expect, test } from '@playwright/test';
import { allPagePaths, builtHtml } from '../helpers/site.ts';

/**
 * Words of the people who build the site, which mean nothing to a resident, a group or a print
 * shop's customer: commands and their options, file names, tools, and the print-production terms
 * a print shop deals in (the README and the build's messages explain those). Written out by hand;
 * each is precise enough not to catch ordinary words (「RGB」 only as a word, 「.ts」 only after a name).
 */
const developerWords: readonly [label: string, pattern: RegExp][] = [
  ['npm', /\bnpm\b/u],
  ['npx', /\bnpx\b/u],
  ['a command option (--press …)', /(^|\s)--[a-z][a-z-]+/u],
  ['TrimBox', /TrimBox/u],
  ['BleedBox', /BleedBox/u],
  ['MediaBox', /MediaBox/u],
  ['RGB', /\bRGB\b/u],
  ['CMYK', /\bCMYK\b/u],
  ['PDF/X', /PDF\/X/u],
  ['Type 3', /Type ?3\b/u],
  ['プリフライト', /プリフライト|preflight/iu],
  ['a source file (.yaml, .mdx, .ts)', /\S\.(ya?ml|mdx|tsx?|astro)\b/u],
  ['a project folder (content/, src/, scripts/)', /(^|[^\w/])(content|src|scripts|dist)\/\w/u],
  ['frontmatter', /frontmatter/iu],
  ['a build tool (Astro, Playwright, Chromium, Vivliostyle, textlint)', /\b(Astro|Playwright|Chromium|Vivliostyle|textlint)\b/u],
];

/** The text of a node, leaving out what is never shown or read out: scripts, styles and templates. */
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && ['script', 'style', 'template'].includes(node.tagName)) return '';
  // Block boundaries become spaces, so words of two cells never run together into a false match.
  return 'children' in node ? node.children.map((child) => textOf(child)).join(node.type === 'element' ? ' ' : '') : '';
}

/** The text a page shows and reads out: its body, without scripts, styles and templates. */
function visibleText(html: string): string {
  const body = select('body', fromHtml(html));
  return body ? textOf(body) : '';
}

test('no public page shows a developer word (commands, files, tools, TrimBox, RGB …)', () => {
  const paths = allPagePaths();
  expect(paths.length).toBeGreaterThan(100);
  const found = paths.flatMap((path) => {
    const text = visibleText(builtHtml(path));
    return developerWords.flatMap(([label, pattern]) => {
      const match = pattern.exec(text);
      return match ? [`${path}: ${label}（…${text.slice(Math.max(0, match.index - 20), match.index + match[0].length + 20).replace(/\s+/gu, ' ')}…）`] : [];
    });
  });
  expect(found).toEqual([]);
});

test('the word list catches what it is meant to catch, and not ordinary words', () => {
  const caught = (text: string) => developerWords.filter(([, pattern]) => pattern.test(text)).map(([label]) => label);
  expect(caught('職員が npm run pamphlet -- lecture-flyer --event イベント.yaml --press で作れます。')).toEqual(['npm', 'a command option (--press …)', 'a source file (.yaml, .mdx, .ts)']);
  expect(caught('仕上がり（TrimBox）と塗り足し（BleedBox）。色は RGB です。')).toEqual(['TrimBox', 'BleedBox', 'RGB']);
  expect(caught('content/site.yaml に書きます')).toEqual(['a source file (.yaml, .mdx, .ts)', 'a project folder (content/, src/, scripts/)']);
  expect(caught('印刷会社に渡すPDF（塗り足し・トンボ付き）。JavaScript を有効にしてください。https://example.jp/guideline/ 2026-12-06 ―― 令和9年')).toEqual([]);
});
