import { render } from 'astro:content';
import { namespaceIds } from '../lib/print/html-ids.ts';
import { absoluteLinks } from '../lib/print/links.ts';
import { orderedCollection } from './collections.ts';
import { siteSettings } from './data-files.ts';
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
  return Promise.all(
    entries.map(async (chapter, index) => {
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
