/** Sorts entries by their frontmatter `order`, the position authors give each page. */
export function byOrder<T extends { data: { order: number } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}

/** The newest 最終更新日 among entries: the date of a page made from all of them (an index, the home page). */
export function newestUpdate(entries: readonly { data: { updated: Date } }[]): Date {
  return new Date(Math.max(...entries.map((entry) => entry.data.updated.getTime())));
}
