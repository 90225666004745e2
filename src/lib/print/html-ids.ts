import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/** Attributes that hold one id, or a space-separated list of ids (hast property names). */
const singleIdRefs = ['htmlFor'] as const;
const idListRefs = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls'] as const;
/** SVG attributes that point at an element as `url(#id)`: an arrow's head (`marker-end`), a fill's gradient. */
const urlRefs = ['markerStart', 'markerMid', 'markerEnd', 'fill', 'stroke', 'clipPath', 'mask', 'filter'] as const;

/**
 * Gives every id in an HTML fragment a prefix, and rewrites the references to them
 * (`href="#…"`, `for`, `aria-labelledby`, an SVG `marker-end="url(#…)"` …), so that several pages' content can be joined
 * into one document, as the printed guidebook does, without two elements sharing an id.
 */
export function namespaceIds(html: string, prefix: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  const rename = (id: string) => `${prefix}-${id}`;
  visit(tree, 'element', (node: Element) => {
    const props = node.properties;
    if (typeof props.id === 'string') props.id = rename(props.id);
    if (typeof props.href === 'string' && props.href.startsWith('#') && props.href.length > 1) {
      props.href = `#${rename(decodeURIComponent(props.href.slice(1)))}`;
    }
    // hast keeps these as lists of ids (`for` too), whatever their number.
    for (const key of [...singleIdRefs, ...idListRefs]) {
      const value: unknown = props[key];
      if (Array.isArray(value)) props[key] = value.map((id) => rename(String(id)));
      else if (typeof value === 'string') props[key] = value.split(/\s+/).map(rename);
    }
    for (const key of urlRefs) {
      const value = props[key];
      if (typeof value === 'string') props[key] = value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`);
    }
  });
  return toHtml(tree);
}
