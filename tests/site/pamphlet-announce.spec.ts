// Pamphlets that announce (issue 23, part 5): the event's name, date and place are the largest
// things after the headline; the headline names the event's kind; 問い合わせ has a name, a phone
// number and an email address; the blank poster has write-in areas a marker can fill; no panel is
// more than a quarter empty. Every expected value here is written by hand or measured by the test.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import { expect, test } from '../helpers/test.ts';
import { distDir } from '../helpers/site.ts';
import { pageText } from '../helpers/pdf.ts';
import type { PrintProduct } from '../../src/lib/print/products.ts';

const products = JSON.parse(readFileSync(join(distDir, 'print/manifest.json'), 'utf8')) as PrintProduct[];
const pamphlets = products.filter((product) => product.format);
const squash = (text: string) => text.replace(/\s+/g, '');
/** CSS pixels in a millimetre (96 px to the inch). */
const pxPerMm = 96 / 25.4;

/** Every run of text on one page of a PDF, with the size it is set in (points), as pdf.js reads it. */
async function sizedRuns(file: string, pageNumber: number): Promise<{ text: string; size: number }[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const content = await (await doc.getPage(pageNumber)).getTextContent();
    return content.items
      .filter((item) => 'str' in item && item.str.trim() !== '')
      .map((item) => {
        const run = item as { str: string; transform: number[] };
        // The text matrix's vertical scale is the type size in the page's units (points).
        return { text: squash(run.str), size: Math.round(Math.hypot(run.transform[2]!, run.transform[3]!) * 10) / 10 };
      });
  } finally {
    await doc.destroy();
  }
}

/**
 * The size `text` is printed in: the PDF splits a line into runs (kanji and kana apart), so the
 * page's runs are read as one string with each character's size, and the first place that
 * holds `text` gives its characters' sizes; fails the test if none does, or if they differ.
 */
function sizeOf(runs: { text: string; size: number }[], text: string): number {
  const characters = runs.flatMap((run) => [...run.text].map((character) => ({ character, size: run.size })));
  const wanted = [...squash(text)];
  const at = characters.findIndex((_, start) => wanted.every((character, offset) => characters[start + offset]?.character === character));
  expect(at, `「${text}」 is printed`).toBeGreaterThanOrEqual(0);
  const found = new Set(characters.slice(at, at + wanted.length).map((item) => item.size));
  expect(found.size, `「${text}」 is printed in one size`).toBe(1);
  return [...found][0]!;
}

/** Runs `npm run pamphlet`'s script; its exit code and what it printed. */
const makePamphlet = (id: string, event: string, out: string) =>
  promisify(execFile)('node', ['scripts/make-pamphlet.ts', id, '--event', event, '--out', out]).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
  );

/** A forum, as an organiser would write its file: every detail, and its kind. */
const forum = {
  kind: 'フォーラム',
  name: '地域でつくる協働フォーラム',
  date: '2027年2月14日（日）',
  time: '14時〜16時',
  place: '練馬区役所 本庁舎19階',
  contact: '石神井まちづくりの会',
  phone: '03-0000-0000',
  email: 'info@example.jp',
};

