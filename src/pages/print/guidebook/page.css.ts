import type { APIRoute } from 'astro';
import { bookPageCss } from '../../../lib/print/book-page.ts';

/** The guidebook's page size and margins, from the one page geometry (src/lib/print/book-page.ts). */
export const GET: APIRoute = () => new Response(bookPageCss(), { headers: { 'content-type': 'text/css; charset=utf-8' } });
