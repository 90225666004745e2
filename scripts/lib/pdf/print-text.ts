import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import postcss from 'postcss';

/** The characters a print page can show, split by the weight they are drawn in (400 or 700). */
export interface PrintText {
  regular: Set<string>;
  bold: Set<string>;
  /** Selectors of bold rules that could not be matched here: everything counts as bold for them. */
  unmatchedSelectors: string[];
  /** Whether a stylesheet sets vertical writing (the subset then keeps the vertical forms). */
  vertical: boolean;
}

/**
 * Characters every subset holds whatever the page says: printable ASCII (page numbers, the
 * table of contents' numbers the renderer writes in, addresses printed after links), list
 * bullets, and the brackets and dashes of generated text.
 */
export const alwaysIncluded = [...Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)), '•', '◦', '–', '—', '…', '「', '」', '『', '』', '　'];

/** Elements a browser draws bold by itself. */
const boldByDefault = 'h1, h2, h3, h4, h5, h6, b, strong, th';

/** Weights drawn with the bold face: with only 400 and 700 on offer, 600 and above take 700. */
function isBold(value: string): boolean {
  return /\b(bold|bolder)\b/i.test(value) || /(^|\s)([6-9]00|1000)(\s|$|\/)/.test(value);
}

/** Code points that are never drawn with a glyph (formatting, joiners, variation selectors). */
export function isInvisible(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xad || (code >= 0x200b && code <= 0x200f) || (code >= 0x2028 && code <= 0x202e) || (code >= 0x2060 && code <= 0x206f) || (code >= 0xfe00 && code <= 0xfe0f) || code === 0xfeff || (code >= 0xe0100 && code <= 0xe01ef);
}

/** The text of CSS string tokens in a value, with CSS escapes (\201C, \") undone. */
export function cssStrings(value: string): string[] {
  return [...value.matchAll(/"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)'/g)].map((match) =>
    (match[1] ?? match[2] ?? '').replace(/\\([0-9a-fA-F]{1,6})\s?|\\([\s\S])/g, (_, hex: string | undefined, char: string | undefined) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : char === '\n' ? '' : char!)),
  );
}

/**
 * A selector as it applies to the printed elements: without pseudo-elements (their text is
 * collected from `content` separately) and without states only a reader causes (hover, focus),
 * which makes it match more elements, never fewer.
 */
export function printedElementsSelector(selector: string): string {
  const cleaned = selector
    .replace(/::?(before|after|marker|first-line|first-letter|placeholder|selection|backdrop|file-selector-button)\b/g, '')
    .replace(/::[\w-]+(\([^)]*\))?/g, '')
    .replace(/:(hover|focus-visible|focus-within|focus|active|visited|link|any-link|target|checked|disabled|enabled|invalid|valid|placeholder-shown|popover-open|open|defined|autofill|user-invalid|user-valid)\b/g, '')
    .trim();
  if (cleaned === '') return '*';
  return /[>+~]$/.test(cleaned) ? `${cleaned} *` : cleaned;
}

/** The hast property name of an HTML attribute named in CSS `attr()`. */
function propertyName(attribute: string): string {
  if (attribute === 'class') return 'className';
  if (attribute.startsWith('data-')) return attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return attribute;
}

/** What the text collection needs from a stylesheet. */
interface StylesheetFacts {
  imports: string[];
  strings: string[];
  attributes: string[];
  boldSelectors: string[];
  vertical: boolean;
}

const stylesheetFacts = new Map<string, StylesheetFacts>();

