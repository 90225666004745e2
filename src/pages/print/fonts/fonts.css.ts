import type { APIRoute } from 'astro';
import { printFontCss } from '../../../lib/print/fonts.ts';

/** The @font-face rules of the print typeface, served as /print/fonts/fonts.css. */
export const GET: APIRoute = () => new Response(printFontCss(), { headers: { 'content-type': 'text/css; charset=utf-8' } });
