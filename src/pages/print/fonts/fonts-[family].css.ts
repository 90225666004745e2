import type { APIRoute, GetStaticPaths } from 'astro';
import { printFontCss, printFontFamilies, type PrintFontFamilyId } from '../../../lib/print/fonts.ts';

/** The @font-face rules of each print family but BIZ UDPGothic (fonts.css), served as /print/fonts/fonts-<id>.css (routes.printFamilyCssHref). */
export const getStaticPaths = (() =>
  (Object.keys(printFontFamilies) as PrintFontFamilyId[]).filter((family) => family !== 'gothic').map((family) => ({ params: { family } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(printFontCss(params.family as PrintFontFamilyId), { headers: { 'content-type': 'text/css; charset=utf-8' } });
