import type { APIRoute } from 'astro';
import { printProducts } from '../../site-data/print-products.ts';
import { siteSettings } from '../../site-data/data-files.ts';
import { sitePathOf } from '../../lib/routes.ts';
import type { PrintProduct } from '../../lib/print/products.ts';

/**
 * What the PDF renderer must produce and check, read by scripts/render-pdfs.ts. Its addresses are
 * site paths (files inside dist/), as the Node scripts that read it speak them: the pages' own
 * addresses carry the folder the site is published under, which the renderer's server adds back.
 */
export const GET: APIRoute = async () => {
  const { publicUrl } = siteSettings();
  const inSite = (path: string) => sitePathOf(path, publicUrl);
  const products = (await printProducts()).map((product): PrintProduct => ({
    ...product,
    path: inSite(product.path),
    fonts: inSite(product.fonts),
    ...(product.press ? { press: { ...product.press, ...(product.press.cover ? { cover: { ...product.press.cover, path: inSite(product.press.cover.path) } } : {}) } } : {}),
  }));
  return Response.json(products);
};
