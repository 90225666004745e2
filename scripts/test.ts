// Runs every test: unit tests (Vitest) and the built-site tests (Playwright), then prints
// one plain `N passed, N failed` line. Builds the site first when dist/ is missing or older
// than its sources, so it also passes on a fresh clone after `npm ci` alone.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDataFile } from '../src/lib/content/load-data-file.ts';
import { basePathOf } from '../src/lib/routes.ts';
import { run } from './lib/steps.ts';
import { buildPaths } from './lib/build-paths.ts';
import { useCompileCache } from './lib/compile-cache.ts';
import { cpuUsedBetween, machineCpuTime, type CpuUse } from './lib/cpu-time.ts';

const root = process.cwd();
useCompileCache(root);
testAtDomainRoot();
const { dist, record } = buildPaths(root);

/** Everything a build reads: if any of it changed after the last build, build again. */
const buildInputs = ['content', 'src', 'public', 'scripts', 'astro.config.mjs', 'package-lock.json'];

/**
 * The tests visit pages by their site paths (`/guideline/`) on a server at the root. When
 * content/site.yaml publishes the site in a folder of a domain (`https://…/kusei/kyodo/shishin/`),
 * they test a copy of the content published at that domain's root instead, built into
 * .build/test-dist/ so that dist/ stays the folder's build. Publishing in a folder is tested on
 * its own, by serving a release from a folder (tests/site/build-safety.spec.ts).
 */
function testAtDomainRoot(): void {
  const content = resolve(root, process.env.CONTENT_DIR ?? 'content');
  const { publicUrl } = loadDataFile(content, 'siteSettings');
  if (basePathOf(publicUrl) === '/') return;
  const copy = join(root, '.build', 'test-content');
  rmSync(copy, { recursive: true, force: true });
  cpSync(content, copy, { recursive: true });
  const settings = join(copy, 'site.yaml');
  const atRoot = new URL('/', publicUrl).href;
  writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^publicUrl:.*$/m, `publicUrl: ${atRoot}`));
  console.log(`公開URL ${publicUrl} はフォルダの中なので、試験は同じドメインの ${atRoot} に置いた場合のサイト（.build/test-dist/）で行います。`);
  process.env.CONTENT_DIR = copy;
  process.env.SITE_DIST = join(root, '.build', 'test-dist');
}

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

function buildIsCurrent(): boolean {
  if (!existsSync(dist) || !existsSync(record)) return false;
  const builtAt = statSync(record).mtimeMs;
  return buildInputs.filter((input) => existsSync(join(root, input))).every((input) => newestChange(join(root, input)) <= builtAt);
}

/** Counts from a Vitest or Playwright JSON report; a missing report counts as one failure. Skipped tests are counted so that a skip is seen. */
function countResults(file: string): { passed: number; failed: number; skipped: number } {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in report) {
    // A suite that fails to load has no failed tests but is still a failure.
    const unexplained = !report.success && report.numFailedTests === 0 ? 1 : 0;
    return { passed: report.numPassedTests, failed: report.numFailedTests + unexplained, skipped: report.numPendingTests + report.numTodoTests };
  }
  const stats = report.stats as { expected: number; unexpected: number; flaky: number; skipped: number };
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected + (report.errors?.length ?? 0), skipped: stats.skipped };
}

rmSync(join(root, 'test-results'), { recursive: true, force: true });
const results: { passed: number; failed: number; skipped?: number }[] = [];
let setupFailed = false;
try {
  await run('bash', ['scripts/ensure-system-deps.sh', 'test']);
  if (buildIsCurrent()) console.log('dist/ は最新です。ビルドを省きます。');
  else await run('node', ['scripts/build.ts']);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  setupFailed = true;
}

/** Each part's time, and what the machine's processors did meanwhile: on two cores, a part that keeps both busy is shortened only by less work, not by more parallel runs. */
const seconds: Record<string, number> = {};
const cpu: Record<string, CpuUse | undefined> = {};
if (!setupFailed) {
  for (const [name, command, args, report] of [
    ['unit', 'vitest', ['run'], 'test-results/unit.json'],
    ['site', 'playwright', ['test'], 'test-results/site.json'],
  ] as const) {
    const started = performance.now();
    const cpuBefore = machineCpuTime();
    await run(command, args).catch(() => undefined);
    seconds[name] = (performance.now() - started) / 1000;
    cpu[name] = cpuUsedBetween(cpuBefore, machineCpuTime());
    results.push(countResults(join(root, report)));
  }
  // The content against the amounts it was accepted with: one check, apart from the tests of behaviour.
  const accepted = await run('node', ['scripts/check-acceptance.ts']).then(() => true, () => false);
  results.push({ passed: accepted ? 1 : 0, failed: accepted ? 0 : 1 });
}
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results', 'durations.json'), JSON.stringify({ ...seconds, cpu }));
const partNames: Record<string, string> = { unit: '単体', site: 'サイト' };
const parts = Object.entries(seconds).map(([name, value]) => `${partNames[name] ?? name} ${Math.round(value)} 秒${cpu[name] ? `（CPU ${Math.round(cpu[name]!.busyShare * 100)} %、${cpu[name]!.busyCoreSeconds} コア秒）` : ''}`);
if (parts.length > 0) console.log(`\n時間: ${parts.join('、')}`);

const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0) + (setupFailed ? 1 : 0);
const skipped = results.reduce((sum, result) => sum + (result.skipped ?? 0), 0);
// A skip says why in the report above (a tool missing on this machine); CI fails instead of skipping.
console.log(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
