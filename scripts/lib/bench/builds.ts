import { appendFileSync, cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../steps.ts';
import type { RenderResult } from '../pdf/render-result.ts';
import { median, round } from './stats.ts';

/**
 * The steps of `npm run build` that make the site itself, and those that make the print products
 * and the 様式集's files. Astro's build writes the search index itself (its integration), so the
 * index has no step of its own.
 */
export const siteSteps = ['contentCheck', 'site'] as const;
export const printSteps = ['printFonts', 'pdf', 'templates'] as const;

/** One `npm run build`: its time from start to end of the process, each step's, and its PDFs. */
export interface BuildRun {
  wallSeconds: number;
  seconds: Record<string, number>;
  pdfs: RenderResult[];
}

/** The kinds of build measured: from nothing, again with nothing changed, and after one guidebook page changed. */
export type BuildKind = 'cold' | 'unchanged' | 'onePage';

async function timedBuild(record: string, env: NodeJS.ProcessEnv = {}): Promise<BuildRun> {
  const started = performance.now();
  await run('node', ['scripts/build.ts'], env);
  const wallSeconds = (performance.now() - started) / 1000;
  const { seconds, pdfs } = JSON.parse(readFileSync(record, 'utf8')) as { seconds: Record<string, number>; pdfs: RenderResult[] };
  return { wallSeconds, seconds, pdfs };
}

/**
 * Builds the site `runs` times from nothing (no previous output: every PDF rendered, every font
 * subset cut), `runs` times again with nothing changed (every PDF reused), and twice with one
 * guidebook page changed: a sentence added, then taken out again (the guidebook renders, the
 * pamphlets are reused). The content is edited in a copy, so content/ is never touched.
 */
export async function measureBuilds(runs: number, paths: { dist: string; record: string; benchDir: string; guidebookPage: string }): Promise<Record<BuildKind, BuildRun[]>> {
  const measured: Record<BuildKind, BuildRun[]> = { cold: [], unchanged: [], onePage: [] };
  for (let index = 0; index < runs; index++) {
    console.log(`\n… ビルド（初回: 前回の出力なし） ${index + 1}/${runs}`);
    rmSync(paths.dist, { recursive: true, force: true });
    measured.cold.push(await timedBuild(paths.record));
  }
  for (let index = 0; index < runs; index++) {
    console.log(`\n… ビルド（変更なし） ${index + 1}/${runs}`);
    measured.unchanged.push(await timedBuild(paths.record));
  }
  const edited = join(paths.benchDir, 'content-one-page');
  rmSync(edited, { recursive: true, force: true });
  cpSync('content', edited, { recursive: true });
  appendFileSync(join(edited, 'guidebook', paths.guidebookPage), '\n計測のために、この一文を足しました。\n');
  console.log(`\n… ビルド（ガイドブックの 1 ページ ${paths.guidebookPage} に一文を足す）`);
  measured.onePage.push(await timedBuild(paths.record, { CONTENT_DIR: edited }));
  console.log('\n… ビルド（足した一文を戻す）');
  measured.onePage.push(await timedBuild(paths.record));
  rmSync(edited, { recursive: true, force: true });
  return measured;
}

/** The median of each kind of build: the whole process, each step, the site's steps together, and the whole over the site's steps. */
export function summariseBuilds(measured: Record<BuildKind, BuildRun[]>) {
  return Object.fromEntries(
    Object.entries(measured).map(([kind, runs]) => {
      const step = (name: string) => round(median(runs.map((item) => item.seconds[name] ?? 0)));
      const siteOnly = round(median(runs.map((item) => siteSteps.reduce((sum, name) => sum + (item.seconds[name] ?? 0), 0))));
      const whole = round(median(runs.map((item) => item.wallSeconds)));
      return [
        kind,
        {
          runs: runs.length,
          wallSeconds: whole,
          steps: Object.fromEntries([...siteSteps, ...printSteps].map((name) => [name, step(name)])),
          siteOnlySeconds: siteOnly,
          wholeOverSiteOnly: round(median(runs.map((item) => item.wallSeconds / siteSteps.reduce((sum, name) => sum + (item.seconds[name] ?? 0), 0))), 2),
          // The same without the process's own start and finish (Node, imports, swapping dist/), which a site-only build has too.
          stepsOverSiteOnly: round(median(runs.map((item) => [...siteSteps, ...printSteps].reduce((sum, name) => sum + (item.seconds[name] ?? 0), 0) / siteSteps.reduce((sum, name) => sum + (item.seconds[name] ?? 0), 0))), 2),
          reusedPdfs: round(median(runs.map((item) => item.pdfs.filter((pdf) => pdf.reused).length)), 0),
          pdfs: runs[0]!.pdfs.length,
        },
      ];
    }),
  ) as Record<BuildKind, { runs: number; wallSeconds: number; steps: Record<string, number>; siteOnlySeconds: number; wholeOverSiteOnly: number; stepsOverSiteOnly: number; reusedPdfs: number; pdfs: number }>;
}
