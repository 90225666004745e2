import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PNG } from 'pngjs';

// Reads a printed form (the 様式集's PDF, or LibreOffice's print of its Word file) for where its
// pages break. What the form holds is read here from content/templates/*.yaml and the review
// chapter's checklists with this file's own patterns, never from the code that draws the forms.

/** A line of a page as printed: its words joined left to right, spaces removed, with its top in points. */
export interface PrintedLine {
  text: string;
  y: number;
}

/** Lines printed below this (points from the top of an A4 page) are the footer: the page number. */
const footerTop = 790;

/** Each page's lines, top to bottom, from `pdftotext -bbox` (words whose tops are within 3 pt are one line); the footer is left out. */
export function printedLines(file: string): PrintedLine[][] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((match) => ({ x: Number(match[1]), y: Number(match[2]), text: match[3]!.replace(/\s+/g, '') }));
      words.sort((a, b) => (Math.abs(a.y - b.y) < 3 ? a.x - b.x : a.y - b.y));
      const lines: PrintedLine[] = [];
      for (const word of words) {
        const last = lines.at(-1);
        if (last && Math.abs(last.y - word.y) < 3) last.text += word.text;
        else lines.push({ text: word.text, y: word.y });
      }
      return lines.filter((line) => line.y < footerTop && line.text !== '');
    });
}

/** A table of a form as the YAML (or the checklist) gives it: caption, column heads, row headings. */
export interface FormTableOutline {
  caption: string;
  heads: string[];
  rows: string[];
  graded: boolean;
}

/** One part of a form: its heading, its note, and its table (none for the agreement's articles). */
export interface FormSectionOutline {
  heading: string;
  note: string | undefined;
  table: FormTableOutline | undefined;
}

/** The items of a <Checklist title="…"> in the review chapter, read with this file's own pattern. */
export function reviewChecklist(title: string): string[] {
  const chapter = readFileSync(join('content', 'guidebook', 'review.mdx'), 'utf8');
  const body = chapter.split(`<Checklist title="${title}">`)[1]!.split('</Checklist>')[0]!;
  return [...body.matchAll(/^- (.+)$/gmu)].map((match) => match[1]!.trim());
}

interface RawSection {
  heading: string;
  note?: string;
  table?: { caption: string; columns: string[]; rows: string[][] };
  rating?: { caption: string; itemsFrom: { checklist: string } };
}

/** A form's parts, read from its YAML. A graded table's first head is 項目 and its rows are its checklist's questions. */
export function formOutline(id: string): { title: string; sections: FormSectionOutline[]; guide: string[]; scale: string[] } {
  const data = parseYaml(readFileSync(join('content', 'templates', `${id}.yaml`), 'utf8')) as { title: string; sections: RawSection[]; guide?: string[]; scale?: string[] };
  const sections = data.sections.map((section): FormSectionOutline => {
    const { table, rating } = section;
    if (table) return { heading: section.heading, note: section.note, table: { caption: table.caption, heads: table.columns, rows: table.rows.map((row) => row[0]!), graded: false } };
    if (rating) return { heading: section.heading, note: section.note, table: { caption: rating.caption, heads: ['項目'], rows: reviewChecklist(rating.itemsFrom.checklist), graded: true } };
    return { heading: section.heading, note: section.note, table: undefined };
  });
  return { title: data.title, sections, guide: data.guide ?? [], scale: data.scale ?? [] };
}

/** Where a text starts: its page (from 1) and line on that page. */
interface Place {
  page: number;
  line: number;
}

/** The first characters of a text, enough to find it where it starts in a line (long texts wrap). */
const lead = (text: string) => text.replace(/\s+/g, '').slice(0, 8);

/**
 * Finds texts in reading order: each is looked for after the place of the one before, at the
 * start of a line or inside it (a row's heading starts its line; a table's head shares a line
 * with the other heads). Throws when one is missing, naming it.
 */
function placesInOrder(pages: PrintedLine[][], texts: readonly string[]): Place[] {
  const places: Place[] = [];
  let page = 0;
  let line = 0;
  for (const text of texts) {
    const wanted = lead(text);
    let found: Place | undefined;
    for (let p = page; p < pages.length && !found; p++) {
      for (let l = p === page ? line : 0; l < pages[p]!.length; l++) {
        if (pages[p]![l]!.text.includes(wanted)) {
          found = { page: p + 1, line: l };
          break;
        }
      }
    }
    if (!found) throw new Error(`「${text}」が、前の項目より後に見つかりません`);
    places.push(found);
    page = found.page - 1;
    line = found.line + 1;
  }
  return places;
}

/** A page break that leaves something alone: what, and where. */
export interface BreakProblem {
  form: string;
  problem: string;
}

/**
 * The page breaks of a printed form that a reader would notice: a heading, a note, a caption or a
 * header row on a page before its table's first rows; a table whose rows on some page are one
 * alone; a continued table whose page does not repeat its header row. Returns each found.
 */
