import { relative } from 'node:path';
import { getCollection } from 'astro:content';
import { contentPath } from '../lib/content-root.ts';
import { pamphletPanels } from '../lib/content-schemas.ts';
import { guidebookProduct, pamphletProduct, type PrintProduct } from '../lib/print-products.ts';
import { t } from '../i18n/ja.ts';

/** Every printed product the build renders, from the content: the guidebook, then each pamphlet. */
export async function printProducts(): Promise<PrintProduct[]> {
  const pamphlets = (await getCollection('pamphlets')).sort((a, b) => a.id.localeCompare(b.id));
  return [
    guidebookProduct(t('guidebook.indexTitle'), relative(process.cwd(), contentPath('guidebook'))),
    ...pamphlets.map((entry) =>
      pamphletProduct(entry.id, entry.data.title, entry.data.format, pamphletPanels[entry.data.format], entry.filePath ?? relative(process.cwd(), contentPath('pamphlets', `${entry.id}.mdx`))),
    ),
  ];
}
