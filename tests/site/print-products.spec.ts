import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../helpers/test.ts';
import { distDir, contentFrontmatter } from '../helpers/site.ts';
import { decodeQr, mm, pageSizes, pageText, pdfFonts, pdfInfo, pdfTextRuns } from '../helpers/pdf.ts';
import { dataFile } from '../helpers/content.ts';
import { formatFileSize, type PrintProduct } from '../../src/lib/print/products.ts';

const products = JSON.parse(readFileSync(join(distDir, 'print/manifest.json'), 'utf8')) as PrintProduct[];
const pdfPath = (product: PrintProduct) => join(distDir, 'downloads', product.pdf);
const { publicUrl, siteName } = dataFile('siteSettings');
const guidebook = products.find((product) => product.id === 'guidebook')!;
const chapters = contentFrontmatter('guidebook')
  .map(({ data }) => ({ title: String(data.title), navTitle: String(data.navTitle), order: Number(data.order) }))
  .sort((a, b) => a.order - b.order);
const squash = (text: string) => text.replace(/\s+/g, '');
/** Points of slack: Chromium writes A4 as 594.96 × 841.92. */
const near = (actual: number, expected: number) => Math.abs(actual - expected) <= 1.5;

test('every product of the manifest has its PDF: the guidebook, a flyer and a tri-fold', () => {
  expect(products.map((product) => product.pdf)).toEqual(expect.arrayContaining(['kyodo-guidebook.pdf', expect.stringMatching(/flyer.*\.pdf$/), expect.stringMatching(/trifold.*\.pdf$/)]));
  for (const product of products) expect(existsSync(pdfPath(product)), product.pdf).toBe(true);
});

for (const product of products) {
  test(`${product.pdf}: titled as the product, not as its print page, and in Japanese for screen readers`, async () => {
    const { PDFDocument, PDFName, PDFString } = await import('pdf-lib');
    const document = await PDFDocument.load(readFileSync(pdfPath(product)), { updateMetadata: false });
    expect(document.getTitle()).toBe(`${product.title} | ${siteName}`);
    const language = document.catalog.get(PDFName.of('Lang'));
    expect(language instanceof PDFString ? language.decodeText() : String(language)).toBe('ja');
  });

  test(`${product.pdf}: page size, page count, embedded TrueType fonts only, tagged`, () => {
    const file = pdfPath(product);
    const info = pdfInfo(file);
    if (product.pages !== undefined) expect(info.pages).toBe(product.pages);
    else expect(info.pages).toBeGreaterThan(20);
    for (const size of pageSizes(file)) {
      expect(near(size.width, mm(product.size.widthMm)) && near(size.height, mm(product.size.heightMm)), JSON.stringify(size)).toBe(true);
    }
    // Vivliostyle draws the quarter spaces of text-autospace (和欧間, 「第 1 章」) as space characters in a
    // font of its own, with no visible glyph (measured in the guidebook: U+0020 only, named OTS-derived-font):
    // not a typeface of the book, so it is left out here.
    const fonts = pdfFonts(file).filter((font) => !(product.id === 'guidebook' && /^[A-Z]{6}\+OTS-derived-font$/.test(font.name)));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => font.type.includes('Type 3'))).toEqual([]);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+BIZUD(PGothic|Mincho)-(Regular|Bold)$/);
      expect(font.type).toBe('CID TrueType');
      expect(font.embedded).toBe(true);
    }
    // The guidebook's body text is in BIZ UDMincho (regular only); the pamphlets print in BIZ UDPGothic alone.
    const names = [...new Set(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')))].sort();
    if (product.id === 'guidebook') expect(names).toEqual(['BIZUDMincho-Regular', 'BIZUDPGothic-Bold', 'BIZUDPGothic-Regular']);
    else expect(names.every((name) => name.startsWith('BIZUDPGothic-')), names.join()).toBe(true);
    expect(info.tagged).toBe(true);
  });
}

// The guidebook's pagination, contents, running heads and references: tests/site/guidebook-book.spec.ts.

