import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../helpers/test.ts';
import { distDir } from '../helpers/site.ts';
import { pdfInfo } from '../helpers/pdf.ts';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';

/** The forms, by hand: their ids, and the headings and table headers each Word file must hold. */
const forms: Record<string, string[]> = {
  'project-plan': ['協働事業計画書', '1 事業の概要', '2 事業の内容と期間', '3 費用の見込み', '4 成果と確かめ方', '費目', '区が負担する費用', '活動主体が負担する費用', '期待する成果'],
  'role-sharing': ['役割分担表', '項目', '区', '活動主体', '企画', '費用', '実施', '責任', '成果', '広報'],
  agreement: ['協定書', '協定の条文', '（目的）', '（変更・解除）', '記名押印', '当事者', '所在地', '名称と代表者', '印'],
  'review-sheet': ['協働事業 振り返りシート', '1 区の振り返り', '2 活動主体の振り返り', '3 合同の振り返り', '4 まとめ', '4 当てはまる', '3 やや当てはまる', '2 あまり当てはまらない', '1 当てはまらない', 'コメント'],
  proposal: ['協働事業提案書', '（あて先）', '提案する団体', '提案の内容', '解決したい地域課題', '協働で行う理由'],
};
/** Pages of each Word file when LibreOffice prints it, blank and 記入例 (measured once and written down). */
const libreOfficePages: Record<string, [blank: number, example: number]> = { 'project-plan': [2, 2], 'role-sharing': [1, 1], agreement: [3, 3], 'review-sheet': [3, 3], proposal: [2, 1] };

const folder = join(distDir, 'downloads', 'templates');

/** A file's size as the pages write it, worked out here: kilobytes of 1000 bytes, rounded to a whole number (every form is under 1 MB). */
const sizeText = (bytes: number) => {
  expect(bytes, 'a form of 1 MB or more: write its size here as the pages do (「1.2 MB」)').toBeLessThan(1_000_000);
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
};

/**
 * The text of each paragraph of a Word file, read here without the site's own reader: unzipped
 * with JSZip, and word/document.xml parsed by the browser's XML parser (which refuses XML that is
 * not well-formed), each <w:p>'s <w:t> texts joined, in table cells too.
 */
async function docxParagraphs(page: Page, file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('word/document.xml')?.async('string');
  expect(xml, `${file}: word/document.xml`).toBeDefined();
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error) throw new Error(`word/document.xml が XML として読めません: ${error.textContent}`);
    const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    return [...doc.getElementsByTagNameNS(w, 'p')].map((paragraph) => [...paragraph.getElementsByTagNameNS(w, 't')].map((text) => text.textContent).join(''));
  }, xml!);
}
const files = Object.keys(forms).flatMap((id) => [`${id}.docx`, `${id}.pdf`, `${id}-example.docx`, `${id}-example.pdf`]);

test('the build wrote every form as Word and PDF, blank and 記入例, and nothing else', () => {
  expect(readdirSync(folder).sort()).toEqual([...files].sort());
});

for (const path of ['/guidebook/templates/', '/downloads/']) {
  test(`${path} lists every file of the 様式集 with its real size`, async ({ page }) => {
    await page.goto(path);
    for (const file of files) {
      const href = `/downloads/templates/${file}`;
      const link = page.locator(`a[href="${href}"]`);
      await expect(link, file).toHaveCount(1);
      const size = page.locator(`[data-file-size="${href}"]`);
      await expect(size, file).toHaveText(sizeText(statSync(join(folder, file)).size));
    }
  });
}

test('the 様式集 page: each form with its purpose, its steps linked to the guidebook, and an accessible preview table', async ({ page }) => {
  await page.goto('/guidebook/templates/');
  for (const id of Object.keys(forms)) {
    const section = page.locator(`section#${id}`);
    await expect(section.locator('h2')).toHaveText(forms[id]![0]!);
    await expect(section.locator('dd a[href^="/guidebook/"]').first()).toBeVisible();
    const previewTables = section.locator('.template-preview table');
    expect(await previewTables.count(), id).toBeGreaterThan(0);
    for (const table of await previewTables.all()) {
      await expect(table.locator('caption')).not.toBeEmpty();
      await expect(table.locator('thead th[scope="col"]').first()).toBeVisible();
      await expect(table.locator('tbody th[scope="row"]').first()).toBeVisible();
    }
  }
  await expect(page.locator('section#role-sharing .template-preview tbody th')).toHaveText(['企画', '費用', '実施', '責任', '成果', '広報']);
});

