import { z } from 'zod';
import { order, reference, slugId, text } from './fields.ts';

/**
 * A table of a form: a header row, then rows whose first cell is the row's heading and whose
 * other cells are the 記入例 (left empty in the blank form). Cell counts are checked when the
 * template is resolved, so a short row fails with its line.
 */
const tableBlock = z
  .object({
    /** The table's caption, read out first by screen readers and printed above the table. */
    caption: text,
    /** The header row: one heading per column, the first over the row headings. */
    columns: z.array(text).min(2),
    /** Each row: its heading, then the example's text for each further column. */
    rows: z.array(z.array(z.string().trim())).min(1),
    /** Rows of the blank form are this many lines tall, for handwriting (1 when omitted). */
    lines: z.number().int().min(1).max(8).default(1),
    /** Whether the last column is a seal box (印): printed and written at least 20 mm square, so a seal fits. */
    seal: z.boolean().default(false),
  })
  .strict();

/** Where a graded sheet's questions come from: a <Checklist> of a guidebook chapter (reused, never copied). */
const checklistSource = z
  .object({
    /** The chapter's id (its file name in content/guidebook/). */
    chapter: text,
    /** The checklist's title as written in that chapter. */
    checklist: text,
  })
  .strict();

/** A graded sheet: each question answered on the template's scale, with space for a comment. */
const ratingBlock = z
  .object({
    /** The table's caption. */
    caption: text,
    /** The questions, read from a checklist of the guidebook. */
    itemsFrom: checklistSource,
    /** The 記入例: one answer per question, in order: the grade (the scale's number) and a comment. */
    example: z.array(z.object({ grade: z.number().int().min(1), comment: z.string().trim().default('') }).strict()),
  })
  .strict();

/** The articles of an agreement, read from the 協定書の構成例 chapter (reused, never copied). */
const articlesBlock = z
  .object({
    /** The chapter the articles are read from. */
    chapter: text,
    /** The heading (level 2) under which each level-3 heading is one article, and its blockquote the article's text. */
    section: text,
    /** The 記入例: for each article (by its heading) the words that replace its 〇〇 blanks, in order. */
    example: z.record(z.string(), z.array(text)),
  })
  .strict();

/** One part of a form, under its own heading: a table, a graded sheet, or a run of articles. */
const section = z
  .object({
    /** The part's heading, e.g. 「1 事業の概要」. */
    heading: text,
    /** A sentence under the heading telling the writer what to put in. */
    note: z.string().trim().optional(),
    table: tableBlock.optional(),
    rating: ratingBlock.optional(),
    articles: articlesBlock.optional(),
  })
  .strict()
  .refine((part) => [part.table, part.rating, part.articles].filter(Boolean).length === 1, { message: 'table・rating・articles のどれか1つを書いてください' });

/**
 * One form of the 様式集 (`content/templates/*.yaml`): what it is for, where in the process it
 * is used, and its parts. The Word and PDF files and the HTML preview are all made from it.
 * `ids` are the process steps and glossary terms that exist.
 */
export function templateSchema(ids: { processSteps: readonly string[]; glossaryTerms: readonly string[] }) {
  return z
    .object({
      /** The form's title, printed at its top, e.g. 「協働事業計画書」. */
      title: text,
      /** Position on the 様式集 page. */
      order,
      /** What the form is for, in one or two sentences (です・ます). */
      purpose: text,
      /** The process steps (content/process-steps.yaml) at which the form is used. */
      steps: z.array(reference(ids.processSteps)).min(1),
      /** Guidebook sections that explain the form: a chapter id and, optionally, a heading's text in it. */
      guidebook: z.array(z.object({ chapter: text, heading: text.optional() }).strict()).min(1),
      /** Glossary terms (ids in content/glossary.yaml) a reader of the form may look up. */
      terms: z.array(reference(ids.glossaryTerms)).default([]),
      /** Whether the form has a neutral 「（あて先）」 line under the date (for forms handed to someone). */
      addressee: z.boolean().default(false),
      /** For graded sheets: the answers from best to worst; the grade of the first is its length. */
      scale: z.array(text).min(2).optional(),
      /** The parts of the form, in order. */
      sections: z.array(section).min(1),
      /**
       * 記入の手引き: how to fill the form in, printed after it under a heading of its own and never
       * inside it (an agreement's articles carry no instructions). One sentence or two per item.
       */
      guide: z.array(text).default([]),
    })
    .strict();
}

/** Id of a template: its file name without `.yaml`. */
export const templateId = slugId;

export type TemplateData = z.output<ReturnType<typeof templateSchema>>;
export type TemplateSection = TemplateData['sections'][number];
