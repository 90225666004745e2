import type { Served } from './served.ts';

interface Rule {
  pattern: RegExp;
  headers: [string, string][];
}

function rules(text: string): Rule[] {
  const found: Rule[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (/^\S/.test(line)) {
      // Cloudflare Pages: `*` is a splat matching any characters; the rest is literal.
      const source = line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      found.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const match = /^\s+([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (!match || found.length === 0) throw new Error(`_headers: a line that is neither a path nor a header: ${line}`);
    found.at(-1)!.headers.push([match[1]!, match[2]!]);
  }
  return found;
}

/**
 * The headers of a request for `path` from a `_headers` file, as Cloudflare Pages documents it:
 * every rule whose path matches adds its headers, and a header given by two matching rules gets
 * both values joined with a comma (so an overlap shows up here as a doubled value).
 */
export function servedByHeadersFile(text: string, path: string): Served {
  const headers = new Map<string, string>();
  for (const rule of rules(text)) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
    }
  }
  return { headers, contentType: headers.get('content-type') };
}

/** The path of every rule. */
export const headersFilePaths = (text: string) => text.split('\n').filter((line) => /^[^\s#]/.test(line)).map((line) => line.trim());
