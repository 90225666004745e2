import { defineMiddleware } from 'astro:middleware';
import { addFurigana } from './site-data/furigana.ts';

/** Adds furigana to the pages that ask for them (see src/site-data/furigana.ts), in the build and in `astro dev` alike. */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  return new Response(await addFurigana(html, context.url.pathname), { status: response.status, headers: response.headers });
});
