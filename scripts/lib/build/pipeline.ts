import { relative } from 'node:path';
import type { SiteBuild } from '../../../src/lib/site-build.ts';
import type { PrintFontSubsets } from '../pdf/print-fonts.ts';
import type { RenderResult } from '../pdf/render-result.ts';
import type { TemplateFile } from '../templates/write-templates.ts';
import type { buildPaths } from '../build-paths.ts';
import { timed } from '../steps.ts';

/** What the person building asked for (`npm run build -- --release --force`). */
export interface BuildOptions {
  /** For publishing: refuses while a required setting is empty or the URL is an example. */
  release: boolean;
  /** Renders every PDF and cuts every font subset, reusing nothing from the previous dist/. */
  force: boolean;
}

/** One run of the build, as the stages pass it on: what was asked, where it goes, and what each stage made. */
export interface BuildRun {
  /** The project folder the build runs in (Astro's root). */
  root: string;
  options: BuildOptions;
  /** The content folder and public/ (content/, or CONTENT_DIR). */
  folders: { contentRoot: string; publicDir: string };
  paths: ReturnType<typeof buildPaths>;
  /** The build, with content/site.yaml as the content check read it: set by the first stage. */
  build?: SiteBuild;
  /** The print pages' font subsets, by their rules' address. */
  fonts: PrintFontSubsets;
  /** The print products' PDFs. */
  pdfs: RenderResult[];
  /** The 様式集's Word and PDF files. */
  templates: TemplateFile[];
  /** Seconds each stage took, by its key: kept in the build record for the benchmark. */
  seconds: Record<string, number>;
}

/** A named step of the build. Stages run in order; one that throws stops the build, and dist/ stays as it was. */
export interface Stage {
  /** Its key in the build record (`.build/dist-last-build.json`). */
  key: string;
  /** What it does, as the person building reads it. */
  title: string;
  run(run: BuildRun): Promise<void>;
}

/** The build of a run, once its content check has read content/site.yaml. */
export function siteBuildOf(run: BuildRun): SiteBuild {
  if (!run.build) throw new Error('content/site.yaml はまだ読まれていません: 「content/ の確認」の段階を先に置いてください。');
  return run.build;
}

/** Runs the stages in order, timing each; on a failure, says that dist/ is unchanged and rethrows. */
export async function runStages(run: BuildRun, stages: readonly Stage[]): Promise<void> {
  for (const stage of stages) {
    try {
      run.seconds[stage.key] = (await timed(stage.title, () => stage.run(run))).seconds;
    } catch (error) {
      console.error(`\n✘ ビルドを「${stage.title}」で中止しました。${relative(run.root, run.paths.dist)}/ は前回のビルドのままです。\n${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  }
}
