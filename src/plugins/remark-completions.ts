import type { Root, PhrasingContent } from 'mdast';
import type { ElementContent } from 'hast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { t } from '../lib/i18n/ja.ts';
import { completionDirective, confirmedAttribute } from '../lib/content/completions.ts';

// The directive's name lives with the completions' list (src/lib); the pipeline imports it from here.
export { completionDirective };

/** One editorial completion, as listed on この文書について. */
export interface Completion {
  /** Fragment id on the page, e.g. `completion-2`. */
  id: string;
  /** The words the editor added. */
  text: string;
  /** The official text just before the completion, for context in the list. */
  before: string;
  /** Source line in the MDX file, so the list can be traced back. */
  line: number | undefined;
  /** Whether an editor has checked the words against the ward's original (`:completion[…]{confirmed}`). */
  confirmed: boolean;
}

/** How much of the preceding official text the list quotes. */
const contextLength = 24;

/**
 * Turns `:completion[…]` into an `<ins>` that shows the added words in 〔 〕 and tells
 * screen-reader users where the addition starts and ends. Records every completion in
 * the page's frontmatter (`completions`) so この文書について can list them all, with whether
 * each has been checked against the ward's original (`{confirmed}`). A completion that is
 * empty, holds anything but plain text, or has any other attribute fails the build, naming the line.
 */
export default function remarkCompletions() {
  return (tree: Root, file: VFile) => {
    const completions: Completion[] = [];
    visitParents(tree, 'textDirective', (node: TextDirective, ancestors) => {
      if (node.name !== completionDirective) return;
      const text = toString(node).trim();
      if (!text || node.children.some((child) => child.type !== 'text')) {
        file.fail(
          `補記「:${completionDirective}[…]」の [ ] の中には、補う語句を飾りのない文字で書いてください（空や、リンク・強調は使えません）。`,
          node,
        );
      }
      const attributes = node.attributes ?? {};
      const unknown = Object.keys(attributes).filter((name) => name !== confirmedAttribute);
      if (unknown.length > 0 || (attributes[confirmedAttribute] ?? '') !== '') {
        file.fail(`補記「:${completionDirective}[${text}]」に付けられる { } の属性は、区の原本で確かめた印の {${confirmedAttribute}} だけです（値は書きません）。`, node);
      }
      const confirmed = confirmedAttribute in attributes;
      const id = `${completionDirective}-${completions.length + 1}`;
      const parent = ancestors.at(-1);
      const siblings = parent && 'children' in parent ? (parent.children as PhrasingContent[]) : [];
      const before = siblings
        .slice(0, siblings.indexOf(node))
        .map((sibling) => toString(sibling))
        .join('')
        .slice(-contextLength);
      completions.push({ id, text, before, line: node.position?.start.line, confirmed });
      node.data = {
        hName: 'ins',
        hProperties: { id, className: ['completion'], ...(confirmed ? { dataConfirmed: '' } : {}) },
        hChildren: [hiddenLabel(t('completion.before')), { type: 'text', value: `〔${text}〕` }, hiddenLabel(t('completion.after'))],
      };
    });
    const astro = ((file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> });
    (astro.frontmatter ??= {}).completions = completions;
  };
}

/** Text that screen readers announce and the eye does not see. */
function hiddenLabel(label: string): ElementContent {
  // Kept out of the search index: it is a cue for listening, not part of the text.
  return { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'], dataPagefindIgnore: '' }, children: [{ type: 'text', value: label }] };
}
