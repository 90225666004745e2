import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { decodeQr, pdfFonts, pdfInfo, pageText, textFillsByFont } from '../helpers/pdf.ts';
import { dataFile } from '../helpers/content.ts';
import { smallTargets } from '../helpers/targets.ts';

const { publicUrl } = dataFile('siteSettings');
const maker = '/pamphlets/lecture-flyer/make/';
/** Every maker: each pamphlet with an event box (content/pamphlets/ with `event:`), and how many sides it prints. */
const makers = [
  { id: 'lecture-flyer', path: '/pamphlets/lecture-flyer/make/', pages: 2 },
  { id: 'about-kyodo-trifold', path: '/pamphlets/about-kyodo-trifold/make/', pages: 2 },
  { id: 'kyodo-poster', path: '/pamphlets/kyodo-poster/make/', pages: 1 },
] as const;

/** Values a careless or hostile organiser might type: markup, ampersands, quotes (each within what the flyer holds). */
const values = {
  name: '協働講演会 <script>alert(1)</script>',
  date: '2027年2月13日（土）',
  time: '14時から16時まで',
  place: '区民会館 <b>大</b>',
  organiser: '地域の会 & 練馬の仲間',
  application: '当日会場へ（申込み不要）',
  contact: "事務局 'たなか'",
  note: 'どなたでも参加できます。',
};

/** The maker's labels, as organisers read them. */
const labels: Record<keyof typeof values | 'phone' | 'email', string> = {
  name: '講演会・イベントの名前',
  date: '日にち',
  time: '時間',
  place: '会場',
  organiser: '主催',
  application: '申込み',
  contact: '問い合わせ',
  phone: '電話',
  email: 'メール',
  note: 'ひとこと',
};

/** A real event as organisers tried it on the tri-fold (issue 26). */
const forumEvent = { name: '協働フォーラム2027', date: '2027年2月14日（日）', time: '14時〜16時', place: '練馬区役所 本庁舎19階' };
/** A real event with every detail filled in, for the flyer and the poster. */
const lectureEvent = {
  name: '地域でつくる防災のまち講演会',
  date: '2027年3月6日（土）',
  time: '午後2時〜4時（開場1時30分）',
  place: '練馬区役所 本庁舎19階 会議室',
  organiser: '石神井まちづくりの会',
  application: '3月1日（月）までに電話で申し込んでください',
  contact: '電話03-0000-0000（平日9時〜17時）',
  note: 'どなたでも参加できます。',
};

const field = (page: Page, key: keyof typeof labels) => page.getByLabel(labels[key], { exact: true });
/** The words under a field: how many characters are left, or how many over. */
const countOf = (page: Page, key: keyof typeof labels) => page.locator(`#count-${key}`);

/** Replaces window.print with a counter, so a test sees whether the page would have printed. */
async function countPrints(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => void (counted.printed += 1);
  });
  return () => page.evaluate(() => (window as unknown as { printed: number }).printed);
}

