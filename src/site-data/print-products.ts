import { getCollection } from 'astro:content';
import { relative, join } from 'node:path';
import { contentRoot } from 'virtual:kyodo/build';
import { collectionFolders } from '../lib/schemas/collections.ts';
import { guidebookProduct, pamphletProduct, pamphletVariants, picturedVariant, type PrintProduct } from '../lib/print/products.ts';

/** Every printed product the build renders, from the content: the guidebook, then each pamphlet. */
export async function printProducts(): Promise<PrintProduct[]> {
  const pamphlets = (await getCollection('pamphlets')).sort((a, b) => a.id.localeCompare(b.id));
  const shown = (path: string) => relative(process.cwd(), path);
  return [
    guidebookProduct(shown(join(contentRoot, collectionFolders.guidebook))),
    ...pamphlets.flatMap((entry) =>
      pamphletVariants(entry.data).map((variant) => ({
        ...pamphletProduct(entry.id, entry.data.title, entry.data.format, entry.filePath ?? shown(join(contentRoot, collectionFolders.pamphlets, `${entry.id}.mdx`)), variant),
        thumbnails: variant === picturedVariant(entry.data),
      })),
    ),
  ];
}
