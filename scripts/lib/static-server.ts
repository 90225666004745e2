import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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
 */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const assets = sirv(root, { dev: false, etag: true, dotfiles: false });
  const notFoundPage = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not Found'));
  const headerRules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    for (const rule of headerRules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) response.setHeader(name, value);
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
