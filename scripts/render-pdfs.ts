// Renders the print products (guidebook, pamphlets) of a built site to PDF and checks them.
// `npm run build` runs this itself; run it alone to re-render every PDF of an existing dist/:
//   npm run pdf [-- --site dist]
// (the print typeface's subsets are cut again first if the site has none, from what its print pages say).
import { parseArgs } from 'node:util';
import { loadDataFile } from '../src/lib/content/load-data-file.ts';
import { renderPrintProducts } from './lib/pdf/render-products.ts';
import { subsetPrintFonts } from './lib/pdf/print-fonts.ts';
import { contentSourceFromEnvironment } from './lib/content-folders.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
try {
  const fonts = await subsetPrintFonts(values.site, { previousDir: values.site });
  const results = await renderPrintProducts(values.site, loadDataFile(contentSourceFromEnvironment().root, 'siteSettings').publicUrl, console.log, { fonts });
  console.log(`\nPDF を ${results.length} 件作りました: ${values.site}/downloads/`);
} catch (error) {
  console.error(`\n✘ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
