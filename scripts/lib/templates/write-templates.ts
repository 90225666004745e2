import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentErrors } from '../../../src/lib/content/content-error.ts';
import { formatFileSize, templateFonts } from '../../../src/lib/print/products.ts';
import { formPage } from '../../../src/lib/print/form-page.ts';
import { mmToPt } from '../../../src/lib/print/units.ts';
import { downloadsHref, printTemplateHref, templateFileHref } from '../../../src/lib/routes.ts';
import { loadTemplates } from '../../../src/lib/templates/template-files.ts';
import type { PrintFontSubsets } from '../pdf/print-fonts.ts';
import { packageVersion, RenderCache, rendererFingerprint, requestRecorder, staticInputs } from '../pdf/render-cache.ts';
import { defaultConcurrency, inPool } from '../pdf/pool.ts';
import { StepFailure } from '../steps.ts';
import type { SiteBuild } from '../../../src/lib/site-build.ts';

/** One file of the 様式集 as written: its address and size, and a PDF's page count. */
export interface TemplateFile {
  href: string;
  bytes: number;
  pages?: number;
}

/** The form's paper (A4) in PDF points; a PDF may differ by a point of rounding either way. */
const a4 = { width: mmToPt(formPage.widthMm), height: mmToPt(formPage.heightMm) };

/**
 * Writes the 様式集 into a built site: for every form in `<contentRoot>/templates/`, the blank
 * form and its 記入例 as Word (.docx, read back and compared with the content) and as PDF
 * (rendered by Chromium from the form's print page, checked to be A4), and returns them, for the
 * pages that list them (scripts/lib/build/download-sizes.ts). Any mismatch stops the build, naming the form's file.
 * A PDF whose print page is unchanged since the last build (`options.previousDir`) is copied from
 * it, and so is a Word file whose form (and the code that writes it) is unchanged.
 */
