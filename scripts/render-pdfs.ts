// Renders the print products (guidebook, pamphlets) of a built site to PDF and checks them.
// `npm run build` runs this itself; run it alone to re-render the PDFs of an existing dist/:
//   npm run pdf [-- --site dist]
import { parseArgs } from 'node:util';
import { loadDataFile } from '../src/lib/content/data-files.ts';
import { renderPrintProducts } from './lib/pdf/render-products.ts';
import { contentSourceFromEnvironment } from './lib/content-source.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
try {
  const results = await renderPrintProducts(values.site, loadDataFile(contentSourceFromEnvironment().root, 'siteSettings').publicUrl);
  console.log(`\nPDF を ${results.length} 件作りました: ${values.site}/downloads/`);
} catch (error) {
  console.error(`\n✘ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
