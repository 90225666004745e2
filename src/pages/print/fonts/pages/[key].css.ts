import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { printFamilyCssHref } from '../../../../lib/routes.ts';
import { guidebookFontsKey, printFamiliesOf, templateFontsKey } from '../../../../lib/print/products.ts';
import { templates } from '../../../../site-data/templates.ts';

/**
 * The print typeface's rules for one product's pages (PrintProduct.fonts): the guidebook's, each
 * pamphlet's, and each form's of the 様式集. As Astro builds it, the file imports the whole typeface of each
 * family those pages print in, so the dev server and `astro build` alone print correctly; the full build
 * replaces it with rules for a subset of the characters those pages use (scripts/lib/pdf/print-fonts.ts).
 */
export const getStaticPaths = (async () =>
  [guidebookFontsKey, ...(await getCollection('pamphlets')).map((entry) => entry.id), ...templates().map((template) => templateFontsKey(template.id))].map((key) => ({ params: { key } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(printFamiliesOf(String(params.key)).map((family) => `@import url("${printFamilyCssHref(family)}");\n`).join(''), { headers: { 'content-type': 'text/css; charset=utf-8' } });
