import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { printFontFamilies, printFontSources } from '../../../src/lib/print/fonts.ts';
import { mmToPt } from '../../../src/lib/print/units.ts';
import { draftMarkPlacement, draftMarkText, press } from './press.ts';
import { layOut } from './vivliostyle.ts';

/**
 * The mark of a draft build's PDFs: 「公開前の確認用」, so that a printed draft is never taken for
 * the real thing. The reading copies (and the 様式集) get it from the print pages themselves, in
 * the foot of every page (src/styles/print-draft.css, linked by PrintLayout.astro in a draft
 * build only). The print shop's versions must not carry it inside the trim: their layouts leave
 * it out (hideDraftMarkCss) and it is drawn here in the slug below each page instead, where the
 * print shop sees it and the trimming cuts it off. A release build prints it nowhere.
 */
let markLayout: Promise<Uint8Array> | undefined;

/**
 * The mark alone, laid out by the print engine as a press page (inks from the palette: #333, black
 * ink only), in BIZ UDPGothic, embedded as the engine embeds every font: text a reader can
 * select and search, with no font library here. Laid out once per process.
 */
function layOutMark(): Promise<Uint8Array> {
  markLayout ??= (async () => {
    const directory = await mkdtemp(join(tmpdir(), 'kyodo-draft-mark-'));
    try {
      await copyFile(printFontSources(printFontFamilies.gothic)[400]!, join(directory, 'font.ttf'));
      const { widthMm, heightMm } = draftMarkPlacement;
      const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${draftMarkText}</title><style>
@font-face { font-family: "Draft Mark"; src: url("font.ttf"); }
@page { size: ${widthMm}mm ${heightMm}mm; margin: 0; }
html, body { margin: 0; }
p { margin: 0; font: 7pt/${heightMm}mm "Draft Mark"; color: #333333; white-space: nowrap; }
</style></head><body><p>${draftMarkText}</p></body></html>`;
      const input = join(directory, 'mark.html');
      await writeFile(input, html);
      const output = join(directory, 'mark.pdf');
      await layOut({ url: input, output, press: true });
      return new Uint8Array(await readFile(output));
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  })();
  markLayout.catch(() => (markLayout = undefined));
  return markLayout;
}

/**
 * Draws the draft mark on every page of a press PDF, in the slug below the trim: 10 mm in from
 * the trim's left edge (clear of the corner marks, the centre mark and the fold marks) and
 * 6–10 mm below the trim, outside the 3 mm of bleed. Returns the file.
 */
export async function stampDraftMark(bytes: Uint8Array): Promise<Uint8Array> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const markDocument = await PDFDocument.load(await layOutMark());
  const markPage = markDocument.getPage(0);
  const trim = markPage.getTrimBox();
  // Only the mark's own page, not the crop marks the engine drew around it.
  const mark = await document.embedPage(markPage, { left: trim.x, bottom: trim.y, right: trim.x + trim.width, top: trim.y + trim.height });
  const { insetMm, belowTrimMm } = draftMarkPlacement;
  if (belowTrimMm - draftMarkPlacement.heightMm <= press.bleedMm) throw new Error(`「公開前の確認用」の印が塗り足し（${press.bleedMm} mm）にかかります。scripts/lib/pdf/press.ts の draftMarkPlacement で、仕上がりから離してください。`);
  for (const page of document.getPages()) {
    const pageTrim = page.getTrimBox();
    page.drawPage(mark, { x: pageTrim.x + mmToPt(insetMm), y: pageTrim.y - mmToPt(belowTrimMm) });
  }
  return document.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Number.POSITIVE_INFINITY });
}
