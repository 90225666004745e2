import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../steps.ts';
import { buildSearchIndex } from '../../../src/lib/search/build-search-index.ts';

/** Paragraph-sized pieces of the guideline, recombined into synthetic pages. */
function sentencesFromGuideline(contentDir: string): string[] {
  const text = readdirSync(join(contentDir, 'guideline'))
    .map((file) => readFileSync(join(contentDir, 'guideline', file), 'utf8').replace(/^---[\s\S]*?---/, ''))
    .join('\n');
  return text
    .replace(/:completion\[([^\]]*)\]/g, '$1')
    .split(/(?<=。)/u)
    .map((sentence) => sentence.replace(/[#\-*\[\]()]/g, '').trim())
    .filter((sentence) => sentence.length > 20);
}

/** A guideline-like page: a title, sections with headings and paragraphs drawn from the real text. */
function syntheticPage(index: number, sentences: readonly string[]): string {
  const pick = (offset: number) => sentences[(index * 7 + offset) % sentences.length]!;
  const sections = [1, 2, 3, 4].map((section) => `## ${section} 検討事項${index}-${section}\n\n${pick(section)}${pick(section + 11)}\n\n- ${pick(section + 3).slice(0, 30)}\n- ${pick(section + 5).slice(0, 30)}\n`);
  return `---
title: 合成ページ ${index}
navTitle: 合成 ${index}
description: ベンチマーク用に指針の文章から組み立てたページです（${index}）。
order: ${1000 + index}
officialHeading: 合成ページ ${index}
updated: 2026-11-25
---

${pick(0)}

${sections.join('\n')}`;
}

/** Size of a folder in bytes, files only. */
function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
    const stat = statSync(join(folder, name));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

/**
 * Builds the site and its search index with `extraPages` synthetic guideline pages added to a
 * copy of content/, in a temporary folder, and reports how long it took and how big the index
 * became. `astro build` indexes the site itself (src/integrations/search-index.ts, with src/lib/search/build-search-index.ts); the index
 * time is measured by indexing the built site once more, alone. PDFs are left out: synthetic
 * guideline pages do not change them.
 */
export async function scaleRun(extraPages: number, workDir: string) {
  rmSync(workDir, { recursive: true, force: true });
  const content = join(workDir, 'content');
  const out = join(workDir, 'site');
  mkdirSync(workDir, { recursive: true });
  cpSync('content', content, { recursive: true });
  const sentences = sentencesFromGuideline(content);
  for (let index = 1; index <= extraPages; index++) writeFileSync(join(content, 'guideline', `synthetic-${index}.mdx`), syntheticPage(index, sentences));

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
