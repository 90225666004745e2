import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// Page breaks a print designer would reject, read from the finished PDF: a heading, a label such
// as 「例」 or a list's lead-in left as the last text of a page while what it introduces went
// overleaf, and pages left mostly empty in the middle of a chapter. Only the text is read (pdf.js),
// so a page filled by a picture without text counts as empty.

/** The text area of a page, in PDF points measured from the top of the page. */
export interface BodyArea {
  top: number;
  bottom: number;
}

/** One line of a page's body: items on one baseline, left to right. */
export interface BodyLine {
  /** The line's text as printed, items joined without separators. */
  text: string;
  /** Its baseline, in points from the top of the page. */
  baseline: number;
  /** The bottom of its lowest glyph box, in points from the top of the page. */
  bottom: number;
}

export type BreakProblem =
  | {
      /** A text that must stay with what follows it is the last text on the page. */
      kind: 'stranded';
      /** 0-based page index. */
      pageIndex: number;
      /** The stranded text, as given in keepWithNext. */
      text: string;
    }
  | {
      /** The body is emptier below its last line than allowed. */
      kind: 'short-page';
      pageIndex: number;
      /** The page's last body line, to find the place by; empty when the page has no body text. */
      text: string;
      /** Empty share of the body below the last line: 0 for a full page, 1 for one without body text. */
      emptyFraction: number;
      /** The largest share that was allowed. */
      maxEmpty: number;
    };

export interface BreakCheckOptions {
  /** Texts that must never be the last text on a page: headings, labels such as 「例」, list lead-ins. Whitespace-insensitive. */
  keepWithNext: readonly string[];
  /** The text area (body) of a page; text outside it (running heads, folios in the margins) is ignored. */
  body: BodyArea;
  /** 0-based page indexes not checked for emptiness (cover, blank pages, a chapter's last page, the back cover …). */
  mayBeShort: ReadonlySet<number>;
  /** Largest allowed empty share of the body below the last text line. */
  maxEmpty?: number;
  /** The body's lines of each page, when already read (readBodyLines); otherwise they are read from the PDF. */
  lines?: readonly (readonly BodyLine[])[];
}

/** Default for BreakCheckOptions.maxEmpty: the designer's review found pages 35–77 % blank; under 40 % reads as a full page. */
export const defaultMaxEmpty = 0.4;

/** The most lines a keep-with-next text may wrap onto: a long heading or lead-in takes two or three. */
const maxStrandedLines = 3;

/**
 * Where a Japanese glyph sits around its baseline, as a share of the font size: the ideographic
 * em box runs from 0.88 em above the baseline to 0.12 em below it. pdf.js reports no ascent or
 * descent for the fonts Chromium embeds, so these stand in for them.
 */
const ascentShare = 0.88;
const descentShare = 0.12;

/** Items whose baselines differ by less than this share of the smaller font size are on one line (rounding; mixed sizes). */
const baselineTolerance = 0.3;

/**
 * The PDF's page breaks that leave a keep-with-next text last on a page, and the pages, other
 * than those that may be short, emptier below their last line than options.maxEmpty. In page order.
 */
export async function findBreakProblems(pdf: Uint8Array, options: BreakCheckOptions): Promise<BreakProblem[]> {
  const maxEmpty = options.maxEmpty ?? defaultMaxEmpty;
  const height = options.body.bottom - options.body.top;
  if (!(height > 0)) throw new Error(`本文の範囲（上 ${options.body.top} pt、下 ${options.body.bottom} pt）の下端が上端より上にあります。`);
  const wanted = new Map<string, string>();
  for (const text of options.keepWithNext) {
    const key = comparable(text);
    if (key !== '') wanted.set(key, text);
  }
  const problems: BreakProblem[] = [];
  (options.lines ?? (await readBodyLines(pdf, options.body))).forEach((lines, pageIndex) => {
    // The last one, two or three lines together: a match must begin where a line begins, so running
    // text that merely ends in 「例」 is not one.
    let tail = '';
    for (let count = 1; count <= Math.min(maxStrandedLines, lines.length); count++) {
      tail = comparable(lines[lines.length - count]!.text) + tail;
      const text = wanted.get(tail);
      if (text !== undefined) {
        problems.push({ kind: 'stranded', pageIndex, text });
        break;
      }
    }
    if (options.mayBeShort.has(pageIndex)) return;
    const last = lines.at(-1);
    const emptyFraction = last ? Math.min(1, Math.max(0, (options.body.bottom - last.bottom) / height)) : 1;
    if (emptyFraction > maxEmpty) problems.push({ kind: 'short-page', pageIndex, text: last?.text ?? '', emptyFraction, maxEmpty });
  });
  return problems;
}

