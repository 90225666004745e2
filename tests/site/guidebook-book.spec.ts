import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../helpers/test.ts';
import { builtHtml, contentFrontmatter, distDir } from '../helpers/site.ts';
import { dataFile } from '../helpers/content.ts';
import { decodeQr, mm, pageLines, pageText, pageWords, pdfInfo } from '../helpers/pdf.ts';

// The printed guidebook read back as a print designer reads a book: from the PDF's text and its
// positions (pdftotext), against expectations written here from the book's rules.

const file = join(distDir, 'downloads', 'kyodo-guidebook.pdf');
const pageCount = pdfInfo(file).pages;
const width = 594.96;
const height = 841.92;
/** The text area: 24 mm from the top, 22 mm from the bottom; 32 mm on the binding side, 29.5 mm outside. */
const bodyTop = mm(24);
const bodyBottom = height - mm(22);
const squash = (text: string) => text.replace(/\s+/g, '');
/** Physical page (1-based) of a printed page number: the cover (表1) comes first and is not counted. */
const physicalOf = (printed: number) => printed + 1;
/** A right-hand page is an odd page of the book block: page 1 is on the right. */
const isRecto = (physical: number) => (physical - 1) % 2 === 1;
/** The book block: every page but 表1 and 表4; its last is the colophon. */
const blockPages = pageCount - 2;
const colophonPage = pageCount - 1;

const words = new Map<number, ReturnType<typeof pageWords>>();
const wordsOf = (page: number) => {
  if (!words.has(page)) words.set(page, pageWords(file, page));
  return words.get(page)!;
};
const headOf = (page: number) => wordsOf(page).filter((word) => word.yMax < bodyTop);
/** A draft build's mark in the foot, beside the folio (tests/site/draft-mark.spec.ts holds where it sits). */
const draftMark = '公開前の確認用';
const folioOf = (page: number) => wordsOf(page).filter((word) => word.yMin > bodyBottom && word.text !== draftMark);
const bodyOf = (page: number) => wordsOf(page).filter((word) => word.yMin >= bodyTop && word.yMax <= bodyBottom);
const centre = (word: { xMin: number; xMax: number }) => (word.xMin + word.xMax) / 2;

/** The chapters in order, and the appendix, as the contents must list them: 「第1章」 … 「付録」. */
const chapters = [
  ...contentFrontmatter('guidebook')
    .map(({ data }) => ({ title: String(data.title), order: Number(data.order) }))
    .sort((a, b) => a.order - b.order)
    .map((chapter, index) => ({ label: `第${index + 1}章`, title: chapter.title })),
  { label: '付録', title: '様式集' },
];

/** Where each chapter opens, read from the printed contents (its pages before chapter 1). */
function chapterOpenings(): { label: string; title: string; physical: number }[] {
  const contents = [2, 3, 4].map((page) => pageText(file, page)).join('\n');
  return chapters.map((chapter) => {
    const line = contents.split('\n').find((candidate) => squash(candidate).startsWith(squash(`${chapter.label}${chapter.title}`)));
    expect(line, `${chapter.label} ${chapter.title} in the contents`).toBeDefined();
    return { ...chapter, physical: physicalOf(Number(/(\d+)\s*$/.exec(line!)![1])) };
  });
}

test('the guidebook is a perfect-bound book: 表1, a block of whole 8-page signatures (at most 96 pages, at most 4 of them blank) ending in the colophon, and 表4', () => {
  // The page plan this book is held to: signatures of 8, at most 96 pages, at most 4 blank.
  expect(blockPages % 8).toBe(0);
  expect(blockPages).toBeLessThanOrEqual(96);
  const blank = Array.from({ length: blockPages }, (_, index) => index + 2).filter((page) => squash(pageText(file, page)) === '');
  expect(blank.length, `blank pages ${blank.join(', ')}`).toBeLessThanOrEqual(4);
  // Blank pages only fill the last signature: they stand together just before the colophon.
  blank.forEach((page, index) => expect(page).toBe(colophonPage - blank.length + index));
  expect(squash(pageText(file, 1))).toContain('職員向けガイドブック');
  expect(folioOf(1)).toEqual([]);
  expect(folioOf(2).map((word) => word.text)).toEqual(['1']);
  expect(squash(pageText(file, 2))).toContain('目次');
  const back = pageText(file, pageCount);
  expect(squash(back)).toContain('職員向けガイドブック');
  expect(back).not.toMatch(/^\s*\d+\s*$/m);
});

