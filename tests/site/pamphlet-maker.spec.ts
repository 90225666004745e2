import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { decodeQr, pdfFonts, pdfInfo, pageText } from '../helpers/pdf.ts';
import { dataFile } from '../helpers/content.ts';

const { publicUrl } = dataFile('siteSettings');
const maker = '/pamphlets/lecture-flyer/make/';
/** Values a careless or hostile organiser might type: markup, ampersands, quotes. */
const values = {
  name: '協働講演会 <b>地域</b> & "みんな"',
  date: '2027年2月13日（土）',
  time: '14時から16時まで',
  place: '区民会館 <script>alert(1)</script>',
  organiser: '地域の会 & 練馬の仲間',
  application: '当日会場へ（申込み不要）',
  contact: "事務局 'たなか'",
  note: 'どなたでも参加できます。',
};

test.describe('the pamphlet maker', () => {
  test('fills the real print layout as text, keeps it in the address, and prints it with a readable QR code', async ({ page }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).hostname !== '127.0.0.1') outside.push(request.url());
    });
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs++;
      await dialog.dismiss();
    });
    await page.goto(maker);
    for (const [key, value] of Object.entries(values)) await page.getByLabel(labels[key as keyof typeof values], { exact: true }).fill(value);
    // The preview shows each value as text: no element was made from what was typed.
    for (const [key, value] of Object.entries(values)) await expect(page.locator(`.maker-preview [data-event-value="${key}"]`)).toHaveText(value);
    await expect(page.locator('.maker-preview b, .maker-preview script')).toHaveCount(0);
    expect(dialogs).toBe(0);
    await expect(page.locator('#maker-status')).not.toHaveAttribute('data-state', 'overflow');
    // The values live in the fragment, which is never sent to the server.
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('place')).toBe(values.place);
    // What prints is the layout itself: the page's own print, A4, two pages, with the values as text.
    await page.emulateMedia({ media: 'print' });
    const file = join(mkdtempSync(join(tmpdir(), 'maker-')), 'flyer.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const info = pdfInfo(file);
    expect(info.pages).toBe(2);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([595, 842]);
    const front = pageText(file, 1).replace(/\s+/g, '');
    for (const value of Object.values(values)) expect(front).toContain(value.replace(/\s+/g, ''));
    expect(front).not.toContain('印刷する・PDFで保存する');
    expect(decodeQr(file, 2)).toBe(publicUrl);
    // With JavaScript running, the note for browsers without it is gone.
    await expect(page.locator('#maker-noscript')).toBeHidden();
    expect(outside).toEqual([]);
  });

  test('a shared link opens the same filled pamphlet, and a reload keeps it', async ({ page }) => {
    const fragment = new URLSearchParams({ name: values.name, place: values.place }).toString();
    await page.goto(`${maker}#${fragment}`);
    await expect(page.getByLabel('講演会・イベントの名前', { exact: true })).toHaveValue(values.name);
    await expect(page.locator('.maker-preview [data-event-value="place"]')).toHaveText(values.place);
    await page.getByLabel('日にち', { exact: true }).fill(values.date);
    await page.reload();
    await expect(page.getByLabel('日にち', { exact: true })).toHaveValue(values.date);
    await expect(page.getByLabel('共有用のリンク（入力した内容を含みます）')).toHaveValue(page.url());
  });

  test('text that would not fit its box is announced, and printing is refused with the same message', async ({ page }) => {
    await page.goto(maker);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    // Every field at its longest, in wide characters: more than the box holds.
    for (const [key, label] of Object.entries(labels)) {
      const field = page.getByLabel(label, { exact: true });
      const limit = Number(await field.getAttribute('maxlength'));
      expect(limit, key).toBeGreaterThan(0);
      await field.fill('協'.repeat(limit + 10));
      // The form holds no more than the space allows.
      expect((await field.inputValue()).length).toBe(limit);
    }
    const status = page.getByRole('status');
    await expect(status).toHaveText(/文字が多すぎて、表面に収まりません/);
    await page.getByRole('button', { name: '印刷する・PDFで保存する' }).click();
    await expect(status).toHaveText(/^印刷できません。 文字が多すぎて/);
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);
    // Shortening it again lets it print.
    for (const label of Object.values(labels)) await page.getByLabel(label, { exact: true }).fill('');
    await expect(status).toHaveText('内容は用紙に収まっています。');
    await page.getByRole('button', { name: '印刷する・PDFで保存する' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the maker says so and offers the blank PDF', async ({ page, request }) => {
      await page.goto(maker);
      await expect(page.getByText('JavaScript を有効にしてください')).toBeVisible();
      await expect(page.locator('#maker-form')).toBeHidden();
      const blank = (await page.locator('.maker-noscript a').getAttribute('href'))!;
      expect(blank).toBe('/downloads/lecture-flyer-blank.pdf');
      expect((await request.get(blank)).status()).toBe(200);
    });
  });
});

