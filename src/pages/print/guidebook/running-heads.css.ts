import type { APIRoute } from 'astro';
import { guidebookChapters } from '../../../rendering/guidebook-document.ts';
import { cssString } from '../../../lib/print-links.ts';

/**
 * Running headers of the printed guidebook: each chapter is a named page whose top-left
 * margin box shows the chapter's title (Chromium has no string-set, so named pages it is).
 */
export const GET: APIRoute = async () => {
  const chapters = await guidebookChapters();
  const css = chapters.map((chapter) => `.chapter.${chapter.id} { page: ${chapter.id}; }\n@page ${chapter.id} { @top-left { content: ${cssString(chapter.navTitle)}; } }`).join('\n');
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