test('the guidebook prints a paragraph of chapter 1 in BIZ UDMincho, and the chapter title in BIZ UDPGothic bold', async ({ page }) => {
  // Reads the text runs of all ninety pages of the book: over 30 s on a busy two-core machine.
  test.setTimeout(90_000);
  // The first paragraph of chapter 1's own text (not in a box, nothing bold in it), and its title, as the print page has them.
  await page.goto(guidebook.path);
  const chapter = page.locator('article.chapter').first();
  const title = squash((await chapter.locator('h1').textContent()) ?? '');
  const paragraphs = await chapter.locator(':scope > p').evaluateAll((elements) => elements.filter((element) => !element.querySelector('strong, b')).map((element) => element.textContent ?? ''));
  const paragraph = squash(paragraphs.find((text) => squash(text).length >= 30)!).slice(0, 30);
  // Which fonts draw those characters in the PDF, wherever they are printed: the runs that hold them, one list per page.
  const fontsOf = (pages: { text: string; font: string }[][], wanted: string) =>
    pages.flatMap((runs) => {
      const spans: { from: number; to: number; font: string }[] = [];
      let text = '';
      for (const run of runs) {
        spans.push({ from: text.length, to: text.length + squash(run.text).length, font: run.font });
        text += squash(run.text);
      }
      const at = text.indexOf(wanted);
      return at < 0 ? [] : [[...new Set(spans.filter((span) => span.to > at && span.from < at + wanted.length).map((span) => span.font))].sort()];
    });
  const pages = await pdfTextRuns(pdfPath(guidebook));
  expect(fontsOf(pages, paragraph), paragraph).toEqual([['BIZUDMincho-Regular']]);
  // The title (also quoted in body text elsewhere, in the Mincho there): its heading is in the Gothic bold.
  expect(fontsOf(pages, title)).toContainEqual(['BIZUDPGothic-Bold']);
});

test('the guidebook has bookmarks for its chapters, in order, each its number, a space and its title, then the appendix', async () => {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(pdfPath(guidebook))), isEvalSupported: false, verbosity: 0 }).promise;
  // The bookmarks come from the printed contents (role="doc-toc"): 「第1章 協働を理解する」, its sections below it.
  const outline = (await doc.getOutline()) ?? [];
  expect(outline.map((item) => item.title)).toEqual([...chapters.map((chapter, index) => `第${index + 1}章 ${chapter.title}`), '付録 様式集']);
  expect(outline[0]!.items.length).toBeGreaterThan(0);
  await doc.destroy();
});

for (const product of products.filter((item) => item.panels.length > 0)) {
  test(`${product.pdf}: the printed QR code decodes to the site's public URL`, () => {
    const pages = Array.from({ length: pdfInfo(pdfPath(product)).pages }, (_, index) => index + 1);
    const decoded = pages.map((page) => decodeQr(pdfPath(product), page)).filter(Boolean);
    expect(decoded).toEqual([publicUrl]);
  });

  test(`${product.pdf}: each panel prints in its place for folding`, async ({ page }) => {
    await page.goto(product.path);
    const panels = await page.locator('[data-panel]').evaluateAll((elements) =>
      elements.map((element) => {
        // The first words as printed, without the furigana of a pamphlet in やさしい日本語.
        const first = element.querySelector('h1, h2, p')?.cloneNode(true) as Element | undefined;
        first?.querySelectorAll('rt').forEach((rt) => rt.remove());
        return { name: element.getAttribute('data-panel')!, first: (first?.textContent ?? '').trim().slice(0, 8) };
      }),
    );
    // Where each panel must be: page, and left edge and width in millimetres, by paper and number of sides.
    const placesBySize: Record<string, Record<string, [number, number, number]>> = {
      // A4 landscape, roll-folded: outside = inner flap 97 | back cover 100 | cover 100; inside = 100 | 100 | 97.
      '297x210x2': { flap: [1, 0, 97], 'back-cover': [1, 97, 100], cover: [1, 197, 100], 'inside-left': [2, 0, 100], 'inside-center': [2, 100, 100], 'inside-right': [2, 200, 97] },
      // A4 portrait flyer, two sides.
      '210x297x2': { front: [1, 0, 210], back: [2, 0, 210] },
      // A4 portrait sheet, one side.
      '210x297x1': { front: [1, 0, 210] },
      // A3 portrait poster, one side.
      '297x420x1': { front: [1, 0, 297] },
    };
    const places = placesBySize[`${product.size.widthMm}x${product.size.heightMm}x${pdfInfo(pdfPath(product)).pages}`]!;
    expect(panels.map((panel) => panel.name).sort()).toEqual(Object.keys(places).sort());
    for (const panel of panels) {
      const [pageNumber, left, width] = places[panel.name]!;
      const text = pageText(pdfPath(product), pageNumber, { xPt: mm(left), yPt: 0, widthPt: mm(width), heightPt: mm(product.size.heightMm) });
      expect(squash(text), `${panel.name} on page ${pageNumber} at ${left} mm`).toContain(squash(panel.first));
    }
  });
}