/** The panels whose content reaches more than a pixel past their box, as the test measures them itself. */
const overfullPanels = (page: Page) =>
  page.$$eval('.maker-preview [data-panel]', (panels) => panels.filter((panel) => panel.scrollHeight > panel.clientHeight + 1 || panel.scrollWidth > panel.clientWidth + 1).map((panel) => panel.getAttribute('data-panel')));

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
    for (const [key, value] of Object.entries(values)) await field(page, key as keyof typeof values).fill(value);
    // The preview shows each value as text: no element was made from what was typed.
    for (const [key, value] of Object.entries(values)) await expect(page.locator(`.maker-preview [data-event-value="${key}"]`)).toHaveText(value);
    await expect(page.locator('.maker-preview b, .maker-preview script')).toHaveCount(0);
    expect(dialogs).toBe(0);
    await expect(page.locator('#maker-status')).toHaveAttribute('data-state', 'fits');
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

  test('a shared link opens the same filled pamphlet, whole, and a reload keeps it', async ({ page }) => {
    // 40 characters: more than the flyer's name holds (36), kept as it came, never cut.
    const long = '協働'.repeat(20);
    const fragment = new URLSearchParams({ name: long, place: values.place }).toString();
    await page.goto(`${maker}#${fragment}`);
    await expect(field(page, 'name')).toHaveValue(long);
    await expect(page.locator('.maker-preview [data-event-value="name"]')).toHaveText(long);
    await expect(countOf(page, 'name')).toContainText('4文字多すぎます');
    await expect(page.locator('.maker-preview [data-event-value="place"]')).toHaveText(values.place);
    await field(page, 'date').fill(values.date);
    await page.reload();
    await expect(field(page, 'date')).toHaveValue(values.date);
    await expect(field(page, 'name')).toHaveValue(long);
    await expect(page.getByLabel('共有用のリンク（入力した内容を含みます）')).toHaveValue(page.url());
  });

  for (const { id, path, pages } of makers) {
    test(`${id}: a real event fits and prints`, async ({ page }) => {
      const event = id === 'about-kyodo-trifold' ? forumEvent : lectureEvent;
      await page.goto(path);
      const printed = await countPrints(page);
      for (const [key, value] of Object.entries(event)) await field(page, key as keyof typeof labels).fill(value);
      await page.getByRole('button', { name: '印刷する・PDFで保存する' }).click();
      await expect.poll(printed).toBe(1);
      await expect(page.locator('#maker-status')).toHaveAttribute('data-state', 'fits');
      await expect(page.locator('#maker-status')).not.toContainText('収まりません');
      // What prints: every panel holds its content, by the test's own measure, and the PDF has the event whole.
      await page.emulateMedia({ media: 'print' });
      expect(await overfullPanels(page)).toEqual([]);
      const file = join(mkdtempSync(join(tmpdir(), 'maker-')), `${id}.pdf`);
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      expect(pdfInfo(file).pages).toBe(pages);
      const text = Array.from({ length: pages }, (_, index) => pageText(file, index + 1)).join('').replace(/\s+/g, '');
      for (const value of Object.values(event)) expect(text).toContain(value.replace(/\s+/g, ''));
    });

    test(`${id}: opening it with every field empty never shows an overflow (5 loads)`, async ({ browser }) => {
      // Five first visits, each loading the typeface anew: slow on a busy machine.
      test.setTimeout(120_000);
      for (let load = 1; load <= 5; load++) {
        // A fresh context each time: nothing cached, the typeface loaded anew, as on a first visit.
        const context = await browser.newContext();
        const page = await context.newPage();
        // Everything the status line is ever marked or says, from the first moment of the page.
        await page.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { statusSeen: string[] }).statusSeen = seen;
          new MutationObserver(() => {
            const status = document.querySelector('#maker-status');
            if (status) seen.push(`${status.getAttribute('data-state')} ${status.textContent}`);
          }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        });
        await page.goto(path);
        await expect(page.locator('#maker-status')).toHaveAttribute('data-state', 'fits');
        const seen = await page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);
        expect(seen.filter((entry) => entry.startsWith('overflow') || entry.includes('収まりません')), `load ${load}`).toEqual([]);
        await expect(page.locator('#maker-status')).toHaveText('');
        await context.close();
      }
    });
  }

  // The limits are written out here, by hand (src/lib/print/event-fields.ts has them too): 55 characters are 55 − limit over.
  for (const { id, path, nameLimit, over } of [
    { id: 'lecture-flyer', path: '/pamphlets/lecture-flyer/make/', nameLimit: 36, over: 19 },
    { id: 'about-kyodo-trifold', path: '/pamphlets/about-kyodo-trifold/make/', nameLimit: 18, over: 37 },
    { id: 'kyodo-poster', path: '/pamphlets/kyodo-poster/make/', nameLimit: 20, over: 35 },
  ]) {
    test(`${id}: a 55-character name is kept whole, marked ${over} characters over, named, and printing is refused`, async ({ page }) => {
      const name = '練馬区区民協働フォーラム'.repeat(5).slice(0, 55);
      expect(name).toHaveLength(55);
      await page.goto(path);
      const printed = await countPrints(page);
      await field(page, 'name').fill(name);
      await expect(field(page, 'name')).toHaveValue(name);
      await expect(page.locator('.maker-preview [data-event-value="name"]')).toHaveText(name);
      await expect(field(page, 'name')).toHaveAttribute('aria-invalid', 'true');
      await expect(countOf(page, 'name')).toHaveText(`${nameLimit}文字まで。${over}文字多すぎます。`);
      // The mark beside the count is a shape, not only a colour; the field's description is the count.
      await expect(countOf(page, 'name').locator('svg')).toBeVisible();
      await expect(field(page, 'name')).toHaveAccessibleDescription(`${nameLimit}文字まで。${over}文字多すぎます。`);
      const status = page.getByRole('status');
      await expect(status).toHaveText('「講演会・イベントの名前」の文字が多すぎます。欄の下に示した文字数だけ短くしてください。');
      await page.getByRole('button', { name: '印刷する・PDFで保存する' }).click();
      await expect(status).toHaveText(/^印刷できません。 「講演会・イベントの名前」の文字が多すぎます/);
      expect(await printed()).toBe(0);
      // Shortened to what it holds, it prints.
      await field(page, 'name').fill(name.slice(0, nameLimit));
      await expect(field(page, 'name')).not.toHaveAttribute('aria-invalid');
      await expect(countOf(page, 'name').locator('svg')).toBeHidden();
      await expect(countOf(page, 'name')).toHaveText(`${nameLimit}文字まで。あと0文字入ります。`);
      await expect(status).toHaveText('内容は用紙に収まっています。');
      await page.getByRole('button', { name: '印刷する・PDFで保存する' }).click();
      await expect.poll(printed).toBe(1);
    });
  }

  test('a pasted contact is kept whole, marked with how many characters are over, and named with the name', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // 43 characters; the flyer's contact holds 25, so 18 over.
    const contact = '練馬区 区民協働推進課 電話03-3993-1111 ファクス03-3993-1112';
    await page.goto(maker);
    const printed = await countPrints(page);
    await page.evaluate((text) => navigator.clipboard.writeText(text), contact);
    await field(page, 'contact').focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(field(page, 'contact')).toHaveValue(contact);
    await expect(page.locator('.maker-preview [data-event-value="contact"]')).toHaveText(contact);
    await expect(countOf(page, 'contact')).toHaveText('25文字まで。18文字多すぎます。');
    await expect(field(page, 'contact')).toHaveAttribute('aria-invalid', 'true');
    // Two fields over: both named, in the form's order.
    await field(page, 'name').fill('協'.repeat(40));
    await expect(countOf(page, 'name')).toHaveText('36文字まで。4文字多すぎます。');
    await expect(page.getByRole('status')).toHaveText('「講演会・イベントの名前」、「問い合わせ」の文字が多すぎます。欄の下に示した文字数だけ短くしてください。');
    await page.getByRole('button', { name: '印刷する・PDFで保存する' }).click();
    await expect(page.getByRole('status')).toHaveText(/^印刷できません。/);
    expect(await printed()).toBe(0);
  });

  test('the count under a field says how many characters are left as one types', async ({ page }) => {
    await page.goto('/pamphlets/about-kyodo-trifold/make/');
    // The tri-fold's name holds 18 characters.
    await expect(countOf(page, 'name')).toHaveText('18文字まで。あと18文字入ります。');
    await field(page, 'name').click();
    await page.keyboard.type('協働フォーラム');
    // 7 typed, 18 − 7 = 11 left.
    await expect(countOf(page, 'name')).toHaveText('18文字まで。あと11文字入ります。');
    await page.keyboard.type('2027');
    await expect(countOf(page, 'name')).toHaveText('18文字まで。あと7文字入ります。');
    await page.keyboard.press('Backspace');
    await expect(countOf(page, 'name')).toHaveText('18文字まで。あと8文字入ります。');
    // The count is the field's description (read with it), not a live region announcing every keystroke.
    await expect(field(page, 'name')).toHaveAccessibleDescription('18文字まで。あと8文字入ります。');
    await expect(countOf(page, 'name')).not.toHaveAttribute('aria-live');
    await expect(countOf(page, 'name')).not.toHaveAttribute('role');
  });

  for (const { id, path } of makers) {
    test(`${id}: every field filled to its limit with the widest characters still fits and prints`, async ({ page }) => {
      await page.goto(path);
      const printed = await countPrints(page);
      for (const key of Object.keys(labels) as (keyof typeof labels)[]) {
        const limit = Number(await field(page, key).getAttribute('data-limit'));
        expect(limit, key).toBeGreaterThan(0);
        // Full-width 協 is one em wide, as wide as any character of the typeface.
        await field(page, key).fill('協'.repeat(limit));
        await expect(countOf(page, key)).toHaveText(`${limit}文字まで。あと0文字入ります。`);
      }
      await page.getByRole('button', { name: '印刷する・PDFで保存する' }).click();
      await expect.poll(printed).toBe(1);
      await page.emulateMedia({ media: 'print' });
      expect(await overfullPanels(page)).toEqual([]);
    });
  }

  test('a panel that overflows is named with the fields that run past their lines, and printing is refused', async ({ page }) => {
    await page.goto(maker);
    const printed = await countPrints(page);
    // 14 full-width characters: one line of the 18 the flyer's place holds.
    await field(page, 'place').fill('練馬区立区民協働交流センター');
    await expect(page.locator('#maker-status')).toHaveAttribute('data-state', 'fits');
    // Within every limit, but the test sets the event box's type far larger: the labels' column widens, the
    // place runs onto a second line, and the front can no longer hold the box.
    await page.evaluate(() => {
      const box = document.querySelector<HTMLElement>('.maker-preview .event')!.style;
      for (const property of ['font-size', '--event-label-size', '--event-when-size']) box.setProperty(property, '40pt');
    });
    await page.getByRole('button', { name: '印刷する・PDFで保存する' }).click();
    await expect(page.getByRole('status')).toHaveText('印刷できません。 文字が多すぎて、表面に収まりません。「会場」を短くしてください。');
    expect(await printed()).toBe(0);
  });

  test('every target on the makers is at least 44 × 44 px, on a computer and on a phone', async ({ page }) => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 800 }]) {
      await page.setViewportSize(viewport);
      for (const { path } of makers) {
        await page.goto(path);
        await expect(page.locator('#maker-form')).toBeVisible();
        expect(await smallTargets(page), `${path} at ${viewport.width} px`).toEqual([]);
      }
    }
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
      expect(await smallTargets(page)).toEqual([]);
    });
  });
});

