import type { PluggableList } from 'unified';
import remarkDirective from 'remark-directive';
import remarkCompletions, { completionDirective } from './remark-completions.ts';
import remarkDirectiveGuard from './remark-directive-guard.ts';
import rehypePhraseBreaks from './rehype-phrase-breaks.ts';

/** Directives that a plugin of ours handles; any other `:name[…]` fails the build. */
export const knownDirectives = [completionDirective] as const;

/**
 * Our remark plugins in the order they run. astro.config.mjs gives them to the MDX pipeline,
 * and the content check runs the same list, so an author sees the same error from both.
 */
export const remarkPlugins = [remarkDirective, remarkCompletions, [remarkDirectiveGuard, { known: knownDirectives }]] satisfies PluggableList;

/** Our rehype plugins in the order they run. */
export const rehypePlugins = [rehypePhraseBreaks] satisfies PluggableList;
