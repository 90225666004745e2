import type { CollectionName } from '../schemas/collections.ts';
import type { Provenance } from '../schemas/fields.ts';

/**
 * The kind of text each collection holds: the guideline's chapters are official; everything
 * we write (explanations, the guidebook, pamphlets, site pages) is editorial. A page whose
 * frontmatter says `provenance:` is that kind instead (the guideline's overview is mixed).
 */
export const collectionProvenance: Record<CollectionName, Provenance> = {
  guideline: 'official',
  pages: 'editorial',
  principles: 'editorial',
  forms: 'editorial',
  guidebook: 'editorial',
  pamphlets: 'editorial',
  yasashii: 'editorial',
};

/** The kind of text an entry of a collection is. */
export function provenanceOf(collection: CollectionName, data: { provenance?: Provenance | undefined }): Provenance {
  return data.provenance ?? collectionProvenance[collection];
}
