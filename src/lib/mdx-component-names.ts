/**
 * Components that MDX files in `content/` may use without importing them.
 * `src/components/mdx/index.ts` must provide exactly these; the content check
 * reports any other `<Name>` as unknown.
 */
export const mdxComponentNames = ['CompletionList', 'Checklist', 'CaseStory', 'SiteValue'] as const;

export type MdxComponentName = (typeof mdxComponentNames)[number];
