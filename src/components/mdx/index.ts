import CompletionList from './CompletionList.astro';

/**
 * Components that MDX pages in `content/` may use without importing them.
 * The content check reads these names to report unknown components.
 */
export const mdxComponents = { CompletionList };

/** Names authors may write as `<Name />` in content. */
export const mdxComponentNames = Object.keys(mdxComponents);
