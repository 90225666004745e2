/** URL of a guideline page from its content id (`index` is the overview). */
export function guidelineHref(id: string): string {
  return id === 'index' ? '/guideline/' : `/guideline/${id}/`;
}
