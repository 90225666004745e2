import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PrintProduct } from '../../../src/lib/print/products.ts';
import { printManifestHref } from '../../../src/lib/routes.ts';

/**
 * What each print preview loads in fonts, read from the built files (so the same on every
 * machine): its product's font rules and the bytes of the files they point at, one per weight.
 */
export function printPreviewFonts(dist: string): { path: string; files: number; bytes: number }[] {
  const products = JSON.parse(readFileSync(join(dist, printManifestHref), 'utf8')) as PrintProduct[];
  return products.map((product) => {
    const html = readFileSync(join(dist, product.path, 'index.html'), 'utf8');
    const rules = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="(\/print\/fonts\/[^"]+)"/g)].map((match) => match[1]!);
    // Each url() resolved from its rules' own address, as the browser does (the rules name their files relative to themselves).
    const files = rules.flatMap((href) => [...readFileSync(join(dist, href), 'utf8').matchAll(/url\(([^)]+\.woff2)\)/g)].map((match) => new URL(match[1]!, `http://site${href}`).pathname));
    return { path: product.path, files: files.length, bytes: files.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0) };
  });
}
