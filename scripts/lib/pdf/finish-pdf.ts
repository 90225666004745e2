import { PDFDocument } from 'pdf-lib';
import { t } from '../../../src/lib/i18n/ja.ts';

/**
 * Writes a PDF from Chromium again as it is handed out:
 * - its objects in compressed object streams (PDF 1.5): Chromium writes each object on its own,
 *   uncompressed, and the thousands of small dictionaries of a tagged document's structure are
 *   then a third of the file;
 * - its title without the print page's 「（印刷用）」, which says what the web page is, not the file;
 * - its language, Japanese, for screen readers (Chromium leaves /Lang out).
 * `edit` may change the document before it is written (the book takes off running heads).
 */
export async function finishPdf(bytes: Uint8Array, edit?: (document: PDFDocument) => void): Promise<Uint8Array> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const title = document.getTitle();
  if (title) document.setTitle(title.replace(`（${t('print.preview')}）`, ''));
  document.setLanguage('ja');
  edit?.(document);
  return document.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Number.POSITIVE_INFINITY });
}