test('the downloads page lists each PDF with its real page count and size', async ({ page, request }) => {
  await page.goto('/downloads/');
  for (const product of products) {
    const row = page.locator(`tr[id="pdf-${product.id}"]`);
    await expect(row.locator('a[download]').first()).toHaveAttribute('href', `/downloads/${product.pdf}`);
    // The print shop's version, where there is one, sits in the same row and is served.
    if (product.press) {
      // The book's cover spread, where it has one, comes after its pages.
      const pressFiles = [product.press.pdf, ...(product.id === 'guidebook' ? ['kyodo-guidebook-cover-press.pdf'] : [])];
      await expect(row.locator('.press-file a[download]')).toHaveCount(pressFiles.length);
      for (const [index, pdf] of pressFiles.entries()) {
        await expect(row.locator('.press-file a[download]').nth(index)).toHaveAttribute('href', `/downloads/${pdf}`);
        expect((await request.get(`/downloads/${pdf}`)).status()).toBe(200);
      }
    } else await expect(row.locator('.press-file')).toHaveCount(0);
    await expect(row.locator(`[data-pdf-pages="${product.id}"]`)).toHaveText(`${pdfInfo(pdfPath(product)).pages} ページ`);
    await expect(row.locator(`[data-pdf-size="${product.id}"]`)).toHaveText(formatFileSize(statSync(pdfPath(product)).size));
    const response = await request.get(`/downloads/${product.pdf}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
  }
});

test('the guidebook pages link to its PDF and the print preview', async ({ page }) => {
  await page.goto('/guidebook/');
  await expect(page.locator('main a[href="/downloads/kyodo-guidebook.pdf"]').first()).toBeVisible();
  await expect(page.locator('main a[href="/print/guidebook/"]')).toBeVisible();
  await page.goto('/guidebook/understanding/');
  await expect(page.locator('main a[href="/downloads/kyodo-guidebook.pdf"]')).toBeVisible();
});

test('the build check refuses a QR code that does not decode to the public URL', async ({ page }) => {
  const { checkQrCodes } = await import('../../scripts/lib/pdf/checks.ts');
  const QRCode = (await import('qrcode')).default;
  const product = products.find((item) => item.panels.length > 0)!;
  const wrong = await QRCode.toString('https://example.com/other/', { type: 'svg' });
  await page.setContent(wrong.replace('<svg ', `<svg data-qr-url="${publicUrl}" style="width:300px" `));
  await expect(checkQrCodes(page, product, publicUrl)).rejects.toThrow(`QRコードを読み取ると「https://example.com/other/」で、「${publicUrl}」ではありません。`);
});

test('a print shop version with a colour that has no ink in the palette is refused, naming the colour and where inks are set', async () => {
  test.setTimeout(120_000);
  const [{ serveStatic }, { layOutToBytes }, { closeLayoutEngine }] = await Promise.all([import('../../scripts/lib/static-server.ts'), import('../../scripts/lib/pdf/lay-out-pdf.ts'), import('../../scripts/lib/pdf/vivliostyle.ts')]);
  const server = await serveStatic(distDir);
  try {
    const url = new URL('print/pamphlets/lecture-flyer/', server.url).href;
    // An orange no print page uses, written in by hand: the press layout must stop rather than guess its inks.
    await expect(layOutToBytes({ url, press: true, css: '.panel h2 { color: #ff8800 }' })).rejects.toThrow(/インキの決まっていない色 #ff8800 があります。scripts\/lib\/pdf\/inks\.ts/);
  } finally {
    closeLayoutEngine();
    await server.close();
  }
});

test('the build check refuses a pamphlet panel more than a quarter empty, and passes one that is filled', async ({ page }) => {
  const { checkPanels } = await import('../../scripts/lib/pdf/checks.ts');
  const product = { ...products.find((item) => item.id === 'lecture-flyer')!, panels: ['front'] };
  // A 300 px panel (10 px padding) whose only paragraph is 100 px tall: two thirds of it empty.
  const panel = (content: string) => `<section data-panel="front" style="height:300px;padding:10px;box-sizing:border-box;overflow:hidden">${content}</section>`;
  await page.setContent(panel('<p style="height:100px;margin:0">短い</p>'));
  await expect(checkPanels(page, product)).rejects.toThrow(/面の余白: 面「front」の 64% が空いています（25% まで）/);
  // Content from the top to 196 px of its 280: 30 % empty, which a third allowed and a quarter does not.
  await page.setContent(panel('<p style="height:100px;margin:0">上</p><p style="height:20px;margin:76px 0 0">下</p>'));
  await expect(checkPanels(page, product)).rejects.toThrow(/面「front」の 30% が空いています（25% まで）/);
  // Content from the top to 220 px of its 280: filled enough.
  await page.setContent(panel('<p style="height:100px;margin:0">上</p><p style="height:20px;margin:100px 0 0">下</p>'));
  await expect(checkPanels(page, product)).resolves.toBeUndefined();
});

for (const product of products) {
  test(`${product.path}: the font files it is served hold every character the browser prints there, in its weight, and nothing comes from elsewhere`, async ({ page }) => {
    const { checkPrintedCharacters } = await import('../../scripts/lib/pdf/checks.ts');
    const { woff2Tables } = await import('../../scripts/lib/pdf/woff2.ts');
    const { cmapCharacters } = await import('../../scripts/lib/pdf/font-characters.ts');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(product.path);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready);
    // The characters of the files as served (read from the fonts themselves, not from the build's record): one @font-face per family and weight,
    // each url() resolved from the rules' own address, as the browser does.
    const css = readFileSync(join(distDir, product.fonts), 'utf8');
    const rules = [...css.matchAll(/@font-face \{[^}]*font-family: '([^']+)';[^}]*font-weight: (\d+);[^}]*url\(([^)]+)\)/g)].map((match) => ({ name: match[1]!, weight: Number(match[2]) as 400 | 700, href: new URL(match[3]!, `http://site${product.fonts}`).pathname }));
    const served = rules.map((rule) => ({ ...rule, family: rule.name === 'BIZ UDMincho' ? ('mincho' as const) : ('gothic' as const), bytes: 0, characters: new Set([...cmapCharacters(woff2Tables(readFileSync(join(distDir, rule.href))).get('cmap')!)].map((code) => String.fromCodePoint(code))) }));
    await checkPrintedCharacters(page, product, { faces: served });
    // Every face loaded, from the site itself: the guidebook's three, a pamphlet's two.
    const expected = product.id === 'guidebook' ? ['BIZ UDMincho 400 loaded', 'BIZ UDPGothic 400 loaded', 'BIZ UDPGothic 700 loaded'] : ['BIZ UDPGothic 400 loaded', 'BIZ UDPGothic 700 loaded'];
    expect(rules.map((rule) => `${rule.name} ${rule.weight} loaded`).sort()).toEqual(expected);
    const faces = await page.evaluate(() => [...document.fonts].map((face) => `${face.family.replace(/"/g, '')} ${face.weight} ${face.status}`));
    expect(faces.sort()).toEqual(expected);
    expect(requests.filter((url) => new URL(url).hostname !== '127.0.0.1')).toEqual([]);
    expect(requests.filter((url) => url.endsWith('.woff2')).map((url) => new URL(url).pathname).sort()).toEqual(rules.map((rule) => rule.href).sort());
  });
}

test('the print check names a character the page prints but its subset lacks, with its weight', async ({ page }) => {
  const { checkPrintedCharacters } = await import('../../scripts/lib/pdf/checks.ts');
  await page.setContent('<p>協働</p><h2>進め方</h2>');
  const face = (weight: 400 | 700, text: string) => ({ family: 'gothic' as const, name: 'BIZ UDPGothic', weight, href: `/print/fonts/subsets/test-${weight}.woff2`, bytes: 0, characters: new Set(text) });
  const product = products[0]!;
  await expect(checkPrintedCharacters(page, product, { faces: [face(400, '協働'), face(700, '進め')] })).rejects.toThrow(/印刷用の文字: 「方」（U\+65B9）が BIZ UDPGothic の太字で印刷されますが、このページのために作った文字の部分集合（\/print\/fonts\/subsets\/test-700\.woff2）にありません/);
  await expect(checkPrintedCharacters(page, product, { faces: [face(400, '協'), face(700, '進め方')] })).rejects.toThrow(/「働」（U\+50CD）が BIZ UDPGothic の標準の太さで印刷されます/);
  await expect(checkPrintedCharacters(page, product, { faces: [face(400, '協働'), face(700, '進め方')] })).resolves.toBeUndefined();
});

test('the print check reads the family an element is set in: Mincho text must be in the Mincho subset, its bold drawn from the Mincho regular face', async ({ page }) => {
  const { checkPrintedCharacters } = await import('../../scripts/lib/pdf/checks.ts');
  await page.setContent(`<p style="font-family: 'BIZ UDMincho', serif">協働<b>進め方</b></p><h2 style="font-family: 'BIZ UDPGothic', sans-serif">目次</h2>`);
  const gothic = (weight: 400 | 700, text: string) => ({ family: 'gothic' as const, name: 'BIZ UDPGothic', weight, href: `/print/fonts/subsets/test-gothic-${weight}.woff2`, bytes: 0, characters: new Set(text) });
  const mincho = (text: string) => ({ family: 'mincho' as const, name: 'BIZ UDMincho', weight: 400 as const, href: '/print/fonts/subsets/test-mincho-400.woff2', bytes: 0, characters: new Set(text) });
  const product = products[0]!;
  // The body's characters in the Gothic only: the Mincho lacks them.
  await expect(checkPrintedCharacters(page, product, { faces: [gothic(400, '協働'), gothic(700, '進め方目次'), mincho('')] })).rejects.toThrow(/「協」（U\+5354）「働」（U\+50CD）が BIZ UDMincho の標準の太さで印刷されますが、このページのために作った文字の部分集合（\/print\/fonts\/subsets\/test-mincho-400\.woff2）にありません/);
  // Bold Mincho text has no bold face: the regular face must hold it.
  await expect(checkPrintedCharacters(page, product, { faces: [gothic(400, ''), gothic(700, '目次'), mincho('協働')] })).rejects.toThrow(/「進」（U\+9032）「め」（U\+3081）「方」（U\+65B9）が BIZ UDMincho の太字で印刷されますが、このページのために作った文字の部分集合（\/print\/fonts\/subsets\/test-mincho-400\.woff2）/);
  await expect(checkPrintedCharacters(page, product, { faces: [gothic(400, ''), gothic(700, '目次'), mincho('協働進め方')] })).resolves.toBeUndefined();
});