test('the process chapters and the checklists link to the forms', async ({ page }) => {
  const links: [string, string][] = [
    ['/guidebook/process-planning/', '/guidebook/templates/#project-plan'],
    ['/guidebook/process-partners/', '/guidebook/templates/#role-sharing'],
    ['/guidebook/process-partners/', '/guidebook/templates/#agreement'],
    ['/guidebook/process-running/', '/guidebook/templates/#review-sheet'],
    ['/guidebook/checklists/', '/guidebook/templates/'],
  ];
  for (const [from, to] of links) {
    await page.goto(from);
    await expect(page.locator(`main a[href="${to}"]`).first(), `${from} → ${to}`).toBeVisible();
  }
});

for (const id of Object.keys(forms)) {
  test(`${id}: the Word files hold every heading and table header; the 記入例 says it is fictional; the PDFs are A4`, async ({ page }) => {
    for (const suffix of ['', '-example']) {
      const paragraphs = await docxParagraphs(page, join(folder, `${id}${suffix}.docx`));
      for (const text of forms[id]!) expect(paragraphs, `${id}${suffix}.docx`).toContain(text);
      const notice = paragraphs.includes('記入例（架空の例です）');
      expect(notice, `${id}${suffix}.docx`).toBe(suffix === '-example');
      const info = pdfInfo(join(folder, `${id}${suffix}.pdf`));
      expect(info.pages).toBeGreaterThan(0);
      expect([Math.round(info.width), Math.round(info.height)]).toEqual([595, 842]);
    }
    const examplePdf = execFileSync('pdftotext', [join(folder, `${id}-example.pdf`), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(examplePdf).toContain('記入例（架空の例です）');
  });
}

test('the printed guidebook has the appendix of blank forms', async ({ page }) => {
  await page.goto('/print/guidebook/');
  const appendix = page.locator('#templates-appendix');
  await expect(appendix.locator('.chapter-label')).toHaveText('付録');
  await expect(appendix.locator('h1')).toHaveText('様式集');
  await expect(appendix.locator('.appendix-form')).toHaveCount(Object.keys(forms).length);
  const text = execFileSync('pdftotext', [join(distDir, 'downloads', 'kyodo-guidebook.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('付録様式集');
  expect(text).toContain('役割分担表');
});

/** LibreOffice, when installed (scripts/ensure-system-deps.sh installs it as root): its absence skips the round trip, saying so, except in CI, where it fails. */
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
/** In CI (.ci/run sets CI) a missing LibreOffice is a failure, not a skip. */
const inCi = !['', '0', 'false'].includes(process.env.CI ?? '');

test('LibreOffice opens every Word file and prints it on the expected number of A4 pages', () => {
  test.skip(!soffice && !inCi, 'LibreOffice（soffice）がないため、Word の様式の往復の確認を飛ばしました。入れるには: sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui');
  expect(soffice, 'CI では LibreOffice（soffice）が必要です（scripts/ensure-system-deps.sh test が root で入れます）。飛ばさずに失敗とします。').toBe(true);
  test.setTimeout(120_000);
  const out = mkdtempSync(join(tmpdir(), 'templates-lo-'));
  try {
    const docxFiles = files.filter((file) => file.endsWith('.docx')).map((file) => join(folder, file));
    // A profile of its own, so a LibreOffice the user has open does not take the job.
    execFileSync('soffice', [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...docxFiles], { stdio: 'pipe', timeout: 110_000 });
    for (const [id, [blank, example]] of Object.entries(libreOfficePages)) {
      for (const [suffix, pages] of [['', blank], ['-example', example]] as const) {
        const info = pdfInfo(join(out, `${id}${suffix}.pdf`));
        expect(info.pages, `${id}${suffix}.docx`).toBe(pages);
        expect([Math.round(info.width), Math.round(info.height)], `${id}${suffix}.docx`).toEqual([595, 842]);
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
