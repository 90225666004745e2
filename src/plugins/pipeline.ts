import type { PluggableList } from 'unified';
import remarkDirective from 'remark-directive';
import type { GlossaryTerm } from '../lib/glossary.ts';
import { contentPath } from '../lib/content-root.ts';
import remarkCompletions, { completionDirective } from './remark-completions.ts';
import remarkMdxComponents from './remark-mdx-components.ts';
import remarkChecklists from './remark-checklists.ts';
import remarkGlossaryLinks from './remark-glossary-links.ts';
import remarkDirectiveGuard from './remark-directive-guard.ts';
import remarkPamphletPanels from './remark-pamphlet-panels.ts';
import rehypePhraseBreaks from './rehype-phrase-breaks.ts';

/** Directives that a plugin of ours handles; any other `:name[…]` fails the build. */
export const knownDirectives = [completionDirective] as const;

/** Collections whose pages link glossary terms to /glossary/. */
export const glossaryLinkedCollections = ['guideline', 'guidebook'] as const;

/**
 * Our remark plugins in the order they run. astro.config.mjs gives them to the MDX pipeline,
 * and the content check runs the same list, so an author sees the same error from both.
 * Components are checked before remark-checklists rewrites `<Checklist>`.
 */
export function createRemarkPlugins(options: { glossary: readonly GlossaryTerm[] }) {
  return [
    remarkDirective,
    remarkCompletions,
    remarkMdxComponents,
    remarkChecklists,
    [remarkPamphletPanels, { folder: contentPath('pamphlets') }],
    [remarkGlossaryLinks, { terms: options.glossary, folders: glossaryLinkedCollections.map((name) => contentPath(name)) }],
    [remarkDirectiveGuard, { known: knownDirectives }],
  ] satisfies PluggableList;
}

/** Our rehype plugins in the order they run. */
export const rehypePlugins = [rehypePhraseBreaks] satisfies PluggableList;
