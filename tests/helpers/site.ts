import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentRoot, dataFile } from './content.ts';
import { printGuidebookCoverHref } from '../../src/lib/routes.ts';

/** The built site the tests read (built by `npm test` when missing or stale): dist/, or the one SITE_DIST names (scripts/test.ts). */
export const distDir = resolve(process.env.SITE_DIST ?? 'dist');

/** Paths of every page listed in the built sitemap, e.g. `/guideline/basics/`. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  const base = dataFile('siteSettings').publicUrl;
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => '/' + match[1]!.slice(base.length));
}

/** The print previews (guidebook and pamphlets), which the sitemap leaves out. */
export function printPagePaths(): string[] {
  const products = JSON.parse(readFileSync(join(distDir, 'print/manifest.json'), 'utf8')) as { path: string }[];
  return products.map((product) => product.path);
}

/** Tools kept out of the sitemap but linked for readers: the pamphlet makers, as the organisers' page links them. */
export function toolPagePaths(): string[] {
  const html = readFileSync(join(distDir, 'pamphlets', 'index.html'), 'utf8');
  return [...new Set([...html.matchAll(/href="(\/pamphlets\/[^"]+\/make\/)"/g)].map((match) => match[1]!))];
}

/** The print pages of the 様式集's forms (blank and 記入例), from which their PDFs are made: one pair for each form in content/templates/ (the built folder also holds the forms' page.css). */
export function printTemplatePaths(): string[] {
  const ids = readdirSync(join(contentRoot, 'templates')).filter((name) => name.endsWith('.yaml')).map((name) => name.replace(/\.yaml$/, ''));
  return ids.flatMap((id) => [`/print/templates/${id}/`, `/print/templates/${id}/example/`]);
}

/** Every page a reader can reach: the sitemap, the print previews (the guidebook's cover spread among them), the tools and the 404 page. */
export function allPagePaths(): string[] {
  return [...sitemapPaths(), ...printPagePaths(), printGuidebookCoverHref, ...printTemplatePaths(), ...toolPagePaths(), '/404.html'];
}

/** The built HTML of a page path. */
export function builtHtml(path: string): string {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return readFileSync(join(distDir, file), 'utf8');
}

/** Frontmatter of every MDX file in a content folder, with the file's id (name without .mdx). */
export function contentFrontmatter(folder: string): { id: string; data: Record<string, unknown> }[] {
  const dir = join(contentRoot, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      return { id: name.replace(/\.mdx$/, ''), data: parseYaml(yaml) as Record<string, unknown> };
    });
}
