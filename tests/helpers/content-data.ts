import { contentFrontmatter } from './site.ts';
import type { FormData } from '../../src/lib/schemas/form.ts';
import type { PrincipleData } from '../../src/lib/schemas/principle.ts';

/** Form pages' frontmatter as authors wrote it, in the guideline's order. */
export function formsData() {
  return contentFrontmatter('forms')
    .map(({ id, data }) => ({ slug: id, data: data as unknown as FormData }))
    .sort((a, b) => a.data.order - b.data.order);
}

/** Principle pages' frontmatter, in the guideline's order. */
export function principlesData() {
  return contentFrontmatter('principles')
    .map(({ id, data }) => ({ slug: id, data: data as unknown as PrincipleData }))
    .sort((a, b) => a.data.order - b.data.order);
}
