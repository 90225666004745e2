import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import type { AxeResults } from 'axe-core';
import { auditResultFiles, auditResultsFolder, type AuditViolation, type NuAuditRecord, type PageAuditRecord, type ToolVersion } from '../../src/lib/accessibility/audit-results.ts';
import { buildPaths } from '../../scripts/lib/build-paths.ts';
import { ibmRuleset, type IbmViolation } from './ibm-checker.ts';

/**
 * Writes what the accessibility tools found into test-results/accessibility/ for the report page
 * (/accessibility/report/), which the next build reads. Written before the tests' assertions,
 * so a page that fails is recorded with its failures; a page whose test stopped earlier has no
 * record, and the report counts it as untested.
 */

const require = createRequire(import.meta.url);
const folder = resolve(auditResultsFolder);
const versionOf = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

/** When the dist/ under test was built, from the build's record (none for a site built by Astro alone). */
function builtAt(): string | null {
  const { record } = buildPaths(process.cwd());
  return existsSync(record) ? ((JSON.parse(readFileSync(record, 'utf8')) as { finishedAt?: string }).finishedAt ?? null) : null;
}

let ibmCriteria: Map<string, string[]> | undefined;

/** The success criteria the IBM engine files each rule of its rule set under, from the engine's own guidelines. */
function ibmRuleCriteria(): Map<string, string[]> {
  if (ibmCriteria) return ibmCriteria;
  const ace = require('accessibility-checker-engine/ace-node.js') as { Checker: new () => { getGuidelines(): { id: string; checkpoints: { num: string; rules?: { id: string }[] }[] }[] } };
  const guideline = new ace.Checker().getGuidelines().find((item) => item.id === ibmRuleset)!;
  ibmCriteria = new Map();
  for (const checkpoint of guideline.checkpoints) for (const rule of checkpoint.rules ?? []) ibmCriteria.set(rule.id, [...(ibmCriteria.get(rule.id) ?? []), checkpoint.num]);
  return ibmCriteria;
}

/** `wcag111` → `1.1.1`. */
const criterionOfTag = (tag: string) => /^wcag(\d)(\d)(\d+)$/.exec(tag)?.slice(1).join('.');

/** Records one page's axe-core and IBM Equal Access results. */
export function recordPageAudit(path: string, axe: AxeResults, axeTags: readonly string[], ibm: readonly IbmViolation[]): void {
  const ibmCount = new Map<string, number>();
  for (const violation of ibm) ibmCount.set(violation.ruleId, (ibmCount.get(violation.ruleId) ?? 0) + 1);
  const violations: AuditViolation[] = [
    ...axe.violations.map((violation) => ({ tool: 'axe' as const, rule: violation.id, criteria: violation.tags.flatMap((tag) => criterionOfTag(tag) ?? []), count: violation.nodes.length })),
    ...[...ibmCount].map(([rule, count]) => ({ tool: 'ibm' as const, rule, criteria: ibmRuleCriteria().get(rule) ?? [], count })),
  ];
  const tools: ToolVersion[] = [
    { tool: 'axe', package: 'axe-core', version: axe.testEngine.version, ruleset: axeTags.join(', ') },
    { tool: 'ibm', package: 'accessibility-checker-engine', version: versionOf('accessibility-checker-engine'), ruleset: ibmRuleset },
  ];
  const record: PageAuditRecord = { path, testedAt: new Date().toISOString(), builtAt: builtAt(), tools, violations };
  const pages = join(folder, auditResultFiles.pages);
  mkdirSync(pages, { recursive: true });
  writeFileSync(join(pages, `${createHash('sha256').update(path).digest('hex').slice(0, 16)}.json`), JSON.stringify(record, null, 2));
}

/** The path of every HTML file the Nu checker reads in `distDir`: `/guideline/`, `/404.html`. */
function builtPages(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'));
}

/** Records the Nu Html Checker's errors over the built site (every error filed under 4.1.1 構文解析). */
export function recordNuAudit(distDir: string, errors: readonly { url: string }[]): void {
  const pathOf = (url: string) => `/${relative(distDir, decodeURIComponent(url.replace(/^file:/, ''))).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
  const perPage = new Map<string, number>();
  for (const error of errors) perPage.set(pathOf(error.url), (perPage.get(pathOf(error.url)) ?? 0) + 1);
  const record: NuAuditRecord = {
    testedAt: new Date().toISOString(),
    builtAt: builtAt(),
    tool: { tool: 'nu', package: 'vnu-jar', version: versionOf('vnu-jar') },
    pages: builtPages(distDir).map((path) => ({ path, violations: perPage.has(path) ? [{ tool: 'nu', rule: 'html-error', criteria: ['4.1.1'], count: perPage.get(path)! }] : [] })),
  };
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, auditResultFiles.nu), JSON.stringify(record, null, 2));
}
