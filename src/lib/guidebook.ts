import type { GuidebookData } from './content-schemas.ts';

/** URL of a guidebook chapter. */
export const guidebookHref = (id: string) => `/guidebook/${id}/`;

/**
 * The chapter that explains each process step: of the chapters listing a step, the one
 * listing the fewest steps (the detailed chapter, not the overview of all eight).
 */
export function chapterForEachStep(chapters: readonly { id: string; data: GuidebookData }[]) {
  const chapterOf: Record<string, { href: string; title: string }> = {};
  const narrowestFirst = [...chapters].filter((chapter) => chapter.data.steps.length > 0).sort((a, b) => a.data.steps.length - b.data.steps.length || a.data.order - b.data.order);
  for (const chapter of narrowestFirst) {
    for (const step of chapter.data.steps) chapterOf[step] ??= { href: guidebookHref(chapter.id), title: chapter.data.title };
  }
  return chapterOf;
}
