import { siteValueNames } from '../content/site-values.ts';
import { allPanelNames } from '../print/formats.ts';

/** What an MDX component accepts: required attributes, and the values some may take. */
export interface ComponentRule {
  /** Attributes that must be present, as plain text. */
  required: readonly string[];
  /** Attributes that may be present. */
  optional?: readonly string[];
  /** The values an attribute may take, where the list is closed. */
  values?: Readonly<Record<string, readonly string[]>>;
  /** What goes between the tags: nothing, or Markdown. */
  children: 'none' | 'markdown';
}

/**
 * Components that MDX files in `content/` may use without importing them, and how.
 * `src/components/mdx/index.ts` provides exactly these, and remark-mdx-components checks
 * every use against these rules, so a mistake fails the build with its line.
 */
export const mdxComponentRules = {
  Checklist: { required: ['title'], children: 'markdown' },
  CaseStory: { required: ['title'], children: 'markdown' },
  SiteValue: { required: ['name'], values: { name: siteValueNames }, children: 'none' },
  CompletionList: { required: [], children: 'none' },
  AllChecklists: { required: [], children: 'none' },
  Panel: { required: ['name'], values: { name: allPanelNames }, children: 'markdown' },
  PrincipleItem: { required: ['icon', 'title'], values: { icon: ['equality', 'mutual-understanding', 'autonomy', 'transparency'] }, children: 'markdown' },
  FormsPicture: { required: [], children: 'none' },
  Editorial: { required: [], children: 'markdown' },
  ProcessFlow: { required: [], children: 'none' },
  ScreenOnly: { required: [], children: 'markdown' },
  PrintOnly: { required: [], children: 'markdown' },
} as const satisfies Record<string, ComponentRule>;

export type MdxComponentName = keyof typeof mdxComponentRules;

/** Names authors may write as `<Name>` in content. */
export const mdxComponentNames = Object.keys(mdxComponentRules) as MdxComponentName[];
