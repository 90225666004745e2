import type { APIRoute } from 'astro';
import { loadGlossary } from '../../lib/glossary.ts';

/**
 * Spellings that mean the same, from the glossary (a term and its variants), for the search
 * page to expand queries with: 町内会 finds pages that say 町会・自治会.
 */
export const GET: APIRoute = () => {
  const groups = loadGlossary()
    .terms.filter((term) => term.variants.length > 0)
    .map((term) => [term.term, ...term.variants]);
  return Response.json(groups);
};
