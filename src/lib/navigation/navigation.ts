import { homeHref } from '../routes.ts';

/** A link in a navigation list. */
export interface NavLink {
  href: string;
  label: string;
}

/** The previous and next pages around `current` in an ordered list of pages. */
export function neighbours<T extends { href: string }>(pages: readonly T[], currentHref: string) {
  const index = pages.findIndex((page) => page.href === currentHref);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: pages[index - 1], next: pages[index + 1] };
}

/**
 * Whether a navigation link should be marked as the current section:
 * exact match for the home page, prefix match for sections.
 */
export function isCurrentSection(linkHref: string, pagePath: string): boolean {
  if (linkHref === homeHref) return pagePath === homeHref;
  return pagePath === linkHref || pagePath.startsWith(linkHref);
}

/** Headings for an on-page table of contents: h2 and h3, nested, at most two levels. */
export interface TocEntry {
  depth: number;
  slug: string;
  text: string;
  children: TocEntry[];
}

/** Nests a flat list of h2/h3 headings into a two-level table of contents. */
export function buildToc(headings: readonly { depth: number; slug: string; text: string }[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) toc.push({ ...heading, children: [] });
    else if (heading.depth === 3) {
      const parent = toc.at(-1);
      if (parent) parent.children.push({ ...heading, children: [] });
      else toc.push({ ...heading, children: [] });
    }
  }
  return toc;
}

/** A page gets a table of contents when it has this many h2 sections or more. */
export const tocThreshold = 3;