test('the colophon (奥付) on the last page of the block says what the book is, its date and edition, its publisher, its binding and its web address', () => {
  const settings = dataFile('siteSettings');
  const text = squash(pageText(file, colophonPage));
  expect(folioOf(colophonPage)).toEqual([]);
  for (const expected of ['職員向けガイドブック', '発行日', settings.guidebookEdition, '発行', settings.publisher, '無線綴じ', 'A4判', 'ウェブ版', new URL('guidebook/', settings.publicUrl).href]) {
    expect(text, expected).toContain(squash(expected));
  }
  // The date of issue, a Japanese date (2026年12月6日), then the edition.
  expect(text).toMatch(new RegExp(`\\d{4}年\\d{1,2}月\\d{1,2}日${settings.guidebookEdition}`));
  expect(text).toContain('区の正式な規程ではありません');
  // Its QR code leads to the guidebook on the site.
  expect(decodeQr(file, colophonPage)).toBe(new URL('guidebook/', settings.publicUrl).href);
});

test('the running text names no site address: a page only the site has gets a note mark, noted with its address at the end of its chapter', () => {
  const host = new URL(dataFile('siteSettings').publicUrl).host;
  const pages = Array.from({ length: pageCount }, (_, index) => pageText(file, index + 1));
  const all = pages.map(squash).join('');
  // The old notation, an address inside the sentence, is gone.
  expect(all).not.toContain('→サイト/');
  // Paper does not say 「このサイト」, and Japanese text has no half-width brackets.
  expect(all).not.toContain('このサイト');
  expect(all.match(/[ぁ-んァ-ヶ一-龠][()]|[()][ぁ-んァ-ヶ一-龠]/g) ?? []).toEqual([]);
  // Each chapter's notes, as the print page has them (read here from its HTML): every one printed
  // with its mark, words and address, under the chapter's heading for its notes.
  const html = builtHtml('/print/guidebook/');
  const notes = [...html.matchAll(/<li id="ch\d+-site-note-\d+"><span class="site-note-mark">(※\d+)<\/span>([^<]*)<span class="site-note-address">([^<]*)<\/span><\/li>/g)].map((match) => squash(`${match[1]}${match[2]}${match[3]}`));
  expect(notes.length).toBeGreaterThan(20);
  expect(all.split('この章で紹介したウェブサイトのページ').length - 1).toBeGreaterThanOrEqual(5);
  for (const note of notes) expect(all, note).toContain(note.replaceAll('&#x26;', '&'));
  // An address appears nowhere but in a note, the colophon and a QR code's caption.
  const stray = pages.flatMap((page, index) => page.split('\n').filter((line) => line.includes(`${host}/`) && !notes.some((note) => note.includes(squash(line)))).map((line) => ({ page: index + 1, line })));
  expect(stray.filter((found) => found.page !== colophonPage).map((found) => `${found.page}: ${found.line.trim()}`)).toEqual([]);
});

test('a PDF viewer shows the printed page numbers: 表1, then 1, 2, 3 …, and 表4 for the back cover', async () => {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0 }).promise;
  const labels = await document.getPageLabels();
  await document.destroy();
  expect(labels).toEqual(['表1', ...Array.from({ length: pageCount - 2 }, (_, index) => String(index + 1)), '表4']);
});

