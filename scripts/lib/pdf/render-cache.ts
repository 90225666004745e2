import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engineStylesDir } from './engine-styles.ts';
import { downloadsHref, publicPath } from '../../../src/lib/routes.ts';
import { chromiumPath } from '../chromium.ts';
import { policyMeta } from '../../../src/lib/security/page-policies.ts';

/** Where each build records what its PDFs were made from: beside them, so it moves into dist/ with them. */
export const renderCacheFile = (siteDir: string, name = join(downloadsHref, '.render-cache.json')) => join(siteDir, name);

/** Something rendered from a print page: an id, and what it is made of (a PrintProduct, a form of the 様式集). */
export interface RenderTarget {
  id: string;
  /** The content file it is made from, only named in messages: left out of its key. */
  source?: string;
}

/** What a product was rendered from and what it became, as recorded by the build that rendered it. */
export interface RenderRecord<Result> {
  /** Hash of the renderer, the product and every file its print page loaded. */
  key: string;
  /** The site paths the print page loaded (the page itself, stylesheets, fonts, images). */
  inputs: string[];
  /** Files the product wrote, relative to the site, and the SHA-256 of each. */
  outputs: Record<string, string>;
  result: Result;
}

interface CacheFile<Result> {
  version: 1;
  products: Record<string, RenderRecord<Result>>;
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/**
 * A page or `_headers` without its Content-Security-Policy. Astro's policy lists the hash of every
 * stylesheet of the site on every page, so a change to any page's CSS would otherwise re-render
 * every PDF. The policy only allows or refuses what the page loads, and what it loads is an input
 * of its own (and the tests check that no page's policy refuses anything).
 */
function withoutPolicy(file: string, bytes: Buffer): Buffer | string {
  if (file.endsWith('.html')) return bytes.toString('utf8').replace(policyMeta, '');
  if (file.endsWith('/_headers')) return bytes.toString('utf8').replace(/^\s*Content-Security-Policy:.*$/gm, '');
  return bytes;
}

/** The file a URL path of the built site is served from, as the static server finds it, or undefined. */
export function siteFile(siteDir: string, path: string): string | undefined {
  const relative = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = relative.endsWith('/') ? [join(relative, 'index.html')] : [relative, `${relative}.html`, join(relative, 'index.html')];
  for (const candidate of candidates) {
    const file = join(siteDir, candidate);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/**
 * A listener for a page's `request` events that adds each file the page asks the renderer's
 * server for (same origin, under the base) to `inputs`, as its site path: what the built files
 * name is found by {@link staticInputs}, what scripts and the browser fetch besides by this.
 */
export function requestRecorder(serverUrl: string, base: string, inputs: Set<string>): (request: { url(): string }) => void {
  const origin = new URL(serverUrl).origin;
  return (request) => {
    const requested = new URL(request.url());
    if (requested.origin === origin && requested.pathname.startsWith(base)) inputs.add(`/${requested.pathname.slice(base.length)}`);
  };
}

/**
 * What a print page loads, read from the built files: the stylesheets, images, scripts and icons
 * its HTML names, and, inside every stylesheet and <style>, its imports and url()s (fonts,
 * backgrounds), followed to the end. The renderer adds the requests it saw the browser make.
 */
export function staticInputs(siteDir: string, pagePath: string, base = '/'): string[] {
  const found = new Set<string>([pagePath]);
  const queue = [pagePath];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const file = siteFile(siteDir, path);
    if (!file) continue;
    const text = /\.(html|css)$/.test(file) ? readFileSync(file, 'utf8') : '';
    const fromCss = () => [...text.matchAll(/url\(\s*["']?([^"')\s]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)].map((match) => (match[1] ?? match[2])!);
    // A page's own <style> (the build puts the site's CSS inside each page) names files as a stylesheet does.
    const references = file.endsWith('.html')
      ? [...[...text.matchAll(/<(?:link|img|script|source|image|use)\b[^>]*?\s(?:href|src|xlink:href)="([^"]+)"/g)].map((match) => match[1]!), ...fromCss()]
      : file.endsWith('.css')
        ? fromCss()
        : [];
    for (const reference of references) {
      if (/^(data|https?|mailto|tel|javascript):|^\/\/|^#/.test(reference)) continue;
      // The HTML names files as the browser asks for them, under the base; the files sit in siteDir without it.
      const requested = new URL(reference.replaceAll('&amp;', '&'), new URL(publicPath(path, base), 'http://site/')).pathname;
      if (!requested.startsWith(base)) continue;
      const resolved = `/${requested.slice(base.length)}`;
      if (!found.has(resolved)) {
        found.add(resolved);
        queue.push(resolved);
      }
    }
  }
  return [...found];
}

/** The version of an installed package (read from its own folder: not every package exports its package.json). */
export function packageVersion(name: string): string {
  // Resolved as an import: some packages (@vivliostyle/cli) export nothing to require().
  for (let dir = dirname(fileURLToPath(import.meta.resolve(name))); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const data = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (data.name === name) return data.version ?? '?';
    }
  }
  return '?';
}

/**
 * Everything outside the site that decides what a PDF looks like: the renderer's own code
 * (scripts/lib/pdf/ and its folders, the Chromium flags), the libraries that write, check and compress the PDFs,
 * and the Chromium binary. A change to any of them renders every product again.
 */
export function rendererFingerprint(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  // Recursive: the book's renderer lives in scripts/lib/pdf/book/.
  // The engine's own style sheets (src/styles/print-engine/) are part of how a page is laid out.
  const engineSheets = readdirSync(engineStylesDir).map((name) => join(engineStylesDir, name));
  for (const file of [...readdirSync(here, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts')).map((name) => join(here, name)), join(here, '..', 'chromium.ts'), ...engineSheets].sort()) {
    hash.update(`${relative(here, file)}\n`).update(readFileSync(file));
  }
  for (const name of ['@vivliostyle/cli', 'playwright', 'pdf-lib', 'pdfjs-dist', 'jsqr', 'pngjs']) hash.update(`${name}@${packageVersion(name)}\n`);
  const browser = existsSync(chromiumPath) ? realpathSync(chromiumPath) : chromiumPath;
  const stat = existsSync(browser) ? statSync(browser) : undefined;
  hash.update(`${browser} ${stat?.size} ${stat?.mtimeMs}`);
  return hash.digest('hex');
}

/**
 * The record of what each PDF was made from. A product whose page, and every file the page
 * loads, are byte for byte what they were at the last build (and the renderer is the same) is
 * copied from the last build with its print shop version and thumbnails, instead of rendered.
 */
export class RenderCache<Result> {
  private readonly fileHashes = new Map<string, string>();
  private readonly records: Record<string, RenderRecord<Result>> = {};
  private previous: CacheFile<Result> | undefined;
  private readonly siteDir: string;
  private readonly previousDir: string | undefined;
  private readonly fingerprint: string;
  private readonly publicUrl: string;
  private readonly name: string | undefined;

  /**
   * @param siteDir the site being built
   * @param previousDir the last build's site, to reuse from; undefined to render everything
   * @param name where the record is kept in a site, if not downloads/.render-cache.json
   */
  constructor(siteDir: string, previousDir: string | undefined, fingerprint: string, publicUrl: string, name?: string) {
    this.siteDir = siteDir;
    this.previousDir = previousDir;
    this.fingerprint = fingerprint;
    this.publicUrl = publicUrl;
    this.name = name;
    const file = previousDir ? renderCacheFile(previousDir, name) : undefined;
    if (file && existsSync(file)) {
      try {
        const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile<Result>;
        if (data.version === 1) this.previous = data;
      } catch {
        this.previous = undefined;
      }
    }
  }

  private hashOf(path: string): string {
    let hash = this.fileHashes.get(path);
    if (hash === undefined) {
      const file = siteFile(this.siteDir, path);
      hash = file ? sha256(withoutPolicy(file, readFileSync(file))) : 'missing';
      this.fileHashes.set(path, hash);
    }
    return hash;
  }

  /** The hash of a product's inputs in the site being built: the renderer, the product and each file its page loads. */
  key(product: RenderTarget, inputs: readonly string[]): string {
    // Where its content file lies is only named in messages; it changes nothing printed.
    const { source: _source, ...printed } = product;
    const files = [...new Set(inputs)].sort().map((path) => [path, this.hashOf(path)]);
    return sha256(JSON.stringify({ renderer: this.fingerprint, publicUrl: this.publicUrl, product: printed, files }));
  }

  /**
   * Copies the product's files from the last build when nothing it is made from has changed, and
   * returns the result recorded then; undefined when it must be rendered.
   */
  async reuse(product: RenderTarget): Promise<Result | undefined> {
    const record = this.previous?.products[product.id];
    if (!record || !this.previousDir || record.key !== this.key(product, record.inputs)) return undefined;
    // The files themselves must still be the ones recorded (nobody replaced a PDF in dist/ by hand).
    for (const [output, hash] of Object.entries(record.outputs)) {
      const file = join(this.previousDir, output);
      if (!existsSync(file) || sha256(await readFile(file)) !== hash) return undefined;
    }
    for (const output of Object.keys(record.outputs)) {
      await mkdir(dirname(join(this.siteDir, output)), { recursive: true });
      await copyFile(join(this.previousDir, output), join(this.siteDir, output));
    }
    this.records[product.id] = record;
    return record.result;
  }

  /** Records a product rendered in this build: what its page loaded, and the files it wrote. */
  async record(product: RenderTarget, inputs: readonly string[], outputs: readonly string[], result: Result): Promise<void> {
    const hashes: Record<string, string> = {};
    for (const output of outputs) hashes[output] = sha256(await readFile(join(this.siteDir, output)));
    const sorted = [...new Set(inputs)].sort();
    this.records[product.id] = { key: this.key(product, sorted), inputs: sorted, outputs: hashes, result };
  }

  /** Writes the record into the site being built. */
  async write(): Promise<void> {
    const file = renderCacheFile(this.siteDir, this.name);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify({ version: 1, products: this.records } satisfies CacheFile<Result>, null, 2)}\n`);
  }
}
