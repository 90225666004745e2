import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFStream, decodePDFRawStream } from 'pdf-lib';

/**
 * Takes the running head off the pages that open a chapter, as a book sets them.
 *
 * CSS would say `@page chapter:first`, but Chromium matches `:first` only on the document's
 * first page and has no page groups (`:nth(1 of chapter)`), so every page of a chapter gets
 * its head. Chromium draws a page's margin boxes first, in one graphics state before the clip
 * of the page area, each as a text object (BT … ET) positioned with Tm in CSS pixels under a
 * fixed transform. Those text objects above the top margin are the head; the folio below the
 * text area stays. The transform is checked before anything is removed: if Chromium ever
 * writes its pages differently, this stops the build rather than delete the wrong text.
 */
export class RunningHeadFailure extends Error {
  override name = 'RunningHeadFailure';
}

/** Chromium's page prologue: PDF points from CSS pixels at 0.75, y flipped, then the margin boxes' scale. */
const prologue = /^\s*\.23999999 0 0 -\.23999999 0 ([\d.]+) cm\s+q\s+3\.125 0 0 3\.125 0 0 cm\s/;
const pointsPerCssPixel = 0.75;

/**
 * Removes the text above `headBottomPt` (points from the top of the page) in the margin boxes
 * of the given 0-based pages. Returns the number of text objects removed per page.
 */
export function removeRunningHeads(document: PDFDocument, pageIndexes: readonly number[], headBottomPt: number): number[] {
  const pages = document.getPages();
  return pageIndexes.map((index) => {
    const page = pages[index];
    if (!page) throw new RunningHeadFailure(`${index + 1} ページ目がPDFにありません。`);
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => document.context.lookup(ref)) : [contents];
    const first = streams[0];
    if (!(first instanceof PDFRawStream)) throw new RunningHeadFailure(`${index + 1} ページ目の内容が読めません。`);
    const text = Buffer.from(decodePDFRawStream(first).decode()).toString('latin1');
    if (!prologue.test(text)) throw new RunningHeadFailure(`${index + 1} ページ目: Chromium のページの書き方が想定と違うため、章の最初のページの柱を消せません（scripts/lib/pdf/book/running-heads.ts を確かめてください）。`);
    // The margin boxes end where the page area's clip begins.
    const clip = text.search(/\sre\s+W\*?\s+n\s/);
    const margins = clip === -1 ? text : text.slice(0, clip);
    let removed = 0;
    const kept = margins.replace(/BT\s[\s\S]*?\sET\s/g, (block) => {
      const position = /(-?[\d.]+) (-?[\d.]+) Tm/.exec(block);
      if (!position || Number(position[2]) * pointsPerCssPixel >= headBottomPt) return block;
      removed++;
      return '';
    });
    if (removed === 0) throw new RunningHeadFailure(`${index + 1} ページ目（章の最初のページ）に柱が見つかりません。`);
    const stream: PDFStream = document.context.flateStream(Buffer.from(kept + text.slice(margins.length), 'latin1'));
    const streamRef = document.context.register(stream);
    page.node.set(PDFName.of('Contents'), streams.length === 1 ? streamRef : document.context.obj([streamRef, ...(contents as PDFArray).asArray().slice(1)]));
    return removed;
  });
}