for (const { id, headline, heading } of [
  // The headline each design prints for a forum, written out: the flyer's 「協働{kind}のご案内」, the poster's 「協働についての{kind}」.
  { id: 'lecture-flyer', headline: '協働フォーラムのご案内', heading: '協働ってなに？' },
  { id: 'kyodo-poster', headline: '協働についてのフォーラム', heading: '協働とは' },
]) {
  test(`${id}: made for a forum, its headline says so, and the event's name, date and place are the largest type after the headline`, async () => {
    test.setTimeout(180_000);
    const folder = mkdtempSync(join(tmpdir(), 'pamphlet-announce-'));
    writeFileSync(join(folder, 'forum.yaml'), Object.entries(forum).map(([key, value]) => `${key}: ${value}`).join('\n') + '\n');
    const file = join(folder, `${id}.pdf`);
    const made = await makePamphlet(id, join(folder, 'forum.yaml'), file);
    expect(made.code, made.output).toBe(0);
    const text = squash(pageText(file, 1));
    expect(text).toContain(headline);
    expect(text).not.toContain('講演会のご案内');
    // 問い合わせ: a name, a phone number and an email address, each printed with its label.
    for (const value of [forum.contact, forum.phone, forum.email, '電話', 'メール']) expect(text).toContain(squash(value));
    const runs = await sizedRuns(file, 1);
    const title = Math.max(...runs.map((run) => run.size));
    const name = sizeOf(runs, forum.name);
    const date = sizeOf(runs, forum.date);
    const place = sizeOf(runs, forum.place);
    const label = Math.max(sizeOf(runs, '日にち'), sizeOf(runs, '会場'), sizeOf(runs, '時間'));
    const boxHeading = sizeOf(runs, '開催のご案内');
    const sectionHeading = sizeOf(runs, heading);
    // The labels say what each value is: smaller than the values, and no larger than the box's heading.
    expect(name).toBeGreaterThan(label);
    expect(date).toBeGreaterThan(label);
    expect(place).toBeGreaterThan(label);
    expect(boxHeading).toBeGreaterThanOrEqual(label);
    // The name, date and place: larger than the panel's section headings, smaller than the headline.
    for (const size of [name, date, place]) {
      expect(size).toBeGreaterThan(sectionHeading);
      expect(size).toBeLessThan(title);
    }
    expect(name).toBeGreaterThanOrEqual(date);
  });
}

test('an event file with a kind not on the list is refused, naming the file, line, field and the kinds there are', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'pamphlet-kind-'));
  writeFileSync(join(folder, 'seminar.yaml'), 'name: 協働を学ぶ会\nkind: セミナー\n');
  const refused = await makePamphlet('lecture-flyer', join(folder, 'seminar.yaml'), join(folder, 'seminar.pdf'));
  expect(refused.code).toBe(1);
  expect(refused.output).toContain('seminar.yaml:2:7 「kind」に使える値は「講演会」、「フォーラム」');
  expect(refused.output).toContain('「ワークショップ」');
  expect(() => readFileSync(join(folder, 'seminar.pdf'))).toThrow();
});

test('the flyer still announces a lecture (協働講演会のご案内), and its blank version, filled in by hand for any event, names no kind in particular', () => {
  expect(squash(pageText(join(distDir, 'downloads/lecture-flyer.pdf'), 1))).toContain('協働講演会のご案内');
  const blank = squash(pageText(join(distDir, 'downloads/lecture-flyer-blank.pdf'), 1));
  expect(blank).toContain('協働講演会・イベントのご案内');
  expect(blank).not.toContain('協働講演会のご案内');
  // The poster's blank version reads as it always did.
  expect(squash(pageText(join(distDir, 'downloads/kyodo-poster-blank.pdf'), 1))).toContain('協働についての講演会・イベント');
});

test('the maker: the kind chosen from a list goes into the headline and the link, and a reload keeps it', async ({ page }) => {
  await page.goto('/pamphlets/lecture-flyer/make/');
  const kind = page.getByLabel('催しの種類', { exact: true });
  const subtitle = page.locator('.maker-preview .pamphlet-title .subtitle');
  await expect(kind).toHaveValue('講演会');
  await expect(subtitle).toHaveText('協働講演会のご案内');
  // The default stays out of the address.
  expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).has('kind')).toBe(false);
  await kind.selectOption('ワークショップ');
  await expect(subtitle).toHaveText('協働ワークショップのご案内');
  expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('kind')).toBe('ワークショップ');
  await page.reload();
  await expect(page.getByLabel('催しの種類', { exact: true })).toHaveValue('ワークショップ');
  await expect(subtitle).toHaveText('協働ワークショップのご案内');
  // None in particular: the words true of every kind.
  await page.getByLabel('催しの種類', { exact: true }).selectOption('');
  await expect(subtitle).toHaveText('協働講演会・イベントのご案内');
  // The tri-fold's headline names no kind: it has no list to choose from.
  await page.goto('/pamphlets/about-kyodo-trifold/make/');
  await expect(page.locator('#maker-form')).toBeVisible();
  await expect(page.getByLabel('催しの種類', { exact: true })).toHaveCount(0);
});

