import type { Served } from './served.ts';

interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
}

/** Tokens of an nginx configuration: words, quoted strings, `{`, `}` and `;` (comments dropped). */
function tokens(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/#[^\n]*|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([{};])|([^\s{};"'#]+)/g)) {
    if (match[0].startsWith('#')) continue;
    const quoted = match[1] ?? match[2];
    // In quotes nginx drops the backslash before a quote or a backslash, and keeps any other (`\.` stays `\.`).
    found.push(quoted !== undefined ? quoted.replace(/\\(["'\\])/g, '$1') : (match[3] ?? match[4]!));
  }
  return found;
}

function parse(list: string[], at = { index: 0 }, nested = false): Directive[] {
  const directives: Directive[] = [];
  let words: string[] = [];
  while (at.index < list.length) {
    const token = list[at.index++]!;
    if (token === ';') {
      directives.push({ name: words[0]!, args: words.slice(1) });
      words = [];
    } else if (token === '{') {
      directives.push({ name: words[0]!, args: words.slice(1), block: parse(list, at, true) });
      words = [];
    } else if (token === '}') {
      if (!nested || words.length > 0) throw new Error('nginx: a } where it does not belong');
      return directives;
    } else words.push(token);
  }
  if (nested || words.length > 0) throw new Error('nginx: a block or directive is not closed');
  return directives;
}

/** A small part of the mime.types nginx ships, for `include mime.types;`. */
const mimeTypes: Record<string, string> = { html: 'text/html', css: 'text/css', js: 'application/javascript', json: 'application/json', svg: 'image/svg+xml', png: 'image/png', pdf: 'application/pdf', woff2: 'font/woff2', wasm: 'application/wasm' };

/** Statuses for which nginx adds an `add_header` without `always`. */
const addHeaderStatuses = new Set([200, 201, 204, 206, 301, 302, 303, 304, 307, 308]);

/** The location nginx chooses among a level's locations: the longest prefix, then (unless it is `^~`) the first matching regex. */
function chooseLocation(level: Directive[], path: string): Directive | undefined {
  const locations = level.filter((directive) => directive.name === 'location' && directive.block);
  let prefix: Directive | undefined;
  for (const location of locations) {
    const [modifier, target] = location.args.length === 2 ? location.args : ['', location.args[0]!];
    if ((modifier === '' || modifier === '^~') && path.startsWith(target!) && target!.length > (prefix ? prefix.args.at(-1)!.length : -1)) prefix = location;
    if (modifier === '=' && path === target) return location;
  }
  if (prefix?.args[0] === '^~') return prefix;
  for (const location of locations) {
    const [modifier, target] = location.args;
    if ((modifier === '~' && new RegExp(target!).test(path)) || (modifier === '~*' && new RegExp(target!, 'i').test(path))) return location;
  }
  return prefix;
}

/**
 * The headers and type of a response for `path` (the URI after `index`: a page's index.html)
 * under an nginx snippet included in a `server { }`, following nginx's documented rules: the
 * location chosen at each level; `add_header`, `types` and `error_page` inherited from the outer
 * level only when a level has none of its own; `types { }` replacing the whole table;
 * `add_header` without `always` only for successful answers.
 */
export function servedByNginx(text: string, path: string, status = 200): Served {
  const levels: Directive[][] = [parse(tokens(text))];
  for (let location = chooseLocation(levels[0]!, path); location; location = chooseLocation(location.block!, path)) levels.push(location.block!);
  const innermost = (has: (directive: Directive) => boolean) => levels.findLast((level) => level.some(has)) ?? [];

  const headers = new Map<string, string>();
  for (const { args } of innermost((directive) => directive.name === 'add_header').filter((directive) => directive.name === 'add_header')) {
    if (addHeaderStatuses.has(status) || args[2] === 'always') headers.set(args[0]!.toLowerCase(), args[1]!);
  }

  const types = new Map<string, string>();
  for (const directive of innermost((d) => d.name === 'types' || (d.name === 'include' && d.args[0] === 'mime.types'))) {
    if (directive.name === 'include' && directive.args[0] === 'mime.types') for (const [extension, type] of Object.entries(mimeTypes)) types.set(extension, type);
    if (directive.name === 'types') for (const entry of directive.block ?? []) for (const extension of entry.args) types.set(extension, entry.name);
  }
  const extension = /\.([^./]+)$/.exec(path)?.[1];
  const defaultType = innermost((d) => d.name === 'default_type').find((d) => d.name === 'default_type')?.args[0] ?? 'text/plain';
  return { headers, contentType: extension ? (types.get(extension) ?? defaultType) : defaultType };
}

/** The URI `error_page` gives `status` for a request to `path`. */
export function nginxErrorPage(text: string, path: string, status: number): string | undefined {
  const levels: Directive[][] = [parse(tokens(text))];
  for (let location = chooseLocation(levels[0]!, path); location; location = chooseLocation(location.block!, path)) levels.push(location.block!);
  const level = levels.findLast((directives) => directives.some((d) => d.name === 'error_page'));
  const directive = level?.find((d) => d.name === 'error_page' && d.args.slice(0, -1).includes(String(status)));
  return directive?.args.at(-1);
}

/** Every path the snippet's locations and error pages name. */
export function nginxPaths(text: string): string[] {
  const found: string[] = [];
  const visit = (level: Directive[]) => {
    for (const directive of level) {
      if (directive.name === 'location') found.push(directive.args.at(-1)!);
      if (directive.name === 'error_page') found.push(directive.args.at(-1)!);
      if (directive.block) visit(directive.block);
    }
  };
  visit(parse(tokens(text)));
  return found;
}
