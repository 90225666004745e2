import type { APIRoute } from 'astro';
import { formPageCss } from '../../../lib/print/form-page.ts';

/** The forms' page size and margins, from the one form page (src/lib/print/form-page.ts), which the Word files use too. */
export const GET: APIRoute = () => new Response(formPageCss(), { headers: { 'content-type': 'text/css; charset=utf-8' } });