/**
 * Every page's body text as lines, top to bottom (one array per page). One pdf.js load, pages
 * one after another, each released once read: the guidebook has about 90.
 */
export async function readBodyLines(pdf: Uint8Array, body: BodyArea): Promise<BodyLine[][]> {
  // pdf.js takes the buffer over, so it gets a copy; no fonts are drawn, only their text read.
  const document = await getDocument({ data: pdf.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: BodyLine[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [left = 0, , , pageTop = 0] = page.view;
      const items: { text: string; x: number; baseline: number; size: number }[] = [];
      for (const item of (await page.getTextContent()).items) {
        // Marked-content markers have no text; empty items only mark line ends.
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        const size = item.height > 0 ? item.height : Math.hypot(c, d);
        // PDF coordinates run up from the bottom of the page; the body is measured down from its top.
        const baseline = pageTop - y;
        const middle = baseline - ((ascentShare - descentShare) / 2) * size;
        if (middle < body.top || middle > body.bottom) continue;
        items.push({ text: item.str, x: x - left, baseline, size });
      }
      pages.push(groupLines(items));
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** Text items grouped into lines by baseline, top to bottom, each line's items left to right. */
function groupLines(items: { text: string; x: number; baseline: number; size: number }[]): BodyLine[] {
  const lines: (typeof items)[] = [];
  for (const item of [...items].sort((a, b) => a.baseline - b.baseline || a.x - b.x)) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && item.baseline - first.baseline <= baselineTolerance * Math.min(item.size, first.size)) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => ({
    text: line
      .sort((a, b) => a.x - b.x)
      .map((item) => item.text)
      .join('')
      .trim(),
    baseline: Math.max(...line.map((item) => item.baseline)),
    bottom: Math.max(...line.map((item) => item.baseline + descentShare * item.size)),
  }));
}

/**
 * Characters that a PDF's text may carry in place of the ideograph it shows. Chromium names each
 * glyph by the lowest code point the font maps to it, and Japanese fonts such as Noto Sans CJK JP
 * share the glyph of 見 or 民 with a radical: the text then reads ⾒ (Kangxi radical, which NFKC
 * folds back) or ⺠ (CJK Radicals Supplement, which NFKC leaves). This is the supplement's part,
 * as Chromium writes it with Noto Sans CJK JP, for the ideographs of U+4E00–9FFF.
 */
const radicalIdeographs = new Map(
  [
    ...'⺂乛⺃乚⺅亻⺉刂⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺦丬⺨犭⺫罒⺭礻⺯糹⺰纟⺱罓⺹耂⺺肀⺾艹⻂衤⻃覀⻄西⻅见⻈讠⻉贝⻋车⻍辶⻐钅⻑長⻒镸⻓长⻖阝⻘青⻙韦⻚页⻛风⻜飞⻟飠⻠饣⻢马⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻲亀⻳龟',
  ].flatMap((char, index, chars) => (index % 2 === 0 ? [[char, chars[index + 1]!] as const] : [])),
);

/** The form in which texts are compared: NFKC, radicals as ideographs, no whitespace or zero-width characters. */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2e80-\u2eff]/gu, (char) => radicalIdeographs.get(char) ?? char)
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/gu, '');
}

/** How each problem reads in the build log. folio, when given, adds the printed page number (ノンブル) of a page index. */
export function describeBreakProblems(problems: readonly BreakProblem[], folio?: (pageIndex: number) => number | string | undefined): string[] {
  return problems.map((problem) => describeBreakProblem(problem, folio));
}

/** One problem as a line for the build log, naming the page by its 1-based physical number. */
export function describeBreakProblem(problem: BreakProblem, folio?: (pageIndex: number) => number | string | undefined): string {
  const printed = folio?.(problem.pageIndex);
  const page = `${problem.pageIndex + 1} ページ目${printed === undefined || printed === '' ? '' : `（ノンブル ${printed}）`}`;
  if (problem.kind === 'stranded') return `${page}: 「${problem.text}」がページの最後にあり、続く本文が次のページに送られています。`;
  const allowed = Math.round(problem.maxEmpty * 100);
  if (problem.text === '') return `${page}: 本文が 1 行もありません（章の最後のページ以外は、空いてよいのは ${allowed}% まで）。`;
  // Rounded, a share just over the limit would read as the limit itself.
  const empty = Math.max(Math.round(problem.emptyFraction * 100), allowed + 1);
  return `${page}: 本文の下が ${empty}% 空いています（章の最後のページ以外は ${allowed}% まで）。最後の行は「${problem.text}」です。`;
}
