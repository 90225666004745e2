import type { APIRoute } from 'astro';
import { printProducts } from '../../site-data/print-products.ts';

/** What the PDF renderer must produce and check, read by scripts/render-pdfs.ts. */
export const GET: APIRoute = async () => Response.json(await printProducts());
