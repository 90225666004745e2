import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { t, type StringKey } from '../i18n/ja.ts';
import { ContentError } from '../content/content-error.ts';
import { readContentIds } from '../content/files.ts';
import { positionInYaml, validateYamlData } from '../content/yaml.ts';
import { dataFilePaths } from '../schemas/collections.ts';
import { templateSchema, type TemplateData } from '../schemas/template.ts';
import { entryId } from '../routes.ts';
import { readChapterParts, type ChapterParts } from './guidebook-sources.ts';

/** The line every printed and Word form carries: the site's reference form, not the ward's; `siteName` is site.yaml's. */
export const referenceNoteOf = (siteName: string) => t('templates.referenceNote').replaceAll('{siteName}', siteName);

/** The folder of the forms, inside the content folder. */
export const templatesFolder = 'templates';

/** A table as every output draws it: a caption, a header row, and rows whose first cell is a row heading. */
/** The files the build writes for each form, in the order a reader wants them (the blank form first), with their labels. */
export const templateFileKinds: readonly { kind: 'blank' | 'example'; ext: 'docx' | 'pdf'; label: StringKey }[] = [
  { kind: 'blank', ext: 'docx', label: 'templates.blankWord' },
  { kind: 'blank', ext: 'pdf', label: 'templates.blankPdf' },
  { kind: 'example', ext: 'docx', label: 'templates.exampleWord' },
  { kind: 'example', ext: 'pdf', label: 'templates.examplePdf' },
];

export interface FormTable {
  caption: string;
  header: string[];
  /** Each column head as printed, in lines: joined, a head's lines are its text. A grade's head is two lines (「2 あまり」「当てはまらない」). */
  headLines: string[][];
  rows: string[][];
  /** Handwriting lines per row in the blank form. */
  lines: number;
  /** Whether the table is a graded sheet (narrow grade columns, a wide comment column). */
  graded: boolean;
  /** Whether the last column is a seal box (印), at least 20 mm square on paper. */
  seal: boolean;
}

/** One block of a form, in reading order. */
export type FormBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'table'; table: FormTable }
  | { kind: 'article'; title: string | undefined; paragraphs: string[] };

/** A form ready to draw, blank or filled in with its 記入例. HTML, Word and the text check all read this. */
export interface FormDocument {
  id: string;
  variant: 'blank' | 'example';
  title: string;
  /** 「記入例（架空の例です）」 on the example, nothing on the blank. */
  notice: string | undefined;
  addressee: boolean;
  blocks: FormBlock[];
  /** 記入の手引き: instructions printed after the form under their own heading, never inside it; none when empty. */
  guide: string[];
}

/** A form of the 様式集: its content and both versions. */
export interface Template {
  id: string;
  /** The YAML file, as an editor sees it from the project. */
  file: string;
  data: TemplateData;
  blank: FormDocument;
  example: FormDocument;
}

/** The 〇〇 blanks of the agreement outline's example text: each run of 〇 is one blank. */
const blankPattern = /〇+/g;

/**
 * Reads every form in `<root>/templates/`, validates it and resolves what it reuses from the
 * guidebook (checklist questions, agreement articles). Every mistake is returned with its file
 * and line: a reference to a chapter, heading, checklist or term that does not exist, or a
 * table row whose cell count differs from its header's.
 */
export function loadTemplates(root: string): { templates: Template[]; problems: ContentError[] } {
  const ids = readContentIds(root);
  const glossaryTerms = readGlossaryIds(root);
  const schema = templateSchema({ processSteps: ids.processSteps, glossaryTerms });
  const templates: Template[] = [];
  const problems: ContentError[] = [];
  const chapters = new Map<string, ChapterParts | undefined>();
  const chapter = (id: string) => {
    if (!chapters.has(id)) chapters.set(id, ids.guidebook.includes(id) ? readChapterParts(root, id) : undefined);
    return chapters.get(id);
  };
  for (const name of templateFilesOf(root)) {
    const path = join(root, templatesFolder, name);
    const file = relative(process.cwd(), path);
    const text = readFileSync(path, 'utf8');
    const result = validateYamlData(text, file, schema);
    problems.push(...result.problems);
    if (!result.data) continue;
    const found: ContentError[] = [];
    const report = (path: (string | number)[], message: string) => found.push(new ContentError(file, message, positionInYaml(text, path)));
    const template = resolveTemplate(entryId(name), file, result.data, chapter, report);
    problems.push(...found);
    if (found.length === 0) templates.push(template);
  }
  templates.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  return { templates, problems };
}

