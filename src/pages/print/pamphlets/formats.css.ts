import type { APIRoute } from 'astro';
import { pamphletFormatCss } from '../../../lib/print/formats.ts';

/** The pamphlet formats' page and panel sizes, from the one format table (src/lib/print/formats.ts). */
export const GET: APIRoute = () => new Response(pamphletFormatCss(), { headers: { 'content-type': 'text/css; charset=utf-8' } });
