import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { createMdxChecker } from '../content-check/parse-mdx.ts';
import { run } from '../steps.ts';
import { buildSearchIndex } from '../../../src/lib/search/build-search-index.ts';

/**
 * Sentences of the guideline's paragraphs, as plain text, recombined into synthetic pages. Read
 * with the site's own MDX parser (the content check's), not from the raw files: the chapters
 * hold components (<Editorial>) and directives (:completion[…]), whose syntax would otherwise
 * land in the synthetic pages half-cut (an unpaired </Editorial> broke the scale run).
 */
function sentencesFromGuideline(contentDir: string): string[] {
  // Parsed only: the site's plugins, which would run after parsing, are not needed for the text.
  const parser = createMdxChecker({ root: contentDir, glossary: [] });
  const paragraphs: string[] = [];
  for (const file of readdirSync(join(contentDir, 'guideline')).filter((name) => name.endsWith('.mdx'))) {
    visit(parser.parse(readFileSync(join(contentDir, 'guideline', file), 'utf8')), 'paragraph', (paragraph) => {
      paragraphs.push(toString(paragraph));
    });
  }
  return paragraphs
    .flatMap((paragraph) => paragraph.split(/(?<=。)/u))
    .map((sentence) => sentence.replace(/[#\-*\[\](){}<>]/g, '').trim())
    .filter((sentence) => sentence.length > 20);
}

/**
 * A guideline-like page: a title, sections with headings and paragraphs drawn from the real text.
 * It is one of the site's own pages (content/pages/), not a chapter of the guideline: the
 * content check refuses a guideline page whose heading or sentences are not the official
 * summary's, and a synthetic page must be one the product would build.
 */
function syntheticPage(index: number, sentences: readonly string[]): string {
  const pick = (offset: number) => sentences[(index * 7 + offset) % sentences.length]!;
  const sections = [1, 2, 3, 4].map((section) => `## ${section} 検討事項${index}-${section}\n\n${pick(section)}${pick(section + 11)}\n\n- ${pick(section + 3).slice(0, 30)}\n- ${pick(section + 5).slice(0, 30)}\n`);
  return `---
title: 合成ページ ${index}
description: ベンチマーク用に指針の文章から組み立てたページです（${index}）。
updated: 2026-11-25
---

${pick(0)}

${sections.join('\n')}`;
}

/** Adds `count` synthetic pages to a content folder's pages (a copy: content/ itself is never touched). */
export function writeSyntheticPages(contentDir: string, count: number): void {
  const sentences = sentencesFromGuideline(contentDir);
  for (let index = 1; index <= count; index++) writeFileSync(join(contentDir, 'pages', `synthetic-${index}.mdx`), syntheticPage(index, sentences));
}

/** Size of a folder in bytes, files only. */
function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
    const stat = statSync(join(folder, name));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

/**
 * Builds the site and its search index with `extraPages` synthetic pages added to a
 * copy of content/, in a temporary folder, and reports how long it took and how big the index
 * became. `astro build` indexes the site itself (src/integrations/search-index.ts, with src/lib/search/build-search-index.ts); the index
 * time is measured by indexing the built site once more, alone. PDFs are left out: synthetic
 * pages do not change them.
 */
export async function scaleRun(extraPages: number, workDir: string) {
  rmSync(workDir, { recursive: true, force: true });
  const content = join(workDir, 'content');
  const out = join(workDir, 'site');
  mkdirSync(workDir, { recursive: true });
  cpSync('content', content, { recursive: true });
  writeSyntheticPages(content, extraPages);

  const env = { CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };
  let started = performance.now();
  await run('astro', ['build', '--silent', '--outDir', out], env);
  const siteSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const { pages } = await buildSearchIndex(out);
  const indexSeconds = (performance.now() - started) / 1000;
  const result = { extraPages, indexedPages: pages, siteSeconds, indexSeconds, indexBytes: folderBytes(join(out, 'pagefind')) };
  rmSync(workDir, { recursive: true, force: true });
  return result;
}