/**
 * The rows of a screenshot that are ruled lines: at least 60 % of their pixels dark (below 160 of 255). Returns the
 * middle of each run of such rows, in CSS pixels from the top of the picture.
 */
function ruledLines(png: PNG): number[] {
  const dark: boolean[] = [];
  for (let y = 0; y < png.height; y++) {
    let count = 0;
    for (let x = 0; x < png.width; x++) {
      const index = (y * png.width + x) * 4;
      if (png.data[index]! < 160 && png.data[index + 1]! < 160 && png.data[index + 2]! < 160) count++;
    }
    dark.push(count >= png.width * 0.6);
  }
  const lines: number[] = [];
  for (let y = 0; y < dark.length; y++) {
    if (!dark[y] || dark[y - 1]) continue;
    let end = y;
    while (dark[end + 1]) end++;
    lines.push((y + end) / 2);
  }
  return lines;
}

test('the blank poster gives the name, the date and the place each a labelled write-in area large enough for a marker', async ({ page }) => {
  await page.goto(products.find((product) => product.id === 'kyodo-poster-blank')!.path);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready);
  const areas: { top: number; bottom: number }[] = [];
  for (const { key, label, minLines, minPitchMm } of [
    // The brief's minimum: a line pitch of about 15 mm for the name, two lines of it; the date and place one line each.
    { key: 'name', label: '講演会・イベントの名前', minLines: 2, minPitchMm: 15 },
    { key: 'date', label: '日にち', minLines: 1, minPitchMm: 0 },
    { key: 'place', label: '会場', minLines: 1, minPitchMm: 0 },
  ]) {
    const area = page.locator(`.event [data-event-field="${key}"]`);
    await expect(area).toContainText(label);
    // The label is readable from a step away: 14 pt or more.
    const labelSize = await area.locator('dt, .write-in-label').first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize) * 0.75);
    expect(labelSize, `${key}'s label in pt`).toBeGreaterThanOrEqual(14);
    const space = area.locator('.write-in');
    const box = (await space.boundingBox())!;
    areas.push({ top: box.y, bottom: box.y + box.height });
    // The space is ruled for writing: its lines found in a picture of it, far enough apart for handwriting.
    const lines = ruledLines(PNG.sync.read(await space.screenshot({ scale: 'css' })));
    expect(lines.length, `${key}'s ruled lines`).toBeGreaterThanOrEqual(minLines);
    for (let index = 1; index < lines.length; index++) expect((lines[index]! - lines[index - 1]!) / pxPerMm, `${key}'s line pitch in mm`).toBeGreaterThanOrEqual(minPitchMm);
    // Above the first line there is room for the writing itself: at least 11 mm (a marker's capital height and more).
    expect((lines[0]! - 0) / pxPerMm, `${key}'s room above its first line in mm`).toBeGreaterThanOrEqual(11);
  }
  // Each its own area: none overlaps another.
  for (let index = 1; index < areas.length; index++) expect(areas[index]!.top).toBeGreaterThanOrEqual(areas[index - 1]!.bottom - 0.5);
});

for (const product of pamphlets) {
  test(`${product.path}: no panel is more than a quarter empty below its lowest printed content`, async ({ page }) => {
    await page.goto(product.path);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready);
    const panels = await page.$$eval('[data-panel]', (elements) =>
      elements.map((panel) => {
        const style = getComputedStyle(panel);
        const box = panel.getBoundingClientRect();
        const top = box.top + parseFloat(style.paddingTop);
        const bottom = box.bottom - parseFloat(style.paddingBottom);
        // The lowest ink: every line of text, every picture and every ruled write-in space.
        let lowest = top;
        const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) lowest = Math.max(lowest, rect.bottom);
        }
        for (const element of panel.querySelectorAll('svg, img, .write-in')) lowest = Math.max(lowest, element.getBoundingClientRect().bottom);
        return { name: panel.getAttribute('data-panel'), empty: Math.round(((bottom - lowest) / (bottom - top)) * 100) };
      }),
    );
    expect(panels.length).toBe(product.panels.length);
    for (const panel of panels) expect(panel.empty, `panel ${panel.name}: % empty at its foot`).toBeLessThanOrEqual(25);
  });
}
