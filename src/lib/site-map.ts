/** Paths that are tools, not pages, and stay out of the sitemap and search. */
const nonPublicPrefixes = ['/print/', '/404'];

/** Whether a built URL belongs in the sitemap. Works on absolute URLs and on paths. */
export function isPublicPage(url: string): boolean {
  const path = new URL(url, 'http://localhost').pathname;
  return !nonPublicPrefixes.some((prefix) => path.startsWith(prefix));
}