/** Reads a stylesheet once per text (the print pages share theirs): imports, generated strings, attr() names, bold selectors, vertical writing. */
function readStylesheet(css: string): StylesheetFacts {
  let facts = stylesheetFacts.get(css);
  if (facts) return facts;
  facts = { imports: [], strings: [], attributes: [], boldSelectors: [], vertical: false };
  const found = facts;
  const root = postcss.parse(css);
  root.walkAtRules('import', (rule) => {
    const imported = /^(?:url\()?\s*["']?([^"')\s]+)/.exec(rule.params)?.[1];
    if (imported) found.imports.push(imported);
  });
  root.walkDecls((declaration) => {
    const property = declaration.prop.toLowerCase();
    if (property === 'content' || property === 'quotes') {
      found.strings.push(...cssStrings(declaration.value));
      for (const match of declaration.value.matchAll(/attr\(\s*([\w-]+)/g)) found.attributes.push(match[1]!);
    }
    if ((property === 'writing-mode' && declaration.value.startsWith('vertical')) || (property === 'text-combine-upright' && declaration.value !== 'none')) found.vertical = true;
    if ((property === 'font-weight' || property === 'font') && isBold(declaration.value) && declaration.parent?.type === 'rule') {
      found.boldSelectors.push(...(declaration.parent as postcss.Rule).selectors);
    }
  });
  stylesheetFacts.set(css, facts);
  return facts;
}

/**
 * Everything a built print page can draw with the print typeface, and in which weight: the text
 * of its body (hidden parts too: the screen preview shows them), strings and `attr()` values that
 * its stylesheets generate (`content`, `quotes`, running heads in page margins), and the
 * characters of `alwaysIncluded`. All of it counts as regular; bold is what a bold rule of its
 * stylesheets, or the browser's own (h1–h6, b, strong, th), could reach. Generated strings count in both.
 * `stylesheet` returns the text of a stylesheet the page links (by its href), if it exists.
 */
export function printPageText(html: string, stylesheet: (href: string) => string | undefined): PrintText {
  const tree: Root = fromHtml(html);
  const regular = new Set<string>(alwaysIncluded);
  const bold = new Set<string>(alwaysIncluded);
  const both = (text: string) => {
    for (const char of text) {
      regular.add(char);
      bold.add(char);
    }
  };

  // The stylesheets: generated text, attributes it prints, and the selectors of bold rules.
  const boldSelectors = new Set<string>([boldByDefault]);
  const printedAttributes = new Set<string>();
  let vertical = false;
  const sheets = [...selectAll('link[rel~="stylesheet"][href]', tree).map((link) => String(link.properties.href)), ...selectAll('style', tree).map((style) => `inline:${toText(style)}`)];
  const seen = new Set<string>();
  for (let index = 0; index < sheets.length; index++) {
    const href = sheets[index]!;
    if (seen.has(href)) continue;
    seen.add(href);
    const css = href.startsWith('inline:') ? href.slice('inline:'.length) : stylesheet(href);
    if (css === undefined) continue;
    const found = readStylesheet(css);
    for (const imported of found.imports) sheets.push(new URL(imported, new URL(href.startsWith('inline:') ? '/' : href, 'http://site/')).pathname);
    for (const text of found.strings) both(text);
    for (const attribute of found.attributes) printedAttributes.add(attribute);
    for (const selector of found.boldSelectors) boldSelectors.add(selector);
    vertical ||= found.vertical;
  }

  // The elements drawn bold, and everything inside them: all the selectors in one pass, each on its own if one cannot be matched.
  const boldElements = new Set<Element>();
  const unmatchedSelectors: string[] = [];
  const cleaned = [...boldSelectors].map(printedElementsSelector);
  let all: Element[] | undefined;
  try {
    all = selectAll(cleaned.join(', '), tree);
  } catch {
    all = undefined;
  }
  if (all) for (const element of all) boldElements.add(element);
  else {
    [...boldSelectors].forEach((selector, index) => {
      let matched: Element[];
      try {
        matched = selectAll(cleaned[index]!, tree);
      } catch {
        unmatchedSelectors.push(selector);
        matched = [select('html', tree) ?? (tree.children.find((child) => child.type === 'element') as Element)].filter(Boolean);
      }
      for (const element of matched) boldElements.add(element);
    });
  }

  const visit = (node: Nodes, inBold: boolean) => {
    if (node.type === 'text') {
      // Every character counts as regular: whether a bold rule really reaches an element (media, states, a
      // later rule setting it back) is only known in the browser. Bold is the part a bold rule could reach.
      for (const char of node.value) {
        regular.add(char);
        if (inBold) bold.add(char);
      }
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'head') return;
      // A bold rule, a style attribute, or SVG's font-weight attribute.
      inBold ||= boldElements.has(node) || (typeof node.properties.style === 'string' && /font(-weight)?\s*:[^;]*(bold|[6-9]00)/.test(node.properties.style)) || isBold(String(node.properties.fontWeight ?? ''));
      for (const attribute of printedAttributes) {
        const value = node.properties[propertyName(attribute)];
        if (value !== undefined && value !== null && value !== false) both(Array.isArray(value) ? value.join(' ') : String(value));
      }
    }
    for (const child of node.children) visit(child, inBold);
  };
  visit(tree, false);
  return { regular, bold, unmatchedSelectors, vertical };
}

function toText(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}