export function breakProblems(file: string, id: string): BreakProblem[] {
  const pages = printedLines(file);
  const { sections } = formOutline(id);
  const problems: string[] = [];
  for (const section of sections) {
    const { table } = section;
    if (!table) continue;
    const lead = [section.heading, ...(section.note ? [section.note] : []), table.caption, table.heads[0]!];
    const places = placesInOrder(
      pages,
      [...lead, ...table.rows],
    );
    const heads = places.slice(0, lead.length);
    const rows = places.slice(lead.length);
    const start = rows[0]!.page;
    heads.forEach((place, index) => {
      if (place.page !== start) problems.push(`「${lead[index]}」が ${place.page} ページにあり、表「${table.caption}」の最初の行は ${start} ページです`);
    });
    const perPage = new Map<number, number>();
    for (const row of rows) perPage.set(row.page, (perPage.get(row.page) ?? 0) + 1);
    for (const [page, count] of perPage) {
      if (count < 2 && table.rows.length >= 2) problems.push(`表「${table.caption}」の行が ${page} ページに ${count} 行だけです`);
      if (page !== start) {
        // Vivliostyle and Word repeat the header row above a table's rows on each page it runs over.
        const firstRow = rows.find((row) => row.page === page)!;
        const above = pages[page - 1]!.slice(0, firstRow.line).map((line) => line.text).join('');
        if (!above.includes(table.heads[0]!)) problems.push(`表「${table.caption}」の ${page} ページに見出しの行がありません`);
      }
    }
  }
  // Whatever else: no page but the last ends with a heading, or with an article's caption 「（目的）」 apart from its article.
  const headings = sections.map((section) => section.heading.replace(/\s+/g, ''));
  pages.slice(0, -1).forEach((lines, index) => {
    const last = lines.at(-1)?.text ?? '';
    if (headings.includes(last)) problems.push(`${index + 1} ページが見出し「${last}」で終わっています`);
    if (/^（[^（）]+）$/u.test(last)) problems.push(`${index + 1} ページが条の見出し「${last}」で終わっています`);
  });
  return problems.map((problem) => ({ form: file, problem }));
}

/**
 * How many lines the tallest head of each graded table takes: from the line where its first head
 * (項目) starts, the lines made only of the heads' characters (a row's question or a ○ ends them).
 * Heads set at different heights count more lines, never fewer.
 */
export function gradedHeadLines(file: string, id: string): { caption: string; lines: number }[] {
  const pages = printedLines(file);
  const { sections, scale } = formOutline(id);
  const characters = new Set(['項目', 'コメント', ...scale.map((label, index) => `${scale.length - index}${label}`)].join(''));
  const counts: { caption: string; lines: number }[] = [];
  for (const section of sections) {
    const table = section.table;
    if (!table?.graded) continue;
    const [, head] = placesInOrder(pages, [table.caption, table.heads[0]!]);
    const lines = pages[head!.page - 1]!.slice(head!.line);
    const count = lines.findIndex((line) => [...line.text].some((character) => !characters.has(character)));
    counts.push({ caption: table.caption, lines: count < 0 ? lines.length : count });
  }
  return counts;
}

/** The printed page's pixels at 150 dpi, grey levels 0–255. */
function pageGreys(file: string, page: number): { width: number; height: number; grey: (x: number, y: number) => number } {
  const png = PNG.sync.read(execFileSync('pdftoppm', ['-png', '-r', '150', '-f', String(page), '-l', String(page), '-singlefile', file], { maxBuffer: 64 * 1024 * 1024 }));
  return {
    width: png.width,
    height: png.height,
    grey: (x, y) => {
      const at = (png.width * y + x) * 4;
      return (png.data[at]! + png.data[at + 1]! + png.data[at + 2]!) / 3;
    },
  };
}

/**
 * The box drawn under a column head (e.g. 印) in the first row below it, measured on the printed
 * page: from the head's centre, down to the rule under the header row and on to the next rule, and
 * from the middle of that box left and right to its side rules. In millimetres.
 */
export function boxUnderHead(file: string, head: string, rowHeading: string): { width: number; height: number } {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const pages = html.split('<page ').slice(1);
  for (const [index, page] of pages.entries()) {
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((match) => ({ xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]), text: match[5]! }));
    const row = words.find((word) => word.text === rowHeading);
    const cell = words.filter((word) => word.text === head && row && word.yMax < row.yMin).at(-1);
    if (!cell) continue;
    const scale = 150 / 72;
    const px = (points: number) => Math.round(points * scale);
    const { grey } = pageGreys(file, index + 1);
    const dark = (x: number, y: number) => grey(x, y) < 128;
    const x = px((cell.xMin + cell.xMax) / 2);
    // Down from the head's text: the rule under the header row, the cell, the rule under the cell.
    let y = px(cell.yMax) + 1;
    while (!dark(x, y)) y++;
    while (dark(x, y)) y++;
    const top = y;
    while (!dark(x, y)) y++;
    const bottom = y;
    const middle = Math.round((top + bottom) / 2);
    let left = x;
    while (!dark(left, middle)) left--;
    let right = x;
    while (!dark(right, middle)) right++;
    const mm = (pixels: number) => (pixels * 25.4) / 150;
    return { width: mm(right - left - 1), height: mm(bottom - top) };
  }
  throw new Error(`${file} に、行「${rowHeading}」の上の列の見出し「${head}」がありません`);
}
