import type { GuidebookData } from '../schemas/guidebook.ts';
import { guidebookHref } from '../routes.ts';

/** The chapter that explains a step. */
export interface ChapterOfStep {
  id: string;
  href: string;
  title: string;
}

/**
 * The chapter that explains each process step: of the chapters listing a step, the one
 * listing the fewest steps (the detailed chapter, not the overview of all eight).
 */
export function chapterForEachStep(chapters: readonly { id: string; data: GuidebookData }[]) {
  const chapterOf: Record<string, ChapterOfStep> = {};
  const narrowestFirst = [...chapters].filter((chapter) => chapter.data.steps.length > 0).sort((a, b) => a.data.steps.length - b.data.steps.length || a.data.order - b.data.order);
  for (const chapter of narrowestFirst) {
    for (const step of chapter.data.steps) chapterOf[step] ??= { id: chapter.id, href: guidebookHref(chapter.id), title: chapter.data.title };
  }
  return chapterOf;
}
