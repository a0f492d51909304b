import type { Extracted } from '../grid/extracted.js';
import { countIssues, type Issue } from '../issues/issue.js';
import type { TemplateSpec } from '../spec/template-spec.js';
import type { CheckContext } from './check-context.js';
import type { CheckResult } from './check-result.js';
import { orderIssues } from './issue-order.js';
import { valuesOf } from './numeric-values.js';
import type { RuleInput } from './rule-input.js';
import { runRule } from './rule-registry.js';
import { planOf } from './spec-plan.js';

export type { CheckResult } from './check-result.js';

/**
 * Checks an extracted sheet against its spec's rules. Extraction's issues
 * (cell notes, structure) pass through; every rule adds its own. Pure and
 * fast enough to run on every edit in the add-in.
 * @example
 * const { issues, counts } = check(standardSpec, extracted, { collection: { year: 2024, period: 'annual' } });
 * if (counts.hard > 0) console.log(issues[0].message.zh);
 */
export function check(spec: TemplateSpec, extracted: Extracted, context: CheckContext = {}): CheckResult {
  const values = { current: valuesOf(extracted, 'current'), prior: valuesOf(extracted, 'prior') };
  const input: RuleInput = { spec, plan: planOf(spec), extracted, values, context };
  const found: Issue[] = [...extracted.issues];
  for (const rule of spec.rules) {
    for (const issue of runRule(rule, input)) found.push(issue);
  }
  const issues = orderIssues(found);
  return { issues, counts: countIssues(issues), values };
}