test('page numbers count every page from the second, sit on the outer corner, and are left off blank pages and the colophon', () => {
  for (let page = 2; page < colophonPage; page++) {
    const folio = folioOf(page);
    if (bodyOf(page).length === 0) {
      // A blank page: neither number nor head.
      expect(folio, `blank page ${page}`).toEqual([]);
      expect(headOf(page), `blank page ${page}`).toEqual([]);
      continue;
    }
    expect(folio.map((word) => word.text), `page ${page}`).toEqual([String(page - 1)]);
    // Outer corner: right on a right-hand page, left on a left-hand one, beyond the text's middle.
    if (isRecto(page)) expect(centre(folio[0]!), `page ${page}`).toBeGreaterThan(width * 0.75);
    else expect(centre(folio[0]!), `page ${page}`).toBeLessThan(width * 0.25);
  }
});

test('margins are mirrored: the binding side is wider, on the left of right-hand pages and the right of left-hand ones', () => {
  for (const page of [7, 8, 9, 10, 20, 21]) {
    const body = bodyOf(page);
    if (body.length === 0) continue;
    const left = Math.min(...body.map((word) => word.xMin));
    // 32 mm on the binding side, 29.5 mm outside (1 pt of slack for Chromium's rounding).
    expect(Math.abs(left - (isRecto(page) ? mm(32) : mm(29.5))), `page ${page} starts at ${left.toFixed(1)} pt`).toBeLessThan(1.5);
  }
});

test('every chapter opens at the top of a new page, of either side, without a running head; its other pages carry the book on the left and the chapter on the right', () => {
  const openings = chapterOpenings();
  expect(openings.some((chapter) => !isRecto(chapter.physical)), 'some chapter opens on a left-hand page').toBe(true);
  for (const [index, chapter] of openings.entries()) {
    const top = squash(
      bodyOf(chapter.physical)
        .slice(0, 4)
        .map((word) => word.text)
        .join(''),
    );
    expect(top, `${chapter.label} opens with its number and title`).toContain(squash(`${chapter.label}${chapter.title}`));
    expect(headOf(chapter.physical), `no running head on ${chapter.label}'s opening page`).toEqual([]);
    const end = openings[index + 1]?.physical ?? colophonPage;
    for (let page = chapter.physical + 1; page < end; page++) {
      const head = headOf(page);
      if (bodyOf(page).length === 0) continue;
      expect(head.length, `page ${page} has a running head`).toBeGreaterThan(0);
      const text = head.map((word) => word.text).join(' ');
      if (isRecto(page)) {
        // The label, then a space, then the title; the label's digits may stand apart (text-autospace: 「第 1 章」).
        const label = new RegExp(`^${[...chapter.label].join('\\s*')}\\s+\\S`);
        expect(label.test(text), `page ${page}: 「${text}」`).toBe(true);
        expect(Math.max(...head.map((word) => word.xMax))).toBeGreaterThan(width - mm(32));
      } else {
        expect(text).toBe('職員向けガイドブック');
        expect(Math.min(...head.map((word) => word.xMin))).toBeLessThan(mm(32));
      }
    }
  }
});

test('the contents give each chapter its number as the chapter and its running head do, with the numbers in one column', () => {
  // The last word of each line of a contents page, where it is a number: right-aligned in a column
  // of fixed width, every number of the page ends at the same x, chapters and sections alike.
  let count = 0;
  for (const page of [2, 3, 4]) {
    const body = pageWords(file, page).filter((word) => word.yMin < bodyBottom);
    const lines = Map.groupBy(body, (word) => Math.round(word.yMax));
    const numbers = [...lines.values()].map((line) => line.reduce((last, word) => (word.xMax > last.xMax ? word : last))).filter((word) => /^\d+$/.test(word.text));
    count += numbers.length;
    if (numbers.length > 0) expect(Math.max(...numbers.map((word) => word.xMax)) - Math.min(...numbers.map((word) => word.xMax)), `page ${page}`).toBeLessThan(0.5);
  }
  expect(count).toBeGreaterThan(chapters.length);
  expect(chapterOpenings().map((chapter) => chapter.label)).toEqual(chapters.map((chapter) => chapter.label));
});

