import type { GlossaryTerm } from '../schemas/glossary.ts';

/**
 * A term's definition: its own, or — for a term that names a form of collaboration — the form
 * page's summary (`summaries`, by form id), so each form is defined in one place. The content
 * check has made sure every form a term names exists.
 */
export function definitionOf(term: GlossaryTerm, summaries: ReadonlyMap<string, string>): string {
  if (term.definition !== undefined) return term.definition;
  const summary = term.form === undefined ? undefined : summaries.get(term.form);
  if (summary === undefined) throw new Error(`用語「${term.term}」の説明がありません（form: ${term.form ?? '（なし）'}）`);
  return summary;
}
