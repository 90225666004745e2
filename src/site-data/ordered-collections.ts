import { getCollection, type CollectionEntry } from 'astro:content';
import { collectionFolders, type CollectionName } from '../lib/schemas/collections.ts';
import { byOrder, newestUpdate } from '../lib/content/ordering.ts';

/** A collection's entries in the order their frontmatter `order` gives. */
export async function orderedCollection<Name extends 'guideline' | 'principles' | 'forms' | 'guidebook' | 'yasashii'>(name: Name): Promise<CollectionEntry<Name>[]> {
  return byOrder(await getCollection(name)) as CollectionEntry<Name>[];
}

/** The newest 最終更新日 of any page: the date for pages made of the whole site (home, search). */
export async function latestUpdate(): Promise<Date> {
  const names = Object.keys(collectionFolders) as CollectionName[];
  return newestUpdate((await Promise.all(names.map((name) => getCollection(name)))).flat());
}