test('a group\'s flyer is the group\'s: its event box carries the organiser\'s contact, and the ward\'s block is headed as the contact for 協働, never as the flyer\'s own', async ({ page }) => {
  for (const { path } of makers) {
    await page.goto(path);
    await page.getByLabel('問い合わせ', { exact: true }).fill('事務局 03-0000-0000');
    const preview = page.locator('.maker-preview');
    await expect(preview.locator('.event [data-event-value="contact"]')).toHaveText('事務局 03-0000-0000');
    // The ward's block: one heading, the hand-written one; no heading of the sheets says お問い合わせ.
    await expect(preview.locator('.contact h2')).toHaveText('協働についての問い合わせ先');
    await expect(preview.locator('h1, h2, h3').filter({ hasText: /^お問い合わせ$/ })).toHaveCount(0);
    // Beside the form: whose flyer it is, and the rule for naming the ward.
    await expect(page.locator('.maker-rules')).toContainText('主催者の連絡先を書いてください');
    await expect(page.locator('.maker-rules')).toContainText('区の名前を載せるときは、あらかじめ区の了解が必要です');
  }
});

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
    for (const way of ['イベントの内容を入れてつくる', /^記入用のPDF/]) await expect(design.getByRole('link', { name: way })).toHaveCount(withEvent ? 1 : 0);
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
  await expect(flyer.getByRole('link', { name: 'イベントの内容を入れてつくる' })).toHaveAttribute('href', maker);
  for (const link of await page.locator('.pamphlet-ways a').all()) expect((await request.get((await link.getAttribute('href'))!)).status()).toBe(200);
  // Linked from the footer of every page.
  await page.goto('/guideline/');
  await expect(page.locator('footer').getByRole('link', { name: 'パンフレットをつくる・印刷する' })).toHaveAttribute('href', '/pamphlets/');
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
  // Too long for the flyer: refused with the line, the field and how much to cut (55 − 36 = 19, 43 − 25 = 18), never cut to fit.
  writeFileSync(join(folder, 'long.yaml'), `date: 2027年2月13日（土）\nname: ${'協'.repeat(55)}\ncontact: 練馬区 区民協働推進課 電話03-3993-1111 ファクス03-3993-1112\n`);
  const long = await run(join(folder, 'long.yaml'), join(folder, 'long.pdf'));
  expect(long.code).toBe(1);
  expect(long.output).toMatch(/long\.yaml:2:7 「name」は36文字までです（いまは55文字で、19文字多すぎます）。/);
  expect(long.output).toMatch(/long\.yaml:3:10 「contact」は25文字までです（いまは43文字で、18文字多すぎます）。/);
  expect(() => readFileSync(join(folder, 'long.pdf'))).toThrow();
});

