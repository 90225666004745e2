import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visit, SKIP } from 'unist-util-visit';
import { ContentError } from '../../../src/lib/content/content-error.ts';
import { splitOfficialText, type OfficialSection } from '../../../src/lib/content/official-sections.ts';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Provenance } from '../../../src/lib/schemas/fields.ts';
import { checkOfficialBlocks, editorialComponent } from './official-blocks.ts';

/** A guideline page as the check needs it: its file, the heading of the official text it starts at, its title, its kind of text and its parsed body. */
export interface OfficialPage {
  file: string;
  officialHeading: string;
  title: string;
  provenance: Provenance;
  tree: Root;
}

/** The page's text in reading order, without white space and editorial completions, and where each character stands in the file. */
function pageText(page: OfficialPage): { text: string; lineAt: (index: number) => number } {
  let text = '';
  const lines: number[] = [];
  const add = (value: string, line: number) => {
    for (const char of value) {
      if (/\s/u.test(char)) continue;
      text += char;
      lines.push(line);
    }
  };
  // The title is the page's <h1>; the frontmatter starts on line 1.
  add(page.title, 1);
  let lastLine = 1;
  visit(page.tree, (node) => {
    if (node.type === 'textDirective' && (node as TextDirective).name === 'completion') return SKIP;
    // A marked editorial section is the editors' words: it cannot stand in for the summary's.
    if (node.type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElement).name === editorialComponent) return SKIP;
    if (node.position) lastLine = node.position.start.line;
    if (node.type === 'text') {
      const value = (node as { value: string }).value;
      // Text our plugins made (glossary links) has no place of its own: it stands where its neighbours do.
      // A text node may span lines: count line breaks as the characters go by.
      let line = node.position?.start.line ?? lastLine;
      for (const piece of value.split('\n')) {
        add(piece, line);
        line++;
      }
    }
    return undefined;
  });
  return { text, lineAt: (index) => lines[Math.min(index, lines.length - 1)] ?? 1 };
}

/** What differs between the official unit and the page's text where it should stand: the words around the first difference. */
function difference(unit: string, found: string): { official: string; page: string } {
  let start = 0;
  while (start < unit.length && unit[start] === found[start]) start++;
  const from = Math.max(0, start - 4);
  return { official: unit.slice(from, start + 12), page: found.slice(from, start + 12) };
}

/**
 * Checks that each guideline page reproduces its share of the official summary word for word
 * and in order (white space aside; editorial completions and <Editorial> sections are the
 * editors' own and are skipped). A changed, missing or reordered sentence is reported at the
 * line where it should stand, with the official words and the page's words around the first
 * difference. A page that has all of its share is then checked for words it should not have
 * (official-blocks.ts); a page with a difference is not, so one mistake is reported once.
 */
export function checkOfficialText(officialText: string, officialFile: string, pages: readonly OfficialPage[]): ContentError[] {
  const problems: ContentError[] = [];
  const { sections, unclaimed } = splitOfficialText(officialText, pages.map((page) => page.officialHeading));
  if (unclaimed.length > 0) problems.push(new ContentError(officialFile, `概要版の冒頭「${unclaimed[0]}」が、どの指針のページにも割り当てられていません。ページの officialHeading を確かめてください。`));
  const byHeading = new Map<string, OfficialSection>(sections.map((section) => [section.heading, section]));
  for (const page of pages) {
    const section = byHeading.get(page.officialHeading);
    if (!section) {
      problems.push(new ContentError(page.file, `officialHeading「${page.officialHeading}」という見出しは、概要版（${officialFile}）にありません。概要版の見出しを # を除いてそのまま書いてください。`, { line: 1, column: 1 }));
      continue;
    }
    const { text, lineAt } = pageText(page);
    const before = problems.length;
    let from = 0;
    for (const unit of section.units) {
      const wanted = unit.replace(/\s+/gu, '');
      const at = text.indexOf(wanted, from);
      if (at !== -1) {
        from = at + wanted.length;
        continue;
      }
      const { official, page: found } = difference(wanted, text.slice(from, from + wanted.length + 12));
      problems.push(
        new ContentError(
          page.file,
          `指針の本文が概要版と違います（抜けている・変わっている・順番が違う）。概要版: 「${unit}」。違いのある箇所: 概要版「…${official}…」、このページ「…${found || '（なし）'}…」。指針の本文は一字も変えずに、概要版（${officialFile}）のとおりに書いてください。`,
          { line: lineAt(from), column: 1 },
        ),
      );
    }
    if (problems.length === before) problems.push(...checkOfficialBlocks(page, section));
  }
  return problems;
}