/** The maker's labels, as organisers read them. */
const labels: Record<keyof typeof values, string> = {
  name: '講演会・イベントの名前',
  date: '日にち',
  time: '時間',
  place: '会場',
  organiser: '主催',
  application: '申込み',
  contact: '問い合わせ',
  note: 'ひとこと',
};

test('the blank PDF prints labelled write-in spaces, never 〔未記入〕', () => {
  const file = 'dist/downloads/lecture-flyer-blank.pdf';
  expect(pdfInfo(file).pages).toBe(2);
  const text = pageText(file, 1).replace(/\s+/g, '');
  for (const label of Object.values(labels)) expect(text).toContain(label);
  expect(text).not.toContain('未記入');
});

test('the organisers’ page shows each design with a picture of every side and the ways to get it', async ({ page, request }) => {
  await page.goto('/pamphlets/');
  const designs = page.locator('.pamphlet-design');
  // The four designs, written out: the A4 flyer, the A4 tri-fold, the A3 poster, and the one-sided やさしい日本語 flyer.
  await expect(designs).toHaveCount(4);
  for (const kind of ['A4 チラシ（両面）', 'A4 三つ折りパンフレット（両面）', 'A3 ポスター（片面）', 'A4 チラシ（片面）']) await expect(designs.filter({ hasText: kind })).toHaveCount(1);
  // Every design with an event box can be made with an event's details, printed blank, or sent to a print shop;
  // the やさしい日本語 flyer has no event box, so it is printed as it is or sent to a print shop.
  for (const design of await designs.all()) {
    const withEvent = !(await design.textContent())!.includes('A4 チラシ（片面）');
    for (const way of ['イベントの内容を入れて作る', /^記入用のPDF/]) await expect(design.getByRole('link', { name: way })).toHaveCount(withEvent ? 1 : 0);
    await expect(design.getByRole('link', { name: /^印刷会社に渡すPDF/ })).toHaveCount(1);
  }
  for (const image of await page.locator('.pamphlet-sides img').all()) {
    const src = (await image.getAttribute('src'))!;
    const response = await request.get(src);
    expect(response.status(), src).toBe(200);
    expect(response.headers()['content-type']).toContain('image/png');
    await expect(image).toHaveAttribute('alt', /（(表面|裏面|外側の面（表）|内側の面（裏）)）$/);
  }
  const flyer = designs.filter({ hasText: 'A4 チラシ（両面）' });
  await expect(flyer.getByRole('link', { name: 'イベントの内容を入れて作る' })).toHaveAttribute('href', maker);
  for (const link of await page.locator('.pamphlet-ways a').all()) expect((await request.get((await link.getAttribute('href'))!)).status()).toBe(200);
  // Linked from the footer of every page.
  await page.goto('/guideline/');
  await expect(page.locator('footer').getByRole('link', { name: 'パンフレットを作る・印刷する' })).toHaveAttribute('href', '/pamphlets/');
});

test('npm run pamphlet makes the PDF from an event file, and names the file, line and field of a mistake', async () => {
  test.setTimeout(120_000);
  const folder = mkdtempSync(join(tmpdir(), 'pamphlet-command-'));
  writeFileSync(join(folder, 'event.yaml'), `name: 協働講演会\ndate: 2027年2月13日（土）\nplace: 区民会館\n`);
  const run = (event: string, out: string) =>
    promisify(execFile)('node', ['scripts/make-pamphlet.ts', 'lecture-flyer', '--event', event, '--out', out]).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
    );
  const made = await run(join(folder, 'event.yaml'), join(folder, 'flyer.pdf'));
  expect(made.code, made.output).toBe(0);
  expect(pdfInfo(join(folder, 'flyer.pdf')).pages).toBe(2);
  expect(pageText(join(folder, 'flyer.pdf'), 1).replace(/\s+/g, '')).toContain('区民会館');
  writeFileSync(join(folder, 'wrong.yaml'), `name: 協働講演会\nvenue: 区民会館\n`);
  const refused = await run(join(folder, 'wrong.yaml'), join(folder, 'wrong.pdf'));
  expect(refused.code).toBe(1);
  expect(refused.output).toMatch(/wrong\.yaml:2:1 使えない項目「venue」があります/);
  expect(() => readFileSync(join(folder, 'wrong.pdf'))).toThrow();
});