/**
 * The boxes `pdfinfo -box` reports for the first page, in millimetres from the sheet's corner
 * (the MediaBox's, which a PDF may place a fraction of a point off the origin): [x, y, width, height].
 */
function boxesMm(file: string) {
  const text = execFileSync('pdfinfo', ['-box', file], { encoding: 'utf8' });
  const corners = (name: string) => new RegExp(`${name}:\\s+(-?[\\d.]+)\\s+(-?[\\d.]+)\\s+(-?[\\d.]+)\\s+(-?[\\d.]+)`).exec(text)!.slice(1).map(Number) as [number, number, number, number];
  const [originX, originY] = corners('MediaBox');
  const box = (name: string) => {
    const [x0, y0, x1, y1] = corners(name);
    return [x0 - originX, y0 - originY, x1 - x0, y1 - y0].map((pt) => Math.round(((pt * 25.4) / 72) * 10) / 10);
  };
  return { media: box('MediaBox'), bleed: box('BleedBox'), trim: box('TrimBox') };
}

// Fine enough that a 0.24 pt hairline darkens a whole pixel wherever it falls.
const dpi = 200;
const renders = new Map<string, PNG>();
/**
 * Whether the rendered first page has a dark pixel near (x, y) millimetres from its top left.
 * "Dark" is any channel below 200: the engine's crop marks are 0.24 pt hairlines, which at
 * 200 dpi cover at least a third of a pixel, a grey of 170 or darker (white paper is 255).
 */