/** The YAML files of the forms, sorted; none when the folder does not exist. */
export function templateFilesOf(root: string): string[] {
  try {
    return readdirSync(join(root, templatesFolder)).filter((name) => name.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
}

/** The ids of the glossary's terms; a broken glossary is reported by its own check, and gives none here. */
function readGlossaryIds(root: string): string[] {
  try {
    const glossary = parseYaml(readFileSync(join(root, dataFilePaths.glossary), 'utf8')) as { terms?: { id?: unknown }[] };
    return (glossary.terms ?? []).map((term) => term.id).filter((id): id is string => typeof id === 'string');
  } catch {
    return [];
  }
}

type Report = (path: (string | number)[], message: string) => void;

/** Builds both versions of a validated form, reporting every reference and table that does not hold. */
function resolveTemplate(id: string, file: string, data: TemplateData, chapter: (id: string) => ChapterParts | undefined, report: Report): Template {
  data.guidebook.forEach((link, index) => {
    const parts = chapter(link.chapter);
    if (!parts) report(['guidebook', index, 'chapter'], `ガイドブックの章「${link.chapter}」がありません。content/guidebook/ のファイル名（.mdx を除く）を書いてください。`);
    else if (link.heading && !parts.headings.includes(link.heading)) report(['guidebook', index, 'heading'], `章「${link.chapter}」に見出し「${link.heading}」がありません。見出しの文字をそのまま書いてください。`);
  });
  const blank: FormBlock[] = [];
  const example: FormBlock[] = [];
  const both = (block: FormBlock) => (blank.push(block), example.push(block));
  data.sections.forEach((part, index) => {
    both({ kind: 'heading', text: part.heading });
    if (part.note) both({ kind: 'note', text: part.note });
    if (part.table) {
      const { caption, columns, rows, lines, seal } = part.table;
      const headLines = columns.map((text) => [text]);
      rows.forEach((row, rowIndex) => {
        if (row.length !== columns.length) report(['sections', index, 'table', 'rows', rowIndex], `表の行のセルが ${row.length} 個あります。見出しの列（columns）と同じ ${columns.length} 個にしてください（1つ目は行の見出し、残りは記入例）。`);
        else if (!row[0]) report(['sections', index, 'table', 'rows', rowIndex], '表の行の見出し（1つ目のセル）が空です。');
      });
      blank.push({ kind: 'table', table: { caption, header: columns, headLines, rows: rows.map((row) => [row[0] ?? '', ...columns.slice(1).map(() => '')]), lines, graded: false, seal } });
      example.push({ kind: 'table', table: { caption, header: columns, headLines, rows, lines: 1, graded: false, seal } });
    }
    if (part.rating) {
      const { caption, itemsFrom, example: answers } = part.rating;
      const scale = data.scale;
      const questions = chapter(itemsFrom.chapter)?.checklists.get(itemsFrom.checklist);
      if (!scale) report(['sections', index, 'rating'], '評価の表には、様式の scale（評価の段階）が要ります。');
      if (!chapter(itemsFrom.chapter)) report(['sections', index, 'rating', 'itemsFrom', 'chapter'], `ガイドブックの章「${itemsFrom.chapter}」がありません。`);
      else if (!questions) report(['sections', index, 'rating', 'itemsFrom', 'checklist'], `章「${itemsFrom.chapter}」に題名「${itemsFrom.checklist}」のチェックリストがありません。`);
      if (!scale || !questions) return;
      if (answers.length !== questions.length) report(['sections', index, 'rating', 'example'], `記入例の答えが ${answers.length} 個あります。チェックリスト「${itemsFrom.checklist}」の項目と同じ ${questions.length} 個にしてください。`);
      answers.forEach((answer, answerIndex) => {
        if (answer.grade > scale.length) report(['sections', index, 'rating', 'example', answerIndex, 'grade'], `評価は 1 から ${scale.length} までの数で書いてください。`);
      });
      const header = [t('templates.item'), ...scale.map((label, position) => `${scale.length - position} ${label}`), t('templates.comment')];
      const headLines = [[t('templates.item')], ...scale.map((label, position) => gradeHeadLines(scale.length - position, label, scale)), [t('templates.comment')]];
      const row = (question: string, answer?: { grade: number; comment: string }) => [question, ...scale.map((_, position) => (answer && answer.grade === scale.length - position ? '○' : '')), answer?.comment ?? ''];
      both({ kind: 'note', text: t('templates.gradeNote') });
      blank.push({ kind: 'table', table: { caption, header, headLines, rows: questions.map((question) => row(question)), lines: 1, graded: true, seal: false } });
      example.push({ kind: 'table', table: { caption, header, headLines, rows: questions.map((question, position) => row(question, answers[position])), lines: 1, graded: true, seal: false } });
    }
    if (part.articles) {
      // A contract holds only its own words: how to fill it in goes to the 記入の手引き after it.
      if (part.note) report(['sections', index, 'note'], '協定の条文の中には、記入のしかたを書きません。この文は、様式の guide:（記入の手引き）に書いてください。');
      const { chapter: chapterId, section, example: fills } = part.articles;
      const parts = chapter(chapterId);
      const articles = parts?.articlesUnder(section) ?? [];
      if (!parts) report(['sections', index, 'articles', 'chapter'], `ガイドブックの章「${chapterId}」がありません。`);
      else if (articles.length === 0) report(['sections', index, 'articles', 'section'], `章「${chapterId}」に、条の見出しと例文のある見出し「${section}」がありません。`);
      for (const heading of Object.keys(fills)) {
        if (!articles.some((article) => article.heading === heading)) report(['sections', index, 'articles', 'example', heading], `章「${chapterId}」の「${section}」に、条「${heading}」がありません。`);
      }
      for (const article of articles) {
        const title = articleTitle(article.heading);
        const blanks = article.paragraphs.join('').match(blankPattern)?.length ?? 0;
        const words = fills[article.heading] ?? [];
        if (words.length !== blanks) report(['sections', index, 'articles', 'example'], `記入例の「${article.heading}」に、空欄（〇〇）${blanks} 個の分の語句を書いてください（いまは ${words.length} 個）。`);
        blank.push({ kind: 'article', title, paragraphs: article.paragraphs });
        let next = 0;
        example.push({ kind: 'article', title, paragraphs: article.paragraphs.map((paragraph) => paragraph.replace(blankPattern, (match) => words[next++] ?? match)) });
      }
    }
  });
  const base = { id, title: data.title, addressee: data.addressee, guide: data.guide };
  return { id, file, data, blank: { ...base, variant: 'blank', notice: undefined, blocks: blank }, example: { ...base, variant: 'example', notice: t('templates.exampleNotice'), blocks: example } };
}

/**
 * A grade's column head in two lines, so it fits a narrow column: the grade and the label's
 * qualifier, then the rest. The qualifier is what the label adds to a shorter label of the same
 * scale (「あまり」 before 「当てはまらない」): 「2 あまり」「当てはまらない」, 「4 」「当てはまる」.
 * Joined, the lines are the head's text 「2 あまり当てはまらない」.
 */
export function gradeHeadLines(grade: number, label: string, scale: readonly string[]): string[] {
  const base = scale.filter((other) => other !== label && label.endsWith(other)).sort((a, b) => b.length - a.length)[0];
  return base ? [`${grade} ${label.slice(0, -base.length)}`, base] : [`${grade} `, label];
}

/** An article's caption in the 公用文 style: 「第1条 目的」 → 「（目的）」; the preamble and the closing have none. */
function articleTitle(heading: string): string | undefined {
  const match = heading.match(/^第\d+条\s+(.+)$/);
  return match ? `（${match[1]}）` : undefined;
}

/** Every text of a form in reading order: what the Word file must contain, for the check after writing it. */
export function textsOf(document: FormDocument): string[] {
  const texts = [document.title, ...(document.notice ? [document.notice] : [])];
  for (const block of document.blocks) {
    if (block.kind === 'heading' || block.kind === 'note') texts.push(block.text);
    if (block.kind === 'table') texts.push(block.table.caption, ...block.table.header, ...block.table.rows.flat().filter(Boolean));
    if (block.kind === 'article') texts.push(...(block.title ? [block.title] : []), ...block.paragraphs);
  }
  if (document.guide.length > 0) texts.push(t('templates.guideTitle'), ...document.guide);
  return texts;
}
