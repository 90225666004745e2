import type { APIRoute } from 'astro';
import { guidebookChapters } from '../../../site-data/guidebook-document.ts';
import { cssString } from '../../../lib/print/links.ts';
import { t } from '../../../i18n/ja.ts';

/**
 * Running headers of the printed guidebook: the guidebook's title from the strings file on the
 * right, and on each chapter (a named page, since Chromium has no string-set) its title on the left.
 */
export const GET: APIRoute = async () => {
  const chapters = await guidebookChapters();
  const title = `@page { @top-right { content: ${cssString(t('guidebook.indexTitle'))}; } }`;
  const css = [title, ...chapters.map((chapter) => `.chapter.${chapter.id} { page: ${chapter.id}; }\n@page ${chapter.id} { @top-left { content: ${cssString(chapter.navTitle)}; } }`)].join('\n');
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
