// Serves the built site from dist/ on 127.0.0.1 (default port 4321), as the tests see it.
// Usage: npm run serve [-- --port 4321] [--root dist]
import { parseArgs } from 'node:util';
import { serveStatic } from './lib/static-server.ts';
import { contentSourceFromEnvironment, publishedBase } from './lib/content-folders.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, root: { type: 'string', default: 'dist' } } });
// Under the folder of the public URL (content/site.yaml), as the ward's server will serve it.
const server = await serveStatic(values.root, { port: Number(values.port), base: publishedBase(contentSourceFromEnvironment()) });
console.log(`${values.root}/ を ${server.url} で配信しています(終了は Ctrl+C)。`);
