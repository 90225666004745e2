import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../chromium.ts';
import { greyInBlackInk, registration, reserveMap } from './inks.ts';

/**
 * The print engine: Vivliostyle (CSS Paged Media) laying out a served print page into a PDF, on
 * the system Chromium. It does what Chromium's own printing cannot: left and right pages, blank
 * pages before right-hand chapter openings, running heads from the text, bleed and crop marks,
 * and CMYK output for the print shop.
 */

/** What a print shop's version adds: 3 mm of bleed laid out by the page's own CSS, Japanese crop marks in registration colour, inks from the palette. */
export const pressBleed = '3mm';

export interface LayoutJob {
  /** The print page, served over HTTP: root-relative addresses (fonts, styles) need a server. */
  url: string;
  /** Where the PDF is written. */
  output: string;
  /** The print shop's version: bleed, marks and CMYK; otherwise the reading version (RGB, trim size). */
  press?: boolean;
  /** Style sheet text added after the page's own (e.g. page numbers found by a previous layout). */
  css?: string;
  /**
   * Options for Vivliostyle's viewer, as its URL writes them (e.g. `pixelRatio=0`: text drawn at its own size,
   * not at 8 times over, which makes the PDF's content about a third as large).
   */
  viewerParam?: string;
}

/** A layout the engine refused, with what it said. */
export class LayoutFailure extends Error {}

type Build = typeof import('@vivliostyle/cli').build;
let loaded: Promise<{ build: Build; browser: string }> | undefined;

/**
 * Loads Vivliostyle once per process (about 6 s) and writes the wrapper through which it starts
 * the system Chromium: its API takes a browser's path but no command-line flags.
 */
function engine() {
  loaded ??= (async () => {
    const { build } = await import('@vivliostyle/cli');
    const browser = join(await mkdtemp(join(tmpdir(), 'kyodo-chromium-')), 'chromium');
    await writeFile(browser, `#!/bin/sh\nexec ${JSON.stringify(chromiumPath)} ${chromiumArgs.join(' ')} "$@"\n`);
    await chmod(browser, 0o755);
    return { build, browser };
  })();
  return loaded;
}

/** Vivliostyle keeps one browser per process in module state: two layouts at once close each other's. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Lays out one print page as a PDF. Anything the engine reports as an error (a style sheet or
 * font it could not load, a colour without an ink) fails the layout with its words; warnings
 * are returned.
 */
export function layOut(job: LayoutJob): Promise<string[]> {
  const run = queue.then(() => layOutNow(job));
  queue = run.catch(() => undefined);
  return run;
}

async function layOutNow({ url, output, press = false, css = '', viewerParam }: LayoutJob): Promise<string[]> {
  const { build, browser } = await engine();
  const warnings: string[] = [];
  const errors: string[] = [];
  const plain = (message: string) => message.replace(/\x1b\[[0-9;]*m/g, '').trim();
  await build({
    input: url,
    output: [{ path: output, format: 'pdf', ...(press ? { pdfPostprocess: { cmyk: { reserveMap, fallback: greyInBlackInk, ifUnmappedColorsFound: 'error' } } } : {}) }],
    executableBrowser: browser,
    ...(press ? { cropMarks: true, bleed: pressBleed } : {}),
    ...(viewerParam ? { viewerParam } : {}),
    // The engine refuses an empty style sheet.
    ...(press || css ? { css: `${press ? `@page { crop-marks-line-color: ${registration}; }\n` : ''}${css}` } : {}),
    timeout: 300_000,
    logLevel: 'info',
    logger: {
      info: () => undefined,
      warn: (message: string) => warnings.push(plain(message)),
      error: (message: string) => errors.push(plain(message)),
    },
  }).catch((error: unknown) => errors.push(plain(error instanceof Error ? error.message : String(error))));
  // Its warnings say what an error is about (e.g. which colour had no ink).
  if (errors.length > 0) throw new LayoutFailure(`${url} を PDF に組めませんでした（Vivliostyle）:\n${[...errors, ...warnings].join('\n')}`);
  return warnings;
}
