import type { APIRoute } from 'astro';
import { bookAppendix, guidebookChapters } from '../../../site-data/guidebook-document.ts';
import { cssString } from '../../../lib/print/css-string.ts';
import { t } from '../../../i18n/ja.ts';

/**
 * Running heads of the printed guidebook, set as a book sets them: the book's title on the
 * outer corner of every left-hand page, the chapter's number and title on the outer corner of
 * its right-hand pages. Chromium has no string-set, so each chapter is a named page of its own.
 * The chapter's opening page carries no head: the renderer takes it off (scripts/lib/pdf/book/).
 */
export const GET: APIRoute = async () => {
  const chapters = await guidebookChapters();
  const title = `@page :left { @top-left { content: ${cssString(t('guidebook.indexTitle'))}; } }`;
  const heads = [...chapters.map((chapter) => ({ id: chapter.id, head: chapter.runningHead })), { id: bookAppendix.id, head: bookAppendix.runningHead }];
  const css = [title, ...heads.map(({ id, head }) => `.chapter.${id} { page: ${id}; }\n@page ${id}:right { @top-right { content: ${cssString(head)}; } }`)].join('\n');
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
