import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finishPdf } from './finish-pdf.ts';
import { drawFoldMarks, type PressPage } from './press.ts';
import { layOut, type LayoutJob } from './vivliostyle.ts';

/**
 * A print page laid out by the engine (vivliostyle.ts) and written as handed out (finish-pdf.ts):
 * the reading version at the finished size in RGB, or the print shop's version with bleed, crop
 * marks, fold marks and CMYK inks. `css` is added after the page's own rules.
 */
export async function readingPdf(url: string, css?: string): Promise<Uint8Array> {
  return finishPdf(await layOutToBytes({ url, css }));
}

export async function pressPdf(url: string, pages: readonly PressPage[], css?: string): Promise<Uint8Array> {
  return finishPdf(await layOutToBytes({ url, css, press: true }), (document) => drawFoldMarks(document, pages));
}

/** Lays a page out into a file of its own and reads it back. */
export async function layOutToBytes(job: Omit<LayoutJob, 'output'>): Promise<Uint8Array> {
  const directory = await mkdtemp(join(tmpdir(), 'kyodo-pdf-'));
  try {
    const output = join(directory, 'out.pdf');
    await layOut({ ...job, output });
    return new Uint8Array(await readFile(output));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
