import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditTool } from './criteria.ts';

/**
 * The machine results of a test run, as the tests write them and the site build reads them.
 * tests/site/page-audit.spec.ts writes one {@link PageAuditRecord} per page it audits (axe-core
 * and IBM Equal Access), tests/site/html-validity.spec.ts one {@link NuAuditRecord}, both into
 * {@link auditResultsFolder}; `npm test` empties test-results/ when it starts, so what is there
 * after a run is that run's. The report page combines them with {@link readAuditResults}.
 */

/** Where the test run writes its machine results, from the project root (test-results/ is git-ignored). */
export const auditResultsFolder = 'test-results/accessibility';

/** The folder of per-page records inside {@link auditResultsFolder}, and the Nu checker's file. */
export const auditResultFiles = { pages: 'pages', nu: 'nu.json' } as const;

/** A tool and the version that ran, read from its installed package. */
export interface ToolVersion {
  tool: AuditTool;
  /** The package: axe-core, accessibility-checker-engine or vnu-jar. */
  package: string;
  version: string;
  /** The rule set the tool ran with (axe's tags, IBM's WCAG_2_2). */
  ruleset?: string;
}

/** One rule's failures on one page. */
export interface AuditViolation {
  tool: AuditTool;
  /** The tool's rule id, or for Nu the message. */
  rule: string;
  /** Numbers of the WCAG success criteria the tool files the rule under (`1.1.1`); for Nu, 4.1.1. */
  criteria: string[];
  /** How many elements fail it. */
  count: number;
}

/** What axe-core and IBM Equal Access found on one page. */
export interface PageAuditRecord {
  /** The page's path: `/guideline/basics/`. */
  path: string;
  /** When it was tested (ISO 8601). */
  testedAt: string;
  /** When the tested dist/ was built (the build's record), or null when no record was found. */
  builtAt: string | null;
  tools: ToolVersion[];
  violations: AuditViolation[];
}

/** What the Nu Html Checker found over the whole built site. */
export interface NuAuditRecord {
  testedAt: string;
  builtAt: string | null;
  tool: ToolVersion;
  /** Every page checked, with its errors (none for most). */
  pages: { path: string; violations: AuditViolation[] }[];
}

/** One page's machine results from every tool that checked it. */
export interface PageResult {
  path: string;
  /** The tools that checked this page. */
  tools: AuditTool[];
  violations: AuditViolation[];
}

/** The machine results of the latest test run, combined. */
export interface AuditResults {
  /** The first and last time a page was tested (ISO 8601). */
  testedFrom: string;
  testedUntil: string;
  builtAt: string | null;
  tools: ToolVersion[];
  /** Every page tested, in path order. */
  pages: PageResult[];
}

/**
 * Combines the records of a test run. Records of an older build of the site are left out (a
 * partial run on a later build replaces what it tested and leaves stale pages behind otherwise):
 * only those of the newest build tested count. None gives undefined: no results.
 */
export function combineAuditRecords(pageRecords: readonly PageAuditRecord[], nu: NuAuditRecord | undefined): AuditResults | undefined {
  const builds = [...pageRecords.map((record) => record.builtAt), ...(nu ? [nu.builtAt] : [])];
  if (builds.length === 0) return undefined;
  const newest = builds.reduce((latest, built) => ((built ?? '') > (latest ?? '') ? built : latest));
  const pages = new Map<string, PageResult>();
  const tools = new Map<string, ToolVersion>();
  const times: string[] = [];
  const pageOf = (path: string) => {
    const page = pages.get(path) ?? { path, tools: [], violations: [] };
    pages.set(path, page);
    return page;
  };
  for (const record of pageRecords.filter((item) => item.builtAt === newest)) {
    times.push(record.testedAt);
    const page = pageOf(record.path);
    for (const tool of record.tools) {
      tools.set(`${tool.tool} ${tool.version}`, tool);
      if (!page.tools.includes(tool.tool)) page.tools.push(tool.tool);
    }
    page.violations.push(...record.violations);
  }
  if (nu && nu.builtAt === newest) {
    times.push(nu.testedAt);
    tools.set(`nu ${nu.tool.version}`, nu.tool);
    for (const checked of nu.pages) {
      const page = pageOf(checked.path);
      page.tools.push('nu');
      page.violations.push(...checked.violations);
    }
  }
  times.sort();
  return {
    testedFrom: times[0]!,
    testedUntil: times.at(-1)!,
    builtAt: newest,
    tools: [...tools.values()].sort((a, b) => a.tool.localeCompare(b.tool)),
    pages: [...pages.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}

/** Reads the test run's records from `folder` (see {@link auditResultsFolder}) and combines them; undefined when there are none. */
export function readAuditResults(folder: string): AuditResults | undefined {
  const pagesFolder = join(folder, auditResultFiles.pages);
  const pageRecords = existsSync(pagesFolder)
    ? readdirSync(pagesFolder)
        .filter((name) => name.endsWith('.json'))
        .map((name) => JSON.parse(readFileSync(join(pagesFolder, name), 'utf8')) as PageAuditRecord)
    : [];
  const nuFile = join(folder, auditResultFiles.nu);
  const nu = existsSync(nuFile) ? (JSON.parse(readFileSync(nuFile, 'utf8')) as NuAuditRecord) : undefined;
  return combineAuditRecords(pageRecords, nu);
}
