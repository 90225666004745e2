import { getCollection } from 'astro:content';
import { collectionDefinitions, type CollectionName } from '../lib/collections.ts';

/** The newest 最終更新日 of any page: the date for pages made of the whole site (home, search). */
export async function latestUpdate(): Promise<Date> {
  const names = Object.keys(collectionDefinitions) as CollectionName[];
  const entries = (await Promise.all(names.map((name) => getCollection(name)))).flat();
  return new Date(Math.max(...entries.map((entry) => entry.data.updated.getTime())));
}
