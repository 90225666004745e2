import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { parse as parseYaml } from 'yaml';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { pamphletFormats, panelsOf, type PamphletFormatName } from '../lib/print/formats.ts';
import { isInside } from '../lib/content/files.ts';

/** The pamphlet's format, from the frontmatter Astro passes in or, in the content check, the YAML node. */
function formatOf(tree: Root, file: VFile): unknown {
  const astro = file.data.astro as { frontmatter?: { format?: unknown } } | undefined;
  if (astro?.frontmatter?.format !== undefined) return astro.frontmatter.format;
  const yaml = tree.children[0];
  if (yaml?.type !== 'yaml') return undefined;
  try {
    return (parseYaml(yaml.value) as { format?: unknown } | null)?.format;
  } catch {
    return undefined; // The frontmatter check reports broken YAML.
  }
}

/**
 * A pamphlet is written as `<Panel name="…">` blocks, one per panel of its format, in any
 * order: the print page places them. This plugin checks, for files in the pamphlets folder,
 * that every panel of the format is there exactly once, and nothing stands outside a panel.
 */
export default function remarkPamphletPanels(options: { folder: string }) {
  return (tree: Root, file: VFile) => {
    if (!file.path || !isInside(file.path, options.folder)) return;
    const format = formatOf(tree, file);
    if (typeof format !== 'string' || !(format in pamphletFormats)) return; // The schema check names the field.
    const expected = panelsOf(format as PamphletFormatName);
    const seen = new Map<string, MdxJsxFlowElement>();
    for (const node of tree.children) {
      if (node.type === 'yaml' || node.type === 'mdxjsEsm') continue;
      const panel = node.type === 'mdxJsxFlowElement' && node.name === 'Panel' ? node : undefined;
      if (!panel) {
        file.fail(`パンフレットの本文は、すべて <Panel name="…"> の中に書いてください。使う面は ${expected.join('、')} です。`, node);
      }
      const name = panel.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'name')?.value;
      if (typeof name !== 'string') continue; // remark-mdx-components reports it.
      if (!expected.includes(name)) file.fail(`形式「${format}」に面「${name}」はありません。使う面は ${expected.join('、')} です。`, panel);
      if (seen.has(name)) file.fail(`面「${name}」が2回あります。一つにまとめてください。`, panel);
      seen.set(name, panel);
    }
    const missing = expected.filter((name) => !seen.has(name));
    if (missing.length > 0) file.fail(`面 ${missing.map((name) => `「${name}」`).join('')} がありません。形式「${format}」では ${expected.join('、')} の面をすべて書きます。`, tree.children.at(-1) ?? tree);
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name === 'Panel' && !tree.children.includes(node)) file.fail('<Panel> の中に <Panel> は書けません。', node);
    });
  };
}
