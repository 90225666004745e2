import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { RenderCache, staticInputs } from '../../scripts/lib/pdf/render-cache.ts';
import { pamphletProduct } from '../../src/lib/print/products.ts';

/** A built site in miniature: files by their path. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'render-cache-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const product = pamphletProduct('flyer', 'チラシ', 'flyer', 'content/pamphlets/flyer.mdx');
const files = {
  'print/pamphlets/flyer/index.html': '<style>.band{background:url(/images/inline.png)}</style><link rel="stylesheet" href="/print/fonts/pages/flyer.css"><link rel="canonical" href="https://example.jp/"><img src="qr.svg" alt=""><a href="/other/">x</a>',
  'print/fonts/pages/flyer.css': '@import "/print/base.css"; @font-face { src: url(/print/fonts/subsets/flyer-400.ab.woff2) format("woff2") }',
  'print/base.css': '.x { background: url("../images/band.png") } .y { background: url(data:image/png;base64,AAAA) }',
  'print/fonts/subsets/flyer-400.ab.woff2': 'font',
  'images/band.png': 'png',
  'images/inline.png': 'png',
  'print/pamphlets/flyer/qr.svg': '<svg/>',
};

test('what a print page loads, from the built files: its stylesheets and <style>, their imports and url()s, its images; not links, canonical or data: URLs', () => {
  expect(staticInputs(site(files), product.path).sort()).toEqual(
    ['/print/pamphlets/flyer/', '/images/inline.png', '/print/fonts/pages/flyer.css', '/print/base.css', '/print/fonts/subsets/flyer-400.ab.woff2', '/images/band.png', '/print/pamphlets/flyer/qr.svg'].sort(),
  );
});

/** The previous build: the site, a rendered product's outputs, and its record. */
async function previousBuild() {
  const previous = site({ ...files, 'downloads/flyer.pdf': '%PDF previous', 'downloads/thumbnails/flyer-front.png': 'thumb' });
  const cache = new RenderCache<{ pages: number }>(previous, undefined, 'renderer-1', 'https://example.jp/');
  await cache.record(product, staticInputs(previous, product.path), ['downloads/flyer.pdf', 'downloads/thumbnails/flyer-front.png'], { pages: 2 });
  await cache.write();
  return previous;
}

test('an unchanged product is copied from the previous build with its thumbnails, and its record carried over', async () => {
  const previous = await previousBuild();
  const current = site(files);
  const cache = new RenderCache<{ pages: number }>(current, previous, 'renderer-1', 'https://example.jp/');
  // Where the content file lies is only named in messages: a build from another folder reuses as well.
  expect(await cache.reuse({ ...product, source: '/tmp/copy/content/pamphlets/flyer.mdx' })).toEqual({ pages: 2 });
  expect(readFileSync(join(current, 'downloads/flyer.pdf'), 'utf8')).toBe('%PDF previous');
  expect(existsSync(join(current, 'downloads/thumbnails/flyer-front.png'))).toBe(true);
  await cache.write();
  expect(JSON.parse(readFileSync(join(current, 'downloads/.render-cache.json'), 'utf8')).products.flyer.result).toEqual({ pages: 2 });
});

test('a product is rendered again when anything it loads changed, the renderer changed, its output was replaced, or no previous build is given', async () => {
  const previous = await previousBuild();
  const reuse = async (changes: Record<string, string>, renderer = 'renderer-1', from: string | null = previous) => {
    const current = site({ ...files, ...changes });
    return new RenderCache<{ pages: number }>(current, from ?? undefined, renderer, 'https://example.jp/').reuse(product);
  };
  expect(await reuse({})).toEqual({ pages: 2 });
  expect(await reuse({ 'print/pamphlets/flyer/index.html': `${files['print/pamphlets/flyer/index.html']}<p>新しい文</p>` })).toBeUndefined();
  expect(await reuse({ 'images/band.png': 'another png' })).toBeUndefined();
  expect(await reuse({ 'print/fonts/subsets/flyer-400.ab.woff2': 'another font' })).toBeUndefined();
  expect(await reuse({}, 'renderer-2')).toBeUndefined();
  expect(await reuse({}, 'renderer-1', null)).toBeUndefined();
  const tampered = mkdtempSync(join(tmpdir(), 'render-cache-'));
  cpSync(previous, tampered, { recursive: true });
  writeFileSync(join(tampered, 'downloads/flyer.pdf'), '%PDF replaced by hand');
  expect(await reuse({}, 'renderer-1', tampered)).toBeUndefined();
});

test('a new Content-Security-Policy alone (another page’s stylesheet got a new hash) renders nothing again; a change to the page’s own style does', async () => {
  const page = (policy: string, style: string) => `<meta http-equiv="content-security-policy" content="style-src 'self' ${policy}"><style>${style}</style><p>本文</p>`;
  const headers = (policy: string) => `/*\n  Content-Security-Policy: style-src 'self' ${policy}\n  X-Content-Type-Options: nosniff\n`;
  const withPolicy = (policy: string, style: string, sniff = 'nosniff') => ({ ...files, 'print/pamphlets/flyer/index.html': page(policy, style), _headers: headers(policy).replace('nosniff', sniff) });
  const previous = site({ ...withPolicy("'sha256-AAAA'", '.a{color:red}'), 'downloads/flyer.pdf': '%PDF previous' });
  const recorder = new RenderCache<{ pages: number }>(previous, undefined, 'renderer-1', 'https://example.jp/');
  await recorder.record(product, [...staticInputs(previous, product.path), '/_headers'], ['downloads/flyer.pdf'], { pages: 2 });
  await recorder.write();
  const reuse = (current: Record<string, string>) => new RenderCache<{ pages: number }>(site(current), previous, 'renderer-1', 'https://example.jp/').reuse(product);
  expect(await reuse(withPolicy("'sha256-AAAA' 'sha256-BBBB'", '.a{color:red}'))).toEqual({ pages: 2 });
  expect(await reuse(withPolicy("'sha256-AAAA'", '.a{color:blue}'))).toBeUndefined();
  // The rest of _headers still counts.
  expect(await reuse(withPolicy("'sha256-AAAA'", '.a{color:red}', 'sniff-more'))).toBeUndefined();
});
