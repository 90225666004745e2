import type { PluggableList } from 'unified';
import remarkDirective from 'remark-directive';
import { join } from 'node:path';
import type { GlossaryTerm } from '../lib/schemas/glossary.ts';
import { collectionFolders } from '../lib/schemas/collections.ts';
import remarkCompletions, { completionDirective } from './remark-completions.ts';
import remarkQuotations, { quotationDirective } from './remark-quotations.ts';
import remarkMdxComponents from './remark-mdx-components.ts';
import remarkMediumOnly from './remark-medium-only.ts';
import remarkChecklists from './remark-checklists.ts';
import remarkGlossaryLinks from './remark-glossary-links.ts';
import remarkDirectiveGuard from './remark-directive-guard.ts';
import remarkPamphletPanels from './remark-pamphlet-panels.ts';
import rehypePhraseBreaks from './rehype-phrase-breaks.ts';
import rehypeSiteLinks from './rehype-site-links.ts';

/** Directives that a plugin of ours handles; any other `:name[…]` fails the build. */
export const knownDirectives = [completionDirective, quotationDirective] as const;

/** Collections whose pages link glossary terms to /glossary/. */
export const glossaryLinkedCollections = ['guideline', 'guidebook'] as const;

/**
 * Our remark plugins in the order they run. astro.config.mjs gives them to the MDX pipeline,
 * and the content check runs the same list, so an author sees the same error from both.
 * Components are checked before remark-checklists rewrites `<Checklist>` and remark-medium-only
 * adds `inline` (which authors may not write). `root` is the content
 * folder: plugins that apply to one collection recognise its files by their folder.
 */
export function createRemarkPlugins(options: { root: string; glossary: readonly GlossaryTerm[] }) {
  const folderOf = (collection: keyof typeof collectionFolders) => join(options.root, collectionFolders[collection]);
  return [
    remarkDirective,
    remarkCompletions,
    remarkQuotations,
    remarkMdxComponents,
    remarkMediumOnly,
    remarkChecklists,
    [remarkPamphletPanels, { folder: folderOf('pamphlets') }],
    [remarkGlossaryLinks, { terms: options.glossary, folders: glossaryLinkedCollections.map(folderOf) }],
    [remarkDirectiveGuard, { known: knownDirectives }],
  ] satisfies PluggableList;
}

/** Our rehype plugins in the order they run; `base` is the folder of the public URL (routes.basePathOf). */
export function createRehypePlugins(options: { base: string }) {
  return [rehypePhraseBreaks, [rehypeSiteLinks, { base: options.base }]] satisfies PluggableList;
}
