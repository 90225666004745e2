import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { layOut } from '../../scripts/lib/pdf/vivliostyle.ts';
import { comparable, describeBreakProblem, describeBreakProblems, findBreakProblems, readBodyLines, type BreakProblem } from '../../scripts/lib/pdf/book/break-check.ts';

// Fixture PDFs printed by Chromium: A4, 20 mm margins, a running head in the top margin and a folio in
// the bottom one, text in the system's Japanese font. Every size is in points and every line box 20 pt
// tall, so where text lands can be worked out from the CSS. The checker only reads text and positions,
// so these test its rules; the guidebook itself is laid out by Vivliostyle, and the last block lays out
// one fixture with Vivliostyle to show that its PDF's text is read the same way.

const mm = 72 / 25.4;
/** Chromium's A4 page is 841.92 pt tall (it rounds 297 mm = 841.89 pt). */
const pageHeight = 841.92;
const body = { top: 20 * mm, bottom: pageHeight - 20 * mm };
/** 841.92 − 2 × 56.69 = 728.54 pt. */
const bodyHeight = body.bottom - body.top;

const runningHead = '職員向けガイドブック';
const heading = '対等の原則';
const longHeading = '協働事業を進めるときの役割分担と責任の所在';

function page(content: string): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
    @page {
      size: A4;
      margin: 20mm;
      @top-left { content: '${runningHead}'; font-size: 8pt; }
      @bottom-center { content: counter(page); font-size: 9pt; }
    }
    html, body { margin: 0; padding: 0; }
    body { font-family: sans-serif; font-size: 10pt; line-height: 20pt; }
    h2 { margin: 0; font-size: 14pt; line-height: 20pt; }
    p { margin: 0; }
    .spacer { break-inside: avoid; }
  </style></head><body>${content}</body></html>`;
}

const spacer = (points: number) => `<div class="spacer" style="height: ${points}pt"></div>`;
const sentence = '区と団体は、互いの考えを尊重し、対等な関係で協働します。';
const paragraph = `<p>${sentence}</p>`;

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});
afterAll(async () => {
  await browser?.close();
});

async function print(html: string): Promise<Uint8Array> {
  const tab = await browser.newPage();
  try {
    await tab.setContent(page(html));
    return new Uint8Array(await tab.pdf({ preferCSSPageSize: true }));
  } finally {
    await tab.close();
  }
}

const keepWithNext = [heading, longHeading, '例', '見直しの方法は次のとおりです。'];
const check = (pdf: Uint8Array, mayBeShort: Iterable<number> = []) => findBreakProblems(pdf, { keepWithNext, body, mayBeShort: new Set(mayBeShort) });
const stranded = (problems: BreakProblem[]) => problems.filter((problem) => problem.kind === 'stranded');

describe('stranded texts', () => {
  // A 700 pt spacer, then the heading's 20 pt line: it ends 720 pt into the 728.5 pt body, and the
  // paragraph's first line (20 pt more) no longer fits, so it goes to page 2 and the heading stays.
  const headingAtFoot = (headingStyle = '') => `${spacer(700)}<h2 style="${headingStyle}">${heading}</h2>${paragraph}${paragraph}`;

  test('a heading at the foot of page 1, its paragraph on page 2, is stranded on page index 0', async () => {
    const pdf = await print(headingAtFoot());
    const pages = await readBodyLines(pdf, body);
    expect(pages.map((lines) => lines.map((line) => line.text))).toEqual([[heading], [sentence, sentence]]);
    expect(stranded(await check(pdf, [1]))).toEqual([{ kind: 'stranded', pageIndex: 0, text: heading }]);
  });

  test('with break-after: avoid, Chromium moves the heading to page 2 and nothing is stranded', async () => {
    const pdf = await print(headingAtFoot('break-after: avoid'));
    const pages = await readBodyLines(pdf, body);
    expect(pages[1]![0]!.text).toBe(heading);
    expect(stranded(await check(pdf))).toEqual([]);
  });

  test('a heading that wraps onto two lines at the foot of a page is stranded', async () => {
    // 21 characters of 14 pt in a 168 pt (12 em) box: 12 on the first line, 9 on the second, 40 pt in all.
    // After a 680 pt spacer it ends 720 pt down; the paragraph goes overleaf.
    const pdf = await print(`${spacer(680)}<h2 style="width: 168pt">${longHeading}</h2>${paragraph}`);
    const lines = (await readBodyLines(pdf, body))[0]!;
    expect(lines.map((line) => line.text)).toEqual([longHeading.slice(0, 12), longHeading.slice(12)]);
    expect(stranded(await check(pdf))).toEqual([{ kind: 'stranded', pageIndex: 0, text: longHeading }]);
  });

  test('a label and a list lead-in are stranded too, compared without whitespace', async () => {
    // 見 is also a radical's glyph in Noto Sans CJK JP: the PDF's text then reads ⾒, which comparable() folds back.
    const pdf = await print(`${spacer(680)}<p>見直しの方法は 次のとおりです。</p><p>例</p>${paragraph}${paragraph}`);
    expect(stranded(await check(pdf))).toEqual([{ kind: 'stranded', pageIndex: 0, text: '例' }]);
    const leadIn = await print(`${spacer(700)}<p>見直しの方法は 次のとおりです。</p><ul><li>${paragraph}</li><li>${paragraph}</li></ul>`);
    expect(stranded(await check(leadIn))).toEqual([{ kind: 'stranded', pageIndex: 0, text: '見直しの方法は次のとおりです。' }]);
  });

  test('a paragraph whose last line ends in 「例」 at the foot of a page is not stranded', async () => {
    const ending = '次は、区と団体が協働した事業の例';
    const pdf = await print(`${spacer(680)}${paragraph}<p>${ending}</p>${paragraph}${paragraph}`);
    const lines = (await readBodyLines(pdf, body))[0]!;
    expect(lines.at(-1)!.text).toBe(ending);
    expect(stranded(await check(pdf))).toEqual([]);
  });
});

describe('short pages', () => {
  // Page 1: a 223 pt spacer and one 20 pt line, which ends 243 pt down the body, a third of its
  // 728.5 pt; then a forced break. The empty share below it: (728.5 − 243) / 728.5 = 0.666. The
  // checker measures from the glyphs' bottom, a few points above the line box's: well within 0.05.
  const expected = (bodyHeight - 243) / bodyHeight;
  const thirdFull = `${spacer(223)}${paragraph}<h2 style="break-before: page">${heading}</h2>${paragraph}`;

  test('a page whose text ends a third of the way down is short', async () => {
    const problems = await check(await print(thirdFull), [1]);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ kind: 'short-page', pageIndex: 0, text: sentence, maxEmpty: 0.4 });
    expect(Math.abs((problem as { emptyFraction: number }).emptyFraction - expected)).toBeLessThan(0.05);
  });

  test('not when the page may be short, nor when more emptiness is allowed', async () => {
    const pdf = await print(thirdFull);
    expect(await check(pdf, [0, 1])).toEqual([]);
    expect(await findBreakProblems(pdf, { keepWithNext, body, mayBeShort: new Set([1]), maxEmpty: 0.7 })).toEqual([]);
  });

  test('a page without body text is fully empty, unless it may be short', async () => {
    const pdf = await print(`${paragraph}<div style="break-before: page; height: 10pt"></div><p style="break-before: page">${'協働'.repeat(10)}</p>`);
    const problems = await check(pdf, [0, 2]);
    expect(problems).toEqual([{ kind: 'short-page', pageIndex: 1, text: '', emptyFraction: 1, maxEmpty: 0.4 }]);
    expect(await check(pdf, [0, 1, 2])).toEqual([]);
  });
});

describe('margins', () => {
  test('the folio in the bottom margin and the running head in the top one are never body lines', async () => {
    // The heading ends 720 pt down the body; the folio, 「1」, sits in the middle of the 56.7 pt margin below it.
    const pdf = await print(`${spacer(700)}<h2>${heading}</h2>${paragraph}`);
    const [first] = await readBodyLines(pdf, body);
    expect(first!.map((line) => line.text)).toEqual([heading]);
    // The whole page as the body: then the running head comes first and the folio last, so the filter is what keeps them out.
    const [whole] = await readBodyLines(pdf, { top: 0, bottom: pageHeight });
    expect(whole!.map((line) => line.text)).toEqual([runningHead, heading, '1']);
    // A full page is not short, and the folio does not make it look full when it is not.
    expect(await check(pdf, [1])).toEqual([{ kind: 'stranded', pageIndex: 0, text: heading }]);
    const short = await check(await print(`${paragraph}<p style="break-before: page">${paragraph}</p>`), [1]);
    expect(short).toMatchObject([{ kind: 'short-page', pageIndex: 0 }]);
    expect((short[0] as { emptyFraction: number }).emptyFraction).toBeGreaterThan(0.95);
  });
});

describe('comparing texts', () => {
  test('radicals that Chromium writes for shared glyphs read as the ideographs', () => {
    expect(comparable('⾒出し ⺠間 ⻑期')).toBe('見出し民間長期');
    expect(comparable('見直しの方法は\u200b次の とおりです。')).toBe('見直しの方法は次のとおりです。');
  });
});

describe('build log lines', () => {
  test('a stranded text and a short page, by physical page number', () => {
    const problems: BreakProblem[] = [
      { kind: 'stranded', pageIndex: 11, text: heading },
      { kind: 'short-page', pageIndex: 19, text: '以上が協働の進め方です。', emptyFraction: 0.7712, maxEmpty: 0.4 },
    ];
    expect(describeBreakProblems(problems)).toEqual([
      '12 ページ目: 「対等の原則」がページの最後にあり、続く本文が次のページに送られています。',
      '20 ページ目: 本文の下が 77% 空いています（章の最後のページ以外は 40% まで）。最後の行は「以上が協働の進め方です。」です。',
    ]);
  });

  test('with the printed page number when the caller knows it', () => {
    const folio = (pageIndex: number) => (pageIndex === 0 ? undefined : pageIndex);
    expect(describeBreakProblem({ kind: 'stranded', pageIndex: 11, text: '例' }, folio)).toBe('12 ページ目（ノンブル 11）: 「例」がページの最後にあり、続く本文が次のページに送られています。');
    expect(describeBreakProblem({ kind: 'short-page', pageIndex: 0, text: '', emptyFraction: 1, maxEmpty: 0.4 }, folio)).toBe(
      '1 ページ目: 本文が 1 行もありません（章の最後のページ以外は、空いてよいのは 40% まで）。',
    );
  });

  test('a share just over the limit does not read as the limit', () => {
    expect(describeBreakProblem({ kind: 'short-page', pageIndex: 2, text: '本文', emptyFraction: 0.402, maxEmpty: 0.4 })).toContain('本文の下が 41% 空いています');
  });
});

describe('a page laid out by Vivliostyle, as the guidebook is', () => {
  // The same page in BIZ UDPGothic (from @fontsource, as the site's fonts are), laid out by Vivliostyle with
  // the guidebook's viewer options. Vivliostyle's A4 is 841.89 pt tall. Its own style sheet keeps
  // headings with what follows (h1–h6 break-after: avoid): this heading is allowed to end a page.
  const vivliostyleBody = { top: 20 * mm, bottom: 841.89 - 20 * mm };
  let laidOut: Uint8Array;
  beforeAll(async () => {
    const directory = await mkdtemp(join(tmpdir(), 'kyodo-break-check-'));
    try {
      const fonts = fileURLToPath(new URL('../../node_modules/@fontsource/biz-udpgothic/', import.meta.url));
      await writeFile(join(directory, '400.css'), await readFile(join(fonts, '400.css')));
      for (const file of (await readdir(join(fonts, 'files'))).filter((name) => name.endsWith('-400-normal.woff2'))) await cp(join(fonts, 'files', file), join(directory, 'files', file));
      const html = page(`${spacer(700)}<h2 style="break-after: auto">${heading}</h2>${paragraph}${paragraph}`)
        .replace('<style>', '<link rel="stylesheet" href="/400.css"><style>')
        .replace(/font-family: sans-serif;/, "font-family: 'BIZ UDPGothic';")
        .replace(/font-size: 8pt;/, "font-size: 8pt; font-family: 'BIZ UDPGothic';")
        .replace(/font-size: 9pt;/, "font-size: 9pt; font-family: 'BIZ UDPGothic';")
        .replace('<head>', '<head><title>fixture</title>');
      await writeFile(join(directory, 'index.html'), html);
      const server = await serveStatic(directory);
      try {
        await layOut({ url: server.url, output: join(directory, 'out.pdf'), viewerParam: 'pixelRatio=0' });
      } finally {
        void server.close();
      }
      laidOut = new Uint8Array(await readFile(join(directory, 'out.pdf')));
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }, 120_000);

  test('its text is read as lines, each once, the running head and folio outside the body', async () => {
    const pages = await readBodyLines(laidOut, vivliostyleBody);
    expect(pages.map((lines) => lines.map((line) => line.text))).toEqual([[heading], [sentence, sentence]]);
    const [whole] = await readBodyLines(laidOut, { top: 0, bottom: 841.89 });
    expect(whole!.map((line) => line.text)).toEqual([runningHead, heading, '1']);
  });

  test('the heading at the foot of page 1 is stranded; with the lines given, the PDF is not read again', async () => {
    const problems = await findBreakProblems(laidOut, { keepWithNext, body: vivliostyleBody, mayBeShort: new Set([1]) });
    expect(problems).toEqual([{ kind: 'stranded', pageIndex: 0, text: heading }]);
    const lines = await readBodyLines(laidOut, vivliostyleBody);
    expect(await findBreakProblems(new Uint8Array(), { keepWithNext, body: vivliostyleBody, mayBeShort: new Set([1]), lines })).toEqual(problems);
  });
});