export async function writeTemplateFiles(siteDir: string, build: Pick<SiteBuild, 'contentRoot' | 'base' | 'settings'>, log: (line: string) => void = console.log, options: { previousDir?: string; force?: boolean; fonts?: PrintFontSubsets } = {}): Promise<TemplateFile[]> {
  const { contentRoot, base } = build;
  const { templates, problems } = loadTemplates(contentRoot);
  if (problems.length > 0) throw new ContentErrors(problems);
  const siteName = build.settings.siteName;
  await mkdir(join(siteDir, downloadsHref, 'templates'), { recursive: true });
  const written: TemplateFile[] = [];
  // The PDFs' record also keeps the Word files: one whose form and code are unchanged is copied from the last build.
  const fingerprint = createHash('sha256').update(rendererFingerprint()).update(readFileSync(fileURLToPath(import.meta.url))).digest('hex');
  const cache = new RenderCache<TemplateFile>(siteDir, options.force ? undefined : options.previousDir, fingerprint, '', join(downloadsHref, '.render-cache-templates.json'));
  const wordCode = createHash('sha256');
  for (const file of ['../../../src/lib/templates/docx.ts', '../../../src/lib/templates/check-docx.ts', '../../../src/lib/print/form-page.ts', '../../../src/lib/print/formats.ts', '../../../src/lib/print/units.ts', '../../../src/lib/i18n/ja.ts']) wordCode.update(readFileSync(new URL(file, import.meta.url)));
  for (const name of ['docx', 'jszip']) wordCode.update(`${name}@${packageVersion(name)}`);
  wordCode.update(siteName); // the footer's note names the site
  const word = wordCode.digest('hex');
  let reusedWord = 0;
  for (const template of templates) {
    for (const form of [template.blank, template.example]) {
      const href = templateFileHref(template.id, form.variant, 'docx');
      const target = { id: `${template.id}-${form.variant}-docx`, source: template.file, form, word };
      const reused = await cache.reuse(target);
      if (reused) {
        written.push(reused);
        reusedWord++;
        continue;
      }
      // The Word libraries load only for a form that changed.
      const [{ formToDocx }, { compareDocx, readDocx }] = await Promise.all([import('../../../src/lib/templates/docx.ts'), import('../../../src/lib/templates/check-docx.ts')]);
      const bytes = await formToDocx(form, { siteName });
      const differences = compareDocx(await readDocx(bytes), form);
      if (differences.length > 0) throw new StepFailure(`${template.file}: ${href} が原稿と違います: ${differences.slice(0, 5).join('。')}`);
      await writeFile(join(siteDir, href), bytes);
      const file = { href, bytes: bytes.length };
      await cache.record(target, [], [href.slice(1)], file);
      written.push(file);
    }
  }
  if (reusedWord > 0) log(`様式の Word ${templates.length * 2} 件のうち ${reusedWord} 件は、前回から変わっていないため、前回のファイルを使いました`);

  // The PDFs: a form whose print page and everything it loads are unchanged since the last build is copied from
  // there (see scripts/lib/pdf/render-cache.ts); the others render side by side, one browser page per core.
  const targets = templates.flatMap((template) => (['blank', 'example'] as const).map((kind) => ({ id: `${template.id}-${kind}`, template: template.id, source: template.file, path: printTemplateHref(template.id, kind), href: templateFileHref(template.id, kind, 'pdf') })));
  const queue: typeof targets = [];
  const pdfs = new Map<string, TemplateFile>();
  for (const target of targets) {
    const reused = await cache.reuse(target);
    if (reused) pdfs.set(target.id, reused);
    else queue.push(target);
  }
  if (pdfs.size > 0) log(`様式の PDF ${targets.length} 件のうち ${pdfs.size} 件は、前回から変わっていないため、前回のPDFを使いました`);
  if (queue.length > 0) {
    const [{ openRenderer, loadPrintFonts }, { readingPdf }, { inspectPdf }, { checkPrintedCharacters }] = await Promise.all([import('../pdf/render-product.ts'), import('../pdf/lay-out-pdf.ts'), import('../pdf/inspect-pdf.ts'), import('../pdf/checks.ts')]);
    const renderer = await openRenderer(siteDir, base);
    try {
      await inPool(
        queue,
        defaultConcurrency(),
        async () => renderer.browser.newPage(),
        async (page, target) => {
          const url = new URL(target.path.slice(1), renderer.server.url).href;
          const inputs = new Set([...staticInputs(siteDir, target.path, base), '/_headers']);
          const record = requestRecorder(renderer.server.url, base, inputs);
          page.on('request', record);
          try {
            const response = await page.goto(url, { waitUntil: 'load' });
            if (!response?.ok()) throw new StepFailure(`${target.source}: 印刷用ページ ${url} が開けません（${response?.status() ?? '応答なし'}）。`);
            await page.emulateMedia({ media: 'print' });
            await loadPrintFonts(page);
            await page.waitForFunction(() => [...document.images].every((image) => image.complete));
            // Every character it prints is in the subset of the typeface cut for its pages (when the build cut one).
            const subset = options.fonts?.get(templateFonts(target.template));
            if (subset) await checkPrintedCharacters(page, { pdf: target.href, source: target.source }, subset);
            const bytes = await readingPdf(url);
            const pdf = await inspectPdf(bytes);
            const wrongSize = pdf.pages.find((size) => Math.abs(size.width - a4.width) > 1 || Math.abs(size.height - a4.height) > 1);
            if (wrongSize) throw new StepFailure(`${target.source}: PDF の用紙が A4 ではありません（${wrongSize.width} × ${wrongSize.height} pt）。`);
            await writeFile(join(siteDir, target.href), bytes);
            const file = { href: target.href, bytes: bytes.length, pages: pdf.pages.length };
            await cache.record(target, [...inputs], [target.href.slice(1)], file);
            pdfs.set(target.id, file);
          } finally {
            page.off('request', record);
          }
        },
      );
    } finally {
      await renderer.close();
    }
  }
  await cache.write();
  written.push(...targets.map((target) => pdfs.get(target.id)!));
  for (const file of written) log(`${file.href}: ${formatFileSize(file.bytes)}${file.pages ? `、${file.pages} ページ` : ''}`);
  return written;
}
