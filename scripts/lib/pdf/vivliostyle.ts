import { fork, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../chromium.ts';
import { greyInBlackInk, registration, reserveMap } from './inks.ts';
import { defaultConcurrency } from './pool.ts';
import { hideDraftMarkCss, press as pressRules } from './press.ts';

/**
 * The print engine: Vivliostyle (CSS Paged Media) laying out a served print page into a PDF, on
 * the system Chromium. It does what Chromium's own printing cannot: left and right pages, blank
 * pages before right-hand chapter openings, running heads from the text, bleed and crop marks,
 * and CMYK output for the print shop.
 */

export interface LayoutJob {
  /** The print page, served over HTTP: root-relative addresses (fonts, styles) need a server. */
  url: string;
  /** Where the PDF is written. */
  output: string;
  /**
   * The print shop's version: 3 mm of bleed (what touches the trim is carried past it by the
   * page's own CSS), Japanese crop and centre marks in registration colour with the trim 16 mm
   * in from the sheet's edge (the engine's default crop offset, press.ts), and inks from the
   * palette (inks.ts). Otherwise the reading version: the finished size, in RGB.
   */
  press?: boolean;
  /** Style sheet text added after the page's own (e.g. page numbers found by a previous layout). */
  css?: string | undefined;
  /**
   * Options for Vivliostyle's viewer, as its URL writes them (e.g. `pixelRatio=0`: text drawn at its own size,
   * not at 8 times over, which makes the PDF's content about a third as large).
   */
  viewerParam?: string | undefined;
}

/** A layout the engine refused, with what it said. */
export class LayoutFailure extends Error {}

type Build = typeof import('@vivliostyle/cli').build;
let loaded: Promise<{ build: Build; browser: string }> | undefined;

/**
 * Loads Vivliostyle once per process (about 2 s; 3 s without Node's compile cache, compile-cache.ts)
 * and writes the wrapper through which it starts the system Chromium: its API takes a browser's
 * path but no command-line flags.
 */
function loadVivliostyle() {
  loaded ??= (async () => {
    const { build } = await import('@vivliostyle/cli');
    const browser = join(await mkdtemp(join(tmpdir(), 'kyodo-chromium-')), 'chromium');
    await writeFile(browser, `#!/bin/sh\nexec ${JSON.stringify(chromiumPath)} ${chromiumArgs.join(' ')} "$@"\n`);
    await chmod(browser, 0o755);
    return { build, browser };
  })();
  return loaded;
}

/**
 * Lays out one print page as a PDF. Anything the engine reports as an error (a style sheet or
 * font it could not load, a colour without an ink) fails the layout with its words; warnings
 * are returned.
 *
 * Vivliostyle keeps its browser in module state, so two layouts in one process close each
 * other's browser: each layout runs in one of a few engine processes (vivliostyle-process.ts),
 * one per core, each taking one job at a time. An idle engine process does not keep this one
 * alive; closeLayoutEngine() ends them at once.
 */
export function layOut(job: LayoutJob): Promise<string[]> {
  return new Promise((resolve, reject) => {
    waiting.push({ job, resolve, reject });
    dispatch();
  });
}

/** Ends the engine processes (each would otherwise wait for more work). */
export function closeLayoutEngine(): void {
  for (const engine of engines) engine.child.disconnect();
  engines.length = 0;
}

interface Waiting {
  job: LayoutJob;
  resolve: (warnings: string[]) => void;
  reject: (error: Error) => void;
}
interface EngineProcess {
  child: ChildProcess;
  busy?: Waiting | undefined;
}
const waiting: Waiting[] = [];
const engines: EngineProcess[] = [];
let nextId = 0;

function dispatch(): void {
  while (waiting.length > 0) {
    let engine = engines.find((candidate) => !candidate.busy);
    if (!engine && engines.length < defaultConcurrency()) engine = startEngine();
    if (!engine) return;
    const next = waiting.shift()!;
    engine.busy = next;
    engine.child.ref();
    engine.child.channel?.ref();
    engine.child.send({ id: nextId++, job: next.job });
  }
}

function startEngine(): EngineProcess {
  const child = fork(fileURLToPath(new URL('./vivliostyle-process.ts', import.meta.url)), { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const engine: EngineProcess = { child };
  child.on('message', (message: { warnings?: string[]; error?: string }) => {
    const done = engine.busy!;
    engine.busy = undefined;
    if (message.error !== undefined) done.reject(new LayoutFailure(message.error));
    else done.resolve(message.warnings ?? []);
    dispatch();
    if (!engine.busy) {
      engine.child.unref();
      engine.child.channel?.unref();
    }
  });
  child.on('exit', (code) => {
    engines.splice(engines.indexOf(engine), 1);
    engine.busy?.reject(new LayoutFailure(`組版のプロセスが途中で終わりました（終了コード ${code}）。`));
  });
  engines.push(engine);
  return engine;
}

/** Lays out one job in this process: what an engine process does with each job it is sent. */
export async function layOutHere({ url, output, press = false, css = '', viewerParam }: LayoutJob): Promise<string[]> {
  const { build, browser } = await loadVivliostyle();
  const warnings: string[] = [];
  const errors: string[] = [];
  const plain = (message: string) => message.replace(/\x1b\[[0-9;]*m/g, '').trim();
  await build({
    input: url,
    // Its working files (the colour map the viewer reads) go beside the PDF, never into the project or a neighbour's job.
    cwd: dirname(output),
    output: [{ path: output, format: 'pdf', ...(press ? { pdfPostprocess: { cmyk: { reserveMap, fallback: greyInBlackInk, ifUnmappedColorsFound: 'warn' } } } : {}) }],
    executableBrowser: browser,
    ...(press ? { cropMarks: true, bleed: `${pressRules.bleedMm}mm` } : {}),
    ...(viewerParam ? { viewerParam } : {}),
    // The engine refuses an empty style sheet.
    // A press layout draws no draft mark inside the trim: draft-mark.ts puts it in the slug.
    ...(press || css ? { css: `${press ? `@page { crop-marks-line-color: ${registration}; }\n${hideDraftMarkCss}` : ''}${css}` } : {}),
    timeout: 300_000,
    logLevel: 'info',
    logger: {
      info: () => undefined,
      warn: (message: string) => warnings.push(plain(message)),
      error: (message: string) => errors.push(plain(message)),
    },
  }).catch((error: unknown) => errors.push(plain(error instanceof Error ? error.message : String(error))));
  if (errors.length > 0) throw new LayoutFailure(`${url} を PDF に組めませんでした（Vivliostyle）:\n${errors.join('\n')}`);
  // Vivliostyle names each colour it could not map only in a warning; a press PDF with one is refused here, by name.
  const unmapped = warnings.flatMap((warning) => {
    const colour = /RGB color not mapped to CMYK: (\{.*\})/.exec(warning)?.[1];
    return colour ? [cssHex(JSON.parse(colour) as { r: number; g: number; b: number })] : [];
  });
  if (unmapped.length > 0) {
    throw new LayoutFailure(`${url} の印刷会社向けの版に、インキの決まっていない色 ${unmapped.join('、')} があります。scripts/lib/pdf/inks.ts の表にその色のインキ（CMYK）を書き足すか、表にある色を使ってください。`);
  }
  return warnings;
}

/** A colour as Vivliostyle reports it (0–10000 per channel) written as in CSS. */
const cssHex = ({ r, g, b }: { r: number; g: number; b: number }) => `#${[r, g, b].map((channel) => Math.round((channel / 10000) * 255).toString(16).padStart(2, '0')).join('')}`;
