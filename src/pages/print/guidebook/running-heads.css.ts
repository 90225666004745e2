import type { APIRoute } from 'astro';
import { guidebookChapters } from '../../../site-data/guidebook-document.ts';
import { cssString } from '../../../lib/print/links.ts';
import { templatesAppendixId } from '../../../lib/routes.ts';
import { t } from '../../../i18n/ja.ts';

/**
 * Running headers of the printed guidebook: the guidebook's title from the strings file on the
 * right, and on each chapter (a named page, since Chromium has no string-set) its title on the left.
 */
export const GET: APIRoute = async () => {
  const chapters = await guidebookChapters();
  const title = `@page { @top-right { content: ${cssString(t('guidebook.indexTitle'))}; } }`;
  // The appendix of blank forms is a chapter of its own, headed like the others.
  const heads = [...chapters.map((chapter) => ({ id: chapter.id, head: chapter.navTitle })), { id: templatesAppendixId, head: t('templates.appendixTitle') }];
  const css = [title, ...heads.map(({ id, head }) => `.chapter.${id} { page: ${id}; }\n@page ${id} { @top-left { content: ${cssString(head)}; } }`)].join('\n');
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
