import type { APIRoute } from 'astro';
import { dataFile } from '../../site-data/data-files.ts';

/**
 * Spellings that mean the same, from the glossary (a term and its variants), for the search
 * page to expand queries with: 町内会 finds pages that say 町会・自治会.
 */
export const GET: APIRoute = () => {
  const groups = dataFile('glossary')
    .terms.filter((term) => term.variants.length > 0)
    .map((term) => [term.term, ...term.variants]);
  return Response.json(groups);
};
