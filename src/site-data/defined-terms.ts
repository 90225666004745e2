import { getCollection } from 'astro:content';
import { definitionOf } from '../lib/glossary/definitions.ts';
import type { GlossaryTerm } from '../lib/schemas/glossary.ts';
import { dataFile } from './data-files.ts';

/** A glossary term with the definition a reader sees (a form's comes from its page). */
export type DefinedTerm = GlossaryTerm & { definition: string };

/** The glossary's terms, each with its definition resolved (src/lib/glossary/definitions.ts). */
export async function definedTerms(): Promise<DefinedTerm[]> {
  const summaries = new Map((await getCollection('forms')).map((form) => [form.id, form.data.summary]));
  return dataFile('glossary').terms.map((term) => ({ ...term, definition: definitionOf(term, summaries) }));
}
