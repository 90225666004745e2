import type { APIRoute } from 'astro';
import { printManifestHref, sitemapIndexHref } from '../lib/routes.ts';

/** The folder of the print-only pages (`/print/`), where the print manifest sits: they carry noindex and are left out of the sitemap. */
const printFolder = printManifestHref.replace(/[^/]+$/, '');

/**
 * robots.txt: the sitemap's full address, and the print-only pages kept from crawlers. The
 * addresses from routes.ts are under the site's base already, so the sitemap's is right when the
 * public URL has a path (`https://www.city.nerima.tokyo.jp/kusei/kyodo/shishin/`).
 * Crawlers read robots.txt only at a domain's root: under a path, the ward copies these lines
 * into its own /robots.txt (README, サーバーの設定).
 */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt: astro.config.mjs の site（content/site.yaml の publicUrl）がありません');
  const body = ['User-agent: *', `Disallow: ${printFolder}`, '', `Sitemap: ${new URL(sitemapIndexHref, site).href}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
