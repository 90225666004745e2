import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrintProduct } from '../../../src/lib/print/products.ts';
import { basePathOf, downloadsHref, printManifestHref } from '../../../src/lib/routes.ts';
import { RenderCache, rendererFingerprint } from './render-cache.ts';
import type { PrintFontSubsets } from './print-fonts.ts';
import { defaultConcurrency, inPool } from './pool.ts';
import type { RenderResult } from './render-result.ts';

export interface RenderOptions {
  /** The last build's site: a product whose inputs have not changed since is copied from it, not rendered. */
  previousDir?: string;
  /** Render every product, reusing nothing (`npm run build -- --force`). */
  force?: boolean;
  /** The print pages' font subsets (subsetPrintFonts): every character a page prints must be in its subset. */
  fonts?: PrintFontSubsets;
  /** How many products render at once; by default one for each core the machine offers. */
  concurrency?: number;
}

/**
 * Renders every print product of a built site (listed in /print/manifest.json) to PDF in
 * `<siteDir>/downloads/`, with its print shop version and thumbnails, checks each, and returns
 * what the downloads page shows of them (scripts/lib/build/download-sizes.ts). A product whose print page and everything it loads are unchanged since the
 * previous build (options.previousDir) is copied from there instead (see render-cache.ts). The
 * others are first checked in the browser, all of them (see checkPrintPage), then laid out by
 * the print engine side by side, one engine process for each core. Progress goes to `log`, one
 * product's lines together; the first failed check throws a PrintCheckFailure naming the
 * document and the check.
 */
export async function renderPrintProducts(siteDir: string, publicUrl: string, log: (line: string) => void = console.log, options: RenderOptions = {}): Promise<RenderResult[]> {
  const products = JSON.parse(await readFile(join(siteDir, printManifestHref), 'utf8')) as PrintProduct[];
  await mkdir(join(siteDir, downloadsHref), { recursive: true });
  const cache = new RenderCache<RenderResult>(siteDir, options.force ? undefined : options.previousDir, rendererFingerprint(), publicUrl);
  const results = new Map<string, RenderResult>();
  const queue: PrintProduct[] = [];
  for (const product of products) {
    const reused = await cache.reuse(product);
    if (!reused) {
      queue.push(product);
      continue;
    }
    results.set(product.id, { ...reused, reused: true });
    const alongside = [product.press?.pdf, product.thumbnails ? 'サムネイル' : undefined].filter(Boolean);
    log(`✔ ${product.pdf}: 前回から変わっていないため、前回のPDFを使いました${alongside.length > 0 ? `（${alongside.join('・')}も）` : ''}`);
  }

  if (queue.length > 0) {
    // Chromium, Vivliostyle, pdf-lib and pdf.js load only now: a build that changed no print page never needs them.
    const { openRenderer, openWorker, checkPrintPage, layOutProduct } = await import('./render-product.ts');
    const { closeLayoutEngine } = await import('./vivliostyle.ts');
    const renderer = await openRenderer(siteDir, basePathOf(publicUrl));
    const workers = Math.max(1, Math.min(options.concurrency ?? defaultConcurrency(), queue.length));
    log(`${queue.length} 件を組版します（同時に ${workers} 件）`);
    try {
      // First every page's own checks (seconds each): a mistake in one stops the build before any layout.
      const checked = new Map<string, Awaited<ReturnType<typeof checkPrintPage>>>();
      await inPool(queue, workers, () => openWorker(renderer.browser), async (worker, product) => {
        const lines: string[] = [];
        try {
          checked.set(product.id, await checkPrintPage(worker, renderer.server.url, product, siteDir, publicUrl, options.fonts, (line) => lines.push(line)));
        } finally {
          for (const line of lines) log(line);
        }
      });
      // Then the layouts, the longest first (the guidebook), so that the pamphlets fill the other engine meanwhile.
      const layouts = [...queue].sort((a, b) => Number(b.book) - Number(a.book));
      await inPool(layouts, workers, async () => ({ close: async () => undefined }), async (_, product) => {
        // One product's lines together, whatever the other layouts print meanwhile.
        const lines: string[] = [];
        try {
          const { result, inputs, outputs } = await layOutProduct(checked.get(product.id)!, siteDir, (line) => lines.push(line));
          await cache.record(product, inputs, outputs, result);
          results.set(product.id, result);
        } finally {
          for (const line of lines) log(line);
        }
      });
    } finally {
      closeLayoutEngine();
      await renderer.close();
    }
  }

  await cache.write();
  return products.map((product) => results.get(product.id)!);
}

