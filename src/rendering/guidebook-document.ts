import { getCollection, render } from 'astro:content';
import { byOrder } from '../lib/ordering.ts';
import { namespaceIds } from '../lib/html-ids.ts';
import { absoluteLinks } from '../lib/print-links.ts';
import { loadSiteSettings } from '../lib/site-settings.ts';
import { renderEntryToHtml } from './render-to-html.ts';

/** One chapter of the printed guidebook, ready to place. */
export interface PrintChapter {
  /** Id of the chapter's wrapper and prefix of every id inside it: `ch3`. */
  id: string;
  title: string;
  /** Short title for the running header. */
  navTitle: string;
  /** The chapter's content with ids made unique in the document and links made absolute. */
  html: string;
  /** Its h2 sections, for the table of contents. */
  sections: { id: string; text: string }[];
}

/** The guidebook's chapters joined into one document, as /print/guidebook/ and its running heads need them. */
export async function guidebookChapters(): Promise<PrintChapter[]> {
  const { publicUrl } = loadSiteSettings();
  const chapters = byOrder(await getCollection('guidebook'));
  return Promise.all(
    chapters.map(async (chapter, index) => {
      const id = `ch${index + 1}`;
      const { headings } = await render(chapter);
      return {
        id,
        title: chapter.data.title,
        navTitle: chapter.data.navTitle,
        html: absoluteLinks(namespaceIds(await renderEntryToHtml(chapter), id), publicUrl),
        sections: headings.filter((heading) => heading.depth === 2).map((heading) => ({ id: `${id}-${heading.slug}`, text: heading.text })),
      };
    }),
  );
}
