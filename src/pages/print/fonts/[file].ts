import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { printFontFiles } from '../../../lib/print/fonts.ts';

/** Each woff2 file of the print typeface, copied into the site under /print/fonts/. */
export const getStaticPaths = (() => printFontFiles().map((font) => ({ params: { file: font.name }, props: { path: font.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(readFileSync((props as { path: string }).path), { headers: { 'content-type': 'font/woff2' } });