test('every section of the contents is listed with the page its heading is printed on', () => {
  // The contents' lines after the chapters' own: a section's title, the dotted leader (a border, no text) and a number.
  const lines = [2, 3, 4].flatMap((page) => pageText(file, page).split('\n'));
  const chapterLines = new Set(chapters.map((chapter) => squash(`${chapter.label}${chapter.title}`)));
  const sections = lines
    .map((line) => /^\s*(.+?)\s+(\d+)\s*$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null && ![...chapterLines].some((chapter) => squash(match[1]!).startsWith(chapter)))
    .map((match) => ({ title: squash(match[1]!), printed: Number(match[2]) }));
  expect(sections.length).toBeGreaterThan(40);
  for (const section of sections) {
    expect(squash(pageText(file, physicalOf(section.printed))), `「${section.title}」 on page ${section.printed}`).toContain(section.title);
  }
});

test("the book's text is printed once: a paragraph of chapter 1 is found on one page only", () => {
  const sentence = '初めて協働事業を担当する人は、この章から読んでください。';
  const pages = Array.from({ length: pageCount }, (_, index) => index + 1).filter((page) => squash(pageText(file, page)).includes(sentence));
  expect(pages).toHaveLength(1);
});

test('every cross-reference prints the page its target is on', async ({ page }) => {
  await page.goto('/print/guidebook/');
  // What each reference points at, in the order of the book: the heading (or chapter title) of its target.
  const targets = await page.$$eval('.book-ref [data-page-ref]', (refs) =>
    refs.map((ref) => {
      const target = document.getElementById(ref.getAttribute('data-page-ref') ?? '');
      const heading = target?.matches('h1, h2, h3, h4') ? target : target?.querySelector('h1, h2, h3, h4');
      return heading?.textContent ?? '';
    }),
  );
  expect(targets.length).toBeGreaterThan(20);
  expect(targets.filter((text) => text === '')).toEqual([]);
  // The printed references, in page order, from the first chapter on (the contents explain the notation).
  const firstChapter = chapterOpenings()[0]!.physical;
  const printed: { page: number; number: number }[] = [];
  for (let physical = firstChapter; physical <= pageCount; physical++) {
    for (const match of squash(pageText(file, physical)).matchAll(/→(\d+)ページ）/g)) printed.push({ page: physical, number: Number(match[1]) });
  }
  expect(printed.length).toBe(targets.length);
  for (const [index, reference] of printed.entries()) {
    const text = squash(pageText(file, physicalOf(reference.number)));
    expect(text, `reference ${index + 1} on page ${reference.page} → ${reference.number}ページ: 「${targets[index]}」`).toContain(squash(targets[index]!));
  }
});

test('body text is justified at 40 characters to the line', () => {
  // A paragraph of chapter 1 (content/guidebook/understanding.mdx), written out here.
  const paragraph = '協働とは、活動主体と区が共通の目的のために力を合わせることです。この章では、協働事業を担当する前に知っておきたい考え方を説明します。初めて協働事業を担当する人は、この章から読んでください。';
  const opening = chapterOpenings()[0]!.physical;
  const lines = pageLines(file, opening).filter((line) => line.yMin > bodyTop && line.yMax < bodyBottom);
  const start = lines.findIndex((line) => paragraph.startsWith(squash(line.text)) && squash(line.text).length > 10);
  expect(start).toBeGreaterThanOrEqual(0);
  let read = '';
  const used: typeof lines = [];
  for (const line of lines.slice(start)) {
    if (read.length >= paragraph.length) break;
    read += squash(line.text);
    used.push(line);
  }
  expect(read).toBe(paragraph);
  expect(used.length).toBeGreaterThanOrEqual(3);
  const right = width - mm(29.5);
  for (const line of used.slice(0, -1)) {
    // A 、 or 。 at the end of a line may hang one em (10.5 pt) past the measure (hanging-punctuation: allow-end, ぶら下げ).
    const end = /[、。，．]$/.test(squash(line.text)) && line.xMax > right + 5 ? right + 10.5 : right;
    expect(Math.abs(line.xMax - end), `「${line.text}」 ends at ${line.xMax.toFixed(1)} pt`).toBeLessThan(1.5);
    expect([...squash(line.text)].length).toBeGreaterThanOrEqual(39);
    expect([...squash(line.text)].length).toBeLessThanOrEqual(41);
  }
});

