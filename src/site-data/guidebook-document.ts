import { render } from 'astro:content';
import { namespaceIds } from '../lib/print/html-ids.ts';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { addBookReferences, type BookTargets } from '../lib/print/book-references.ts';
import { markKeepWithNext } from '../lib/print/keep-with-next.ts';
import { tightenJapaneseSpacing } from '../lib/print/japanese-spacing.ts';
import { templatesAppendixId } from '../lib/routes.ts';
import { t } from '../lib/i18n/ja.ts';
import { orderedCollection } from './ordered-collections.ts';
import { siteSettings } from './data-files.ts';
import { renderEntryToHtml } from './render-to-html.ts';

/** One chapter of the printed guidebook, ready to place. */
export interface PrintChapter {
  /** Id of the chapter's wrapper and prefix of every id inside it: `ch3`. */
  id: string;
  title: string;
  /** Its number in the book, printed the same way above the title, in the contents and in the running head: 「第3章」. */
  label: string;
  /** The running head: the label and the short title, 「第3章 進め方（全体の流れ）」. */
  runningHead: string;
  /** The chapter's content with ids made unique in the document and links made into references that work on paper. */
  html: string;
  /** Its h2 sections, for the table of contents. */
  sections: { id: string; text: string }[];
}

let chapters: Promise<PrintChapter[]> | undefined;

/**
 * The guidebook's chapters joined into one document, as /print/guidebook/ and its running heads
 * need them. Rendered once per build: both routes share the same promise.
 */
export function guidebookChapters(): Promise<PrintChapter[]> {
  chapters ??= renderChapters();
  return chapters;
}

async function renderChapters(): Promise<PrintChapter[]> {
  const { publicUrl } = siteSettings();
  const entries = await orderedCollection('guidebook');
  const targets = {
    chapters: new Map(entries.map((entry, index) => [entry.id, `ch${index + 1}`])),
    templates: { appendix: templatesAppendixId, form: appendixFormTitleId },
    publicUrl,
  };
  return Promise.all(
    entries.map(async (chapter, index) => {
      const id = `ch${index + 1}`;
      const { headings } = await render(chapter);
      const label = t('print.chapterLabel').replace('{n}', String(index + 1));
      return {
        id,
        title: chapter.data.title,
        label,
        // The site's short titles begin with the chapter's number (「3 進め方…」); the book spells it 第3章.
        runningHead: `${label} ${chapter.data.navTitle.replace(/^\d+\s*/, '')}`,
        html: forPaper(namespaceIds(await renderEntryToHtml(chapter), id), targets, id),
        sections: headings.filter((heading) => heading.depth === 2).map((heading) => ({ id: `${id}-${heading.slug}`, text: heading.text })),
      };
    }),
  );
}

/** The id of a blank form's title in the book's appendix (its FormPreview has the prefix appendix-<id>). */
export const appendixFormTitleId = (templateId: string) => `appendix-${templateId}-title`;

/** The appendix of blank forms after the last chapter, labelled and headed like a chapter. */
export const bookAppendix = {
  id: templatesAppendixId,
  label: t('print.appendixLabel'),
  title: t('templates.appendixTitle'),
  runningHead: `${t('print.appendixLabel')} ${t('templates.appendixTitle')}`,
};

/** A chapter's HTML made for paper: references with page numbers or notes on the site's pages at its end, paragraphs kept with what they introduce, run-in heads spaced as Japanese is set. */
function forPaper(html: string, targets: BookTargets, chapter: string): string {
  const tree = fromHtml(html, { fragment: true });
  addBookReferences(tree, targets, chapter);
  markKeepWithNext(tree);
  tightenJapaneseSpacing(tree);
  return toHtml(tree);
}
