import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A running static server for a built site. */
export interface StaticServer {
  /** Where the site is served, with the base: `http://127.0.0.1:4321/` or `http://127.0.0.1:4321/kusei/kyodo/shishin/`. */
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

/** How to serve a built site: see {@link serveStatic}. */
export interface ServeOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /**
   * The folder of the public URL the site is published under (routes.basePathOf): `/`, or
   * `/kusei/kyodo/shishin/` when the ward publishes it in a folder of its domain. dist/ is served
   * under it, as the ward's server will, and anything outside it is not found.
   */
  base?: string;
  /**
   * HTML pages that are not in the site, by site path: a pamphlet filled in by the maker, as
   * `npm run pamphlet` hands it to the print engine.
   */
  pages?: ReadonlyMap<string, string>;
}

/**
 * Serves a built site (`dist/`) on 127.0.0.1 the way a static host would:
 * directory URLs serve their index.html, anything missing gets 404.html with status 404,
 * and the site's `_headers` file adds its headers, as hosts that read it do.
 * Used by the tests, the PDF renderer, the preview and the benchmark. The server's `url` ends
 * with the base, so a site path resolves against it with `new URL(path.slice(1), url)`.
 */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const { port = 0, base = '/', pages = new Map<string, string>() } = options;
  const assets = sirv(root, { dev: false, etag: true, dotfiles: false });
  const compressed = gzipOnTheFly(root);
  const notFoundPage = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not Found'));
  const headerRules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
  const notFound = (response: ServerResponse) => {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(notFoundPage);
  };
  const server: Server = createServer((request, response) => {
    const requested = new URL(request.url ?? '/', 'http://localhost');
    // _headers names the paths the browser asks for, under the base.
    for (const rule of headerRules) if (rule.pattern.test(requested.pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    if (!requested.pathname.startsWith(base)) return notFound(response);
    // Inside dist/, the same file without the base in its path.
    const path = `/${requested.pathname.slice(base.length)}`;
    request.url = `${path}${requested.search}`;
    const page = pages.get(path);
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page);
      return;
    }
    if (compressed(request, response, path)) return;
    assets(request, response, () => notFound(response));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    // Stops listening and ends every connection. A browser opens connections ahead of its next
    // request (preconnect); Node does not count those as idle, and close() alone waits for them up
    // to its 300 s request timeout (a test of the release hung 5 min on it).
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
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
