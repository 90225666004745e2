import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/**
 * IBM's Equal Access engine (accessibility-checker-engine), a second opinion beside axe: its
 * rules are its own, not axe's, so each finds what the other misses.
 *
 * The engine is one browser script, ace.js, that defines a global `ace`. The pages send a strict
 * Content-Security-Policy (script-src 'self', no 'unsafe-inline'), so page.addScriptTag, which
 * inserts the file as an inline <script>, is refused and reported as a policy violation. The
 * script's text is run with page.evaluate instead: code evaluated through the DevTools protocol
 * is not bound by the page's policy, and the page's own policy stays in force (bypassCSP would
 * switch it off for the whole context, and the audit checks that policy on the same page).
 * ace.js uses no eval, so nothing it does afterwards is blocked either.
 */
const enginePath = createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js');
let engineSource: string | undefined;

/** The rule set: "WCAG 2.2 (A, AA)" in the engine's list (the others are WCAG_2_0, WCAG_2_1 and IBM_Accessibility). */
export const ibmRuleset = 'WCAG_2_2';

/** One failure the engine is sure of: a rule, why it failed (reasonId), where, and the engine's words. */
export interface IbmViolation {
  ruleId: string;
  reasonId: string;
  message: string;
  /** The element's XPath, e.g. /html[1]/body[1]/header[1]/div[1]/form[1]/input[1]. */
  xpath: string;
  /** The element's start tag. */
  snippet: string;
}

/**
 * A result not to report, matched by rule, reason and where the element is (a CSS selector that
 * the element or one of its ancestors matches). Each one says why it is not a failure.
 */
export interface IbmException {
  ruleId: string;
  reasonId: string;
  within: string;
  why: string;
}

/**
 * Runs the engine on the page's current document with the WCAG 2.2 A and AA rules and returns
 * its violations: results whose value is ['VIOLATION', 'FAIL']. Left out are the engine's
 * 'POTENTIAL' (a person must judge), 'MANUAL', 'RECOMMENDATION' (best practice beyond WCAG)
 * and passes, and whatever an exception matches.
 */
export async function ibmViolations(page: Page, exceptions: readonly IbmException[] = []): Promise<IbmViolation[]> {
  engineSource ??= readFileSync(enginePath, 'utf8');
  if (!(await page.evaluate(() => 'ace' in window))) await page.evaluate(engineSource);
  return page.evaluate(
    async ({ ruleset, exceptions }) => {
      type Result = { ruleId: string; reasonId: string; value: [string, string]; message: string; path: { dom: string }; snippet: string };
      const ace = (window as unknown as { ace: { Checker: new () => { check(doc: Document, rulesets: string[]): Promise<{ results: Result[] }> } } }).ace;
      const report = await new ace.Checker().check(document, [ruleset]);
      const elementAt = (xpath: string) => document.evaluate(xpath, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue as Element | null;
      const excepted = (result: Result) =>
        exceptions.some((exception) => exception.ruleId === result.ruleId && exception.reasonId === result.reasonId && elementAt(result.path.dom)?.closest(exception.within) != null);
      return report.results
        .filter((result) => result.value[0] === 'VIOLATION' && result.value[1] === 'FAIL' && !excepted(result))
        .map((result) => ({ ruleId: result.ruleId, reasonId: result.reasonId, message: result.message, xpath: result.path.dom, snippet: result.snippet }));
    },
    { ruleset: ibmRuleset, exceptions: exceptions.map(({ ruleId, reasonId, within }) => ({ ruleId, reasonId, within })) },
  );
}

/** One line per violation, for a test's failure message: rule, reason, message, element and where it is. */
export const describeIbmViolation = (violation: IbmViolation) => `${violation.ruleId} (${violation.reasonId}): ${violation.message} — ${violation.snippet} at ${violation.xpath}`;