/** The boxes `pdfinfo -box` reports for the first page, in millimetres: [x, y, width, height]. */
function boxesMm(file: string) {
  const text = execFileSync('pdfinfo', ['-box', file], { encoding: 'utf8' });
  const box = (name: string) => {
    const [x0, y0, x1, y1] = new RegExp(`${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`).exec(text)!.slice(1).map(Number) as [number, number, number, number];
    return [x0, y0, x1 - x0, y1 - y0].map((pt) => Math.round(((pt * 25.4) / 72) * 10) / 10);
  };
  return { media: box('MediaBox'), bleed: box('BleedBox'), trim: box('TrimBox') };
}

const dpi = 100;
const renders = new Map<string, PNG>();
/** Whether the rendered first page has a dark pixel near (x, y) millimetres from its top left. */
function darkNear(file: string, xMm: number, yMm: number): boolean {
  if (!renders.has(file)) renders.set(file, PNG.sync.read(execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file], { maxBuffer: 64 * 1024 * 1024 })));
  const png = renders.get(file)!;
  const at = (mmValue: number) => Math.round((mmValue / 25.4) * dpi);
  for (let dx = -2; dx <= 2; dx++) {
    for (let dy = -2; dy <= 2; dy++) {
      const index = ((at(yMm) + dy) * png.width + at(xMm) + dx) * 4;
      if (png.data[index]! < 100 && png.data[index + 1]! < 100 && png.data[index + 2]! < 100) return true;
    }
  }
  return false;
}

for (const [pdf, widthMm, heightMm, foldsMm] of [
  ['lecture-flyer-press.pdf', 210, 297, []],
  // A roll fold's outside: inner flap 97 mm, then back cover and cover 100 mm each (folds at 97 and 197).
  ['about-kyodo-trifold-press.pdf', 297, 210, [97, 197]],
  ['kyodo-poster-press.pdf', 297, 420, []],
  ['yasashii-flyer-press.pdf', 210, 297, []],
  // The guidebook: every page A4; its cover's colour band runs into the bleed (checked below).
  ['kyodo-guidebook-press.pdf', 210, 297, []],
] as const) {
  test(`${pdf}: the print shop's version has bleed, crop marks${foldsMm.length > 0 ? ', fold marks' : ''} and its boxes`, () => {
    const file = `dist/downloads/${pdf}`;
    const { media, bleed, trim } = boxesMm(file);
    // Trim 13 mm in from the sheet's edge: 3 mm of bleed and 10 mm for the marks.
    expect(trim).toEqual([13, 13, widthMm, heightMm]);
    expect(bleed).toEqual([10, 10, widthMm + 6, heightMm + 6]);
    expect(media).toEqual([0, 0, widthMm + 26, heightMm + 26]);
    // Corner marks stand outside the bleed, in line with the trim's left edge, above and below the sheet.
    expect(darkNear(file, 13, 3)).toBe(true);
    expect(darkNear(file, 13, heightMm + 23)).toBe(true);
    // …and nothing is drawn in the corner itself, where no mark belongs.
    expect(darkNear(file, 2, 2)).toBe(false);
    for (const fold of foldsMm) expect(darkNear(file, 13 + fold, 4), `fold at ${fold} mm`).toBe(true);
    expect(pdfFonts(file).every((font) => font.embedded && font.type !== 'Type 3')).toBe(true);
  });
}

test('kyodo-guidebook-press.pdf: every page of the book is there, and the cover\'s colour band runs into the bleed above the trim', () => {
  const file = 'dist/downloads/kyodo-guidebook-press.pdf';
  expect(pdfInfo(file).pages).toBe(pdfInfo('dist/downloads/kyodo-guidebook.pdf').pages);
  // 1.5 mm above the trim's top edge (at 13 mm), in the middle of the page: the band's green, not white.
  expect(darkNear(file, 13 + 105, 11.5)).toBe(true);
});