function darkNear(file: string, xMm: number, yMm: number): boolean {
  if (!renders.has(file)) renders.set(file, PNG.sync.read(execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file], { maxBuffer: 64 * 1024 * 1024 })));
  const png = renders.get(file)!;
  const at = (mmValue: number) => Math.round((mmValue / 25.4) * dpi);
  for (let dx = -2; dx <= 2; dx++) {
    for (let dy = -2; dy <= 2; dy++) {
      const index = ((at(yMm) + dy) * png.width + at(xMm) + dx) * 4;
      if (png.data[index]! < 200 && png.data[index + 1]! < 200 && png.data[index + 2]! < 200) return true;
    }
  }
  return false;
}

// Where the title band's colour must be found 1.5 mm above the trim (in the top bleed), in mm from the trim's left edge.
for (const [pdf, widthMm, heightMm, foldsMm, bandMm] of [
  ['lecture-flyer-press.pdf', 210, 297, [], 105],
  // A roll fold's outside: inner flap 97 mm, then back cover and cover 100 mm each (folds at 97 and 197); the band tops the cover.
  ['about-kyodo-trifold-press.pdf', 297, 210, [97, 197], 250],
  ['kyodo-poster-press.pdf', 297, 420, [], 148],
  ['yasashii-flyer-press.pdf', 210, 297, [], 105],
  // The guidebook: every page A4; its cover's colour band runs into the bleed (checked below).
  ['kyodo-guidebook-press.pdf', 210, 297, [], undefined],
] as const) {
  test(`${pdf}: the print shop's version has bleed, crop marks${foldsMm.length > 0 ? ', fold marks' : ''} and its boxes`, () => {
    const file = `dist/downloads/${pdf}`;
    const { media, bleed, trim } = boxesMm(file);
    // Trim 16 mm in from the sheet's edge: 3 mm of bleed and 13 mm for the marks.
    expect(trim).toEqual([16, 16, widthMm, heightMm]);
    expect(bleed).toEqual([13, 13, widthMm + 6, heightMm + 6]);
    expect(media).toEqual([0, 0, widthMm + 32, heightMm + 32]);
    // Corner marks stand outside the bleed, in line with the trim's left edge, above and below the sheet.
    expect(darkNear(file, 16, 3)).toBe(true);
    expect(darkNear(file, 16, heightMm + 29)).toBe(true);
    // …and nothing is drawn in the corner itself, where no mark belongs.
    expect(darkNear(file, 2, 2)).toBe(false);
    // Fold marks: 7 mm long, 1 mm outside the bleed, above the sheet (5 to 12 mm from its top edge).
    for (const fold of foldsMm) expect(darkNear(file, 16 + fold, 8), `fold at ${fold} mm`).toBe(true);
    // The band is laid out into the bleed, not stopped at the trim.
    if (bandMm !== undefined) expect(darkNear(file, 16 + bandMm, 14.5), 'title band in the top bleed').toBe(true);
    expect(pdfFonts(file).every((font) => font.embedded && font.type !== 'Type 3')).toBe(true);
  });
}

