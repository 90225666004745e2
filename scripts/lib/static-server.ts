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

/**
 * Serves a built site (`dist/`) on 127.0.0.1 the way a static host would:
 * directory URLs serve their index.html, anything missing gets 404.html with status 404.
 * Used by the tests, the PDF renderer and the benchmark. Port 0 picks a free port.
 */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const assets = sirv(root, { dev: false, etag: true, dotfiles: false });
  const notFoundPage = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not Found'));
  const server: Server = createServer((request, response) => {
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
