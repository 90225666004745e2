import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { selectAll } from 'hast-util-select';

/**
 * Splits a rendered pamphlet into its panels (the `<Panel name="…">` blocks), by name, so the
 * print page can put each on the right sheet in the right place for folding. Fails, naming the
 * file, if a panel of the format is missing or appears twice (the content check reports the
 * same with its line).
 */
export function splitPanels(html: string, expected: readonly string[], file: string): Map<string, string> {
  const tree: Root = fromHtml(html, { fragment: true });
  const panels = new Map<string, string>();
  for (const element of selectAll('[data-panel]', tree) as Element[]) {
    const name = String(element.properties.dataPanel);
    if (panels.has(name)) throw new Error(`${file}: 面「${name}」が2回あります。`);
    panels.set(name, toHtml(element.children));
  }
  const missing = expected.filter((name) => !panels.has(name));
  if (missing.length > 0) throw new Error(`${file}: 面 ${missing.join('、')} がありません。`);
  return panels;
}
