/** Sorts entries by their frontmatter `order`, the position authors give each page. */
export function byOrder<T extends { data: { order: number } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}