test('kyodo-guidebook-press.pdf: the body text prints in black ink alone (K 100 %), and no text is left in RGB', async () => {
  const fills = await textFillsByFont('dist/downloads/kyodo-guidebook-press.pdf');
  // The body is set in BIZ UDMincho: every run of it in solid black, the fourth ink only.
  expect([...fills.get('BIZUDMincho-Regular')!.keys()]).toEqual(['0 0 0 1 k']);
  // Headings and labels may be green or brown, but every colour is an ink mix.
  for (const [font, colours] of fills) for (const colour of colours.keys()) expect(colour, font).toMatch(/ k$/);
  // The reading copy keeps its screen colours: its body text is RGB.
  const reading = await textFillsByFont('dist/downloads/kyodo-guidebook.pdf');
  expect([...reading.get('BIZUDMincho-Regular')!.keys()].every((colour) => colour.endsWith(' rg'))).toBe(true);
});

test('kyodo-guidebook-press.pdf: the book block is every page of the reading copy but its two covers, which the print shop gets as a spread', () => {
  const file = 'dist/downloads/kyodo-guidebook-press.pdf';
  expect(pdfInfo(file).pages).toBe(pdfInfo('dist/downloads/kyodo-guidebook.pdf').pages - 2);
  expect(pageText(file, 1).replace(/\s+/g, '')).toContain('目次');
});

test('kyodo-guidebook-cover-press.pdf: one sheet of 表4, spine and 表1, the spine 0.1 mm for each leaf of the block, with bleed, crop marks and fold marks at the spine', () => {
  const file = 'dist/downloads/kyodo-guidebook-cover-press.pdf';
  expect(pdfInfo(file).pages).toBe(1);
  // 70 kg 上質紙 is about 0.1 mm a leaf; a leaf is two pages of the block.
  const leaves = pdfInfo('dist/downloads/kyodo-guidebook-press.pdf').pages / 2;
  const spine = Math.round(leaves * 0.1 * 10) / 10;
  const width = Math.round((420 + spine) * 10) / 10;
  const { media, bleed, trim } = boxesMm(file);
  expect(trim).toEqual([16, 16, width, 297]);
  expect(bleed).toEqual([13, 13, Math.round((width + 6) * 10) / 10, 303]);
  expect(media).toEqual([0, 0, Math.round((width + 32) * 10) / 10, 329]);
  // Fold marks above the sheet at both edges of the spine.
  expect(darkNear(file, 16 + 210, 8)).toBe(true);
  expect(darkNear(file, 16 + 210 + spine, 8)).toBe(true);
  // The spine is the band's green all the way into the bleed; 表1's band runs into the top and right bleed.
  expect(darkNear(file, 16 + 210 + spine / 2, 14.5)).toBe(true);
  expect(darkNear(file, 16 + width - 105, 14.5)).toBe(true);
  expect(darkNear(file, 16 + width + 1.5, 40)).toBe(true);
  // The spine carries the title and the publisher; 表1 and 表4 their own text.
  const points = (mmValue: number) => (mmValue * 72) / 25.4;
  const spineText = pageText(file, 1, { xPt: points(16 + 210), yPt: points(16), widthPt: points(spine), heightPt: points(297) }).replace(/\s+/g, '');
  expect(spineText).toContain('職員向けガイドブック');
  expect(spineText).toContain('練馬区');
  const front = pageText(file, 1, { xPt: points(16 + 210 + spine), yPt: points(16), widthPt: points(210), heightPt: points(297) }).replace(/\s+/g, '');
  expect(front).toContain('職員向けガイドブック');
  expect(front).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
  expect(pdfFonts(file).every((font) => font.embedded && font.type !== 'Type 3')).toBe(true);
});
