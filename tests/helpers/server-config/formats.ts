import { servedByHeadersFile } from './headers-file.ts';
import { servedByHtaccess } from './htaccess.ts';
import { servedByNginx } from './nginx-conf.ts';
import type { Served } from './served.ts';

/** The file a URL serves: a page's address serves its index.html (Apache's DirectoryIndex, nginx's index). */
export const servedFile = (url: string) => (url.endsWith('/') ? `${url}index.html` : url);

/** The three server configuration files in dist/, each with its reader. `_headers` hosts match the address asked for; Apache and nginx, the file served. */
export const serverFormats: readonly { file: string; served: (text: string, url: string) => Served }[] = [
  { file: '_headers', served: (text, url) => servedByHeadersFile(text, url) },
  { file: '.htaccess', served: (text, url) => servedByHtaccess(text, servedFile(url)) },
  { file: 'nginx-kyodo.conf', served: (text, url) => servedByNginx(text, servedFile(url)) },
];

/** The cache of a file whose name carries a hash of its content. */
export const immutableCache = 'public, max-age=31536000, immutable';
