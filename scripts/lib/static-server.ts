import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A running static server for a built site. */
export interface StaticServer {
  /** Base URL, e.g. `http://127.0.0.1:4321/`. */
  url: string;
  close(): Promise<void>;
}

/** Header rules of a `_headers` file: a path pattern (`/*`, `/downloads/*`, `/`) and the headers it adds. */
export type HeaderRules = { pattern: RegExp; headers: [string, string][] }[];

/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: a line with a path (where `*`
 * matches anything) starts a rule, and the indented `Name: value` lines below it are its headers.
 */
export function parseHeadersFile(text: string): HeaderRules {
  const rules: HeaderRules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0 && rules.length > 0) rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * Serves a built site (`dist/`) on 127.0.0.1 the way a static host would:
 * directory URLs serve their index.html, anything missing gets 404.html with status 404,
 * and the site's `_headers` file adds its headers, as hosts that read it do.
 * Used by the tests, the PDF renderer, the preview and the benchmark. Port 0 picks a free port.
 * `pages` adds HTML pages that are not in the site, by path: a pamphlet filled in by the maker,
 * as `npm run pamphlet` hands it to the print engine.
 */
export async function serveStatic(root: string, port = 0, pages: ReadonlyMap<string, string> = new Map()): Promise<StaticServer> {
  const assets = sirv(root, { dev: false, etag: true, dotfiles: false });
  const compressed = gzipOnTheFly(root);
  const notFoundPage = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not Found'));
  const headerRules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    for (const rule of headerRules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    const page = pages.get(path);
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page);
      return;
    }
    if (compressed(request, response, path)) return;
    assets(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(notFoundPage);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Text files a host compresses; Pagefind's files and the PDFs are compressed already. */
const compressibleTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
};

/**
 * Answers a request for a text file with its gzipped body when the client accepts gzip, as
 * every static host does (the page-weight and Lighthouse figures depend on it). Returns false
 * for anything else, which sirv then serves.
 */
function gzipOnTheFly(siteRoot: string) {
  const root = resolve(siteRoot);
  // Keyed by file and modification time, so a rebuilt file is compressed again.
  const cache = new Map<string, Buffer>();
  return (request: IncomingMessage, response: ServerResponse, path: string): boolean => {
    if (request.method !== 'GET' || !/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return false;
    const file = join(root, decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path));
    const type = compressibleTypes[extname(file)];
    if (!type || !file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return false;
    const key = `${file}@${statSync(file).mtimeMs}`;
    const body = cache.get(key) ?? gzipSync(readFileSync(file));
    cache.set(key, body);
    response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding', 'content-length': body.length });
    response.end(body);
    return true;
  };
}
