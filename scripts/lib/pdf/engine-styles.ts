import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PrintProduct } from '../../../src/lib/print/products.ts';

/**
 * The style sheets given to the print engine alone (src/styles/print-engine/), after a print
 * page's own: rules a browser does not know (CSS Generated Content for Paged Media, which the Nu
 * Html Checker rejects too) and layout for the press bleed. The book gets its running heads,
 * a pamphlet its bleed; a form of the 様式集 needs neither.
 */
export const engineStylesDir = fileURLToPath(new URL('../../../src/styles/print-engine/', import.meta.url));

export function engineStyles(product: Pick<PrintProduct, 'book' | 'panels'>): string | undefined {
  const name = product.book ? 'guidebook' : product.panels.length > 0 ? 'pamphlet' : undefined;
  return name ? readFileSync(`${engineStylesDir}${name}.css`, 'utf8') : undefined;
}
