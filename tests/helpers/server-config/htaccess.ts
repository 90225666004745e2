import type { Served } from './served.ts';

type Section = { kind: 'top' } | { kind: 'if'; test: (path: string) => boolean } | { kind: 'files'; test: (path: string) => boolean };
interface Directive {
  section: Section;
  name: string;
  args: string[];
}

/** Words of a directive line: bare, or in double quotes with backslash escapes. */
function words(line: string): string[] {
  const found: string[] = [];
  for (const match of line.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)) found.push(match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]!);
  return found;
}

/** The regular expression of an `<If "%{REQUEST_URI} =~ m#…#">` (the only kind of condition read here). */
function uriCondition(expression: string): (path: string) => boolean {
  const match = /^%\{REQUEST_URI\}\s*=~\s*(?:m(.)(.*)\1|\/(.*)\/)$/.exec(expression.trim());
  if (!match) throw new Error(`.htaccess: a condition this reader does not know: ${expression}`);
  const pattern = new RegExp(match[2] ?? match[3]!);
  return (path) => pattern.test(path);
}

/** The directives of an .htaccess, each with the section it is in (`<IfModule>` counts as loaded). */
function directives(text: string): Directive[] {
  const stack: Section[] = [{ kind: 'top' }];
  const found: Directive[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const open = /^<(\w+)\s*(.*)>$/.exec(line);
    if (open) {
      const [, tag, argument] = open;
      if (tag === 'IfModule') stack.push(stack.at(-1)!);
      else if (tag === 'If') stack.push({ kind: 'if', test: uriCondition(words(argument!)[0]!) });
      else if (tag === 'FilesMatch') {
        const pattern = new RegExp(words(argument!)[0]!);
        stack.push({ kind: 'files', test: (path) => pattern.test(path.split('/').at(-1)!) });
      } else throw new Error(`.htaccess: a section this reader does not know: ${line}`);
      continue;
    }
    if (/^<\//.test(line)) {
      if (stack.length === 1) throw new Error(`.htaccess: ${line} closes nothing`);
      stack.pop();
      continue;
    }
    const [name, ...args] = words(line);
    found.push({ section: stack.at(-1)!, name: name!, args });
  }
  if (stack.length !== 1) throw new Error('.htaccess: a section is not closed');
  return found;
}

/** Apache merges the lines outside any section first, then `<Files>`/`<FilesMatch>`, then `<If>`. */
const mergeOrder: Record<Section['kind'], number> = { top: 0, files: 1, if: 2 };

/**
 * The headers and type of a response for `path` (the URL path of the file served: a page's
 * index.html) under an .htaccess, following Apache 2.4's documented behaviour for what it uses:
 * `Header [always] set|unset`, `AddType`, `ErrorDocument`. Anything else is an error here, as
 * an unknown directive is for Apache (500).
 */
export function servedByHtaccess(text: string, path: string): Served {
  const headers = new Map<string, string>();
  const types = new Map<string, string>();
  const applying = directives(text)
    .filter(({ section }) => section.kind === 'top' || section.test(path))
    .sort((a, b) => mergeOrder[a.section.kind] - mergeOrder[b.section.kind]);
  for (const { name, args } of applying) {
    if (name === 'Header') {
      const [action, header, value] = args[0] === 'always' ? args.slice(1) : args;
      if (action === 'set') headers.set(header!.toLowerCase(), value!);
      else if (action === 'unset') headers.delete(header!.toLowerCase());
      else throw new Error(`.htaccess: Header ${action} is not read here`);
    } else if (name === 'AddType') {
      for (const extension of args.slice(1)) types.set(extension.replace(/^\./, '').toLowerCase(), args[0]!);
    } else if (name !== 'ErrorDocument') throw new Error(`.htaccess: a directive this reader does not know: ${name}`);
  }
  const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
  return { headers, contentType: extension ? types.get(extension) : undefined };
}

/** The document `ErrorDocument <status>` names. */
export function htaccessErrorDocument(text: string, status: number): string | undefined {
  return directives(text).find(({ name, args }) => name === 'ErrorDocument' && args[0] === String(status))?.args[1];
}