test('a sentence in a table cell never leaves three characters or fewer alone on its last line', async ({ page }) => {
  const cells = await blocksAtPrintedWidth(page, '.chapter td');
  const sentences = cells.filter((cell) => cell.text.trim().endsWith('。') && cell.lines > 1);
  expect(sentences.length).toBeGreaterThan(10);
  expect(sentences.filter((cell) => cell.last <= 3).map((cell) => cell.text)).toEqual([]);
});

test('paragraphs that would end in a line of three characters or fewer are mended in print: at most a quarter remain', async ({ page }) => {
  test.setTimeout(120_000);
  // The page as written, measured at the printed width: which paragraphs would end in a short line.
  const blocks = (await blocksAtPrintedWidth(page, '.chapter > p, .chapter > ul > li, .chapter > ol > li')).filter((block) => !block.nested);
  const unmended = blocks.filter((block) => block.lines > 1 && block.last <= 3);
  expect(unmended.length).toBeGreaterThan(15);

  // The same paragraphs found in the PDF, line by line, after the chapter openings: digits folded
  // (the page's references say 00 until the renderer writes the numbers), list markers dropped.
  const fold = (text: string) => squash(text).replace(/\d/g, '0');
  const firstChapter = chapterOpenings()[0]!.physical;
  const pdfLines: string[] = [];
  for (let physical = firstChapter; physical <= pageCount; physical++) {
    for (const line of pageLines(file, physical)) if (line.yMin > bodyTop && line.yMax < bodyBottom) pdfLines.push(fold(line.text).replace(/^(?:•|◦|0+\.)/, ''));
  }
  let cursor = 0;
  let found = 0;
  const shortInPrint: string[] = [];
  for (const block of unmended) {
    const target = fold(block.text);
    for (let start = cursor; start < pdfLines.length; start++) {
      if (pdfLines[start]!.length < 4 || !target.startsWith(pdfLines[start]!)) continue;
      let read = '';
      let end = start;
      while (end < pdfLines.length && target.startsWith(read + pdfLines[end]!) && read.length < target.length) read += pdfLines[end++]!;
      if (read !== target) continue;
      found++;
      cursor = end;
      if ([...pdfLines[end - 1]!].length <= 3) shortInPrint.push(block.text.slice(-12));
      break;
    }
  }
  // Most of them are found in print (the rest span a box or a page in ways this reading does not follow).
  expect(found).toBeGreaterThan(unmended.length * 0.6);
  expect(shortInPrint.length, shortInPrint.join(' / ')).toBeLessThanOrEqual(Math.floor(found / 4));
});

/**
 * Each block of the print page matching `selector`, laid out in print media at the printed text
 * width (148.5 mm): its text, its number of lines and the characters on its last line, found from
 * each character's box (characters whose tops agree share a line).
 */
async function blocksAtPrintedWidth(page: import('@playwright/test').Page, selector: string) {
  await page.goto('/print/guidebook/');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate((selector) => {
    document.querySelector('main')!.style.width = '148.5mm';
    return [...document.querySelectorAll<HTMLElement>(selector)].map((block) => {
      const tops: number[] = [];
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let index = 0; index < node.length; index++) {
          if (!node.data[index]!.trim()) continue;
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const box = range.getClientRects()[0];
          if (box && box.width > 0) tops.push(box.top);
        }
      }
      const rows: { top: number; characters: number }[] = [];
      for (const top of tops) {
        const row = rows.find((candidate) => Math.abs(candidate.top - top) < 4);
        if (row) row.characters++;
        else rows.push({ top, characters: 1 });
      }
      rows.sort((a, b) => a.top - b.top);
      return { text: block.textContent ?? '', lines: rows.length, last: rows.at(-1)?.characters ?? 0, nested: block.querySelector('ul, ol, table') !== null };
    });
  }, selector);
}
