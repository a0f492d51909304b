import type { Extracted } from '../grid/extracted.js';
import { countIssues, type Issue } from '../issues/issue.js';
import type { Rule, TemplateSpec } from '../spec/template-spec.js';
import type { CheckContext } from './check-context.js';
import type { CheckResult } from './check-result.js';
import { checkPrefill } from './check-prefill.js';
import { foldConsequences } from './fold-consequences.js';
import { orderIssues } from './issue-order.js';
import { valuesOf } from './numeric-values.js';
import type { PendingCheck } from './pending-check.js';
import type { RuleInput } from './rule-input.js';
import { runRule } from './rule-registry.js';
import { planOf } from './spec-plan.js';
import { specTables } from '../spec/spec-tables.js';

export type { CheckResult } from './check-result.js';
export type { PendingCheck } from './pending-check.js';

/** Whether a rule compares the sheet with the collection under way (and so waits for it in a two-stage check). */
export function waitsForCollection(rule: Rule): boolean {
  return rule.kind === 'header' && rule.check === 'matches-collection';
}

/**
 * The first stage of `check`: every rule but those that wait for the
 * collection. What it returns holds the sheet's numbers and header, not the
 * sheet, so a merge can check each file where it is read and keep little.
 * @example const pending = startCheck(spec, extracted, { rosterCodes }); // later: finishCheck(spec, pending, collection)
 */
export function startCheck(spec: TemplateSpec, extracted: Extracted, context: Omit<CheckContext, 'collection'> = {}): PendingCheck {
  const values = { current: valuesOf(extracted, 'current'), prior: valuesOf(extracted, 'prior') };
  const input: RuleInput = { spec, plan: planOf(spec), extracted, values, context: { ...context, collection: undefined } };
  const prefilled = checkPrefill(spec, extracted, values);
  // A 上年 changed from the pre-filled figure is said once, by the template's own check, not again against last year's file.
  const changedPrior = new Set(prefilled.filter((i) => i.code === 'meta.prior-changed').map((i) => i.indicator));
  const found: PendingCheck['found'] = [[...extracted.issues, ...prefilled]];
  for (const rule of spec.rules) {
    if (waitsForCollection(rule)) found.push(null);
    else if (rule.kind === 'prior-matches-last-year') found.push(runRule(rule, input).filter((i) => !changedPrior.has(i.indicator)));
    else found.push(runRule(rule, input));
  }
  const { sheet, header, year, period } = extracted;
  return { found, values, header: { sheet, header, year, period } };
}

/**
 * The second stage: the rules that waited run against the collection (none
 * when it is unknown, as in `check` without one), and the issues come out in
 * fixing order, exactly as `check` orders them.
 */
export function finishCheck(spec: TemplateSpec, pending: PendingCheck, collection?: CheckContext['collection']): CheckResult {
  // The waiting rules read the header only; the table is not kept past the first stage.
  const extracted: Extracted = { ...pending.header, headRow: 0, columns: {}, rows: {}, issues: [] };
  const input: RuleInput = { spec, plan: planOf(spec), extracted, values: pending.values, context: { collection } };
  const found: Issue[] = [];
  pending.found.forEach((issues, i) => {
    for (const issue of issues ?? runRule(spec.rules[i - 1], input)) found.push(issue);
  });
  const issues = orderIssues(foldConsequences(spec, found), tableSheetRank(spec));
  return { issues, counts: countIssues(issues), values: pending.values };
}

/** Issues on a later table's sheet after the first's; a sheet no table names (renamed) counts as the first. */
function tableSheetRank(spec: TemplateSpec): (sheet: string | undefined) => number {
  const sheets = specTables(spec).map((t) => t.sheetName);
  return (sheet) => Math.max(0, sheet === undefined ? 0 : sheets.indexOf(sheet));
}

/**
 * Checks an extracted sheet against its spec's rules. Extraction's issues
 * (cell notes, structure) pass through; every rule adds its own. Pure and
 * fast enough to run on every edit in the add-in.
 * @example
 * const { issues, counts } = check(standardSpec, extracted, { collection: { year: 2024, period: 'annual' } });
 * if (counts.hard > 0) console.log(issues[0].message.zh);
 */
export function check(spec: TemplateSpec, extracted: Extracted, context: CheckContext = {}): CheckResult {
  return finishCheck(spec, startCheck(spec, extracted, context), context.collection);
}
