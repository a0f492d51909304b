import type { Issue } from '../../issues/issue.js';
import type { RuleOf } from '../../spec/template-spec.js';
import { columnNames, indicatorNames } from '../display-names.js';
import { FLOAT_SLACK } from '../float-slack.js';
import { selectedBy, valueOf, type RuleInput } from '../rule-input.js';
import { ruleIssue } from '../rule-issue.js';

/** min ≤ value ≤ max (either bound optional): counts and amounts ≥ 0, rates in [0, 100]. */
export function checkRange(rule: RuleOf<'range'>, input: RuleInput): Issue[] {
  const issues: Issue[] = [];
  for (const ind of selectedBy(rule, input)) {
    for (const column of rule.columns) {
      const value = valueOf(input, ind.code, column);
      if (value === null) continue;
      let code: string | undefined;
      if (rule.min !== undefined && value < rule.min - FLOAT_SLACK) code = 'range.below-min';
      else if (rule.max !== undefined && value > rule.max + FLOAT_SLACK) code = 'range.above-max';
      if (!code) continue;
      issues.push(
        ruleIssue(rule, input, {
          code,
          indicator: ind.code,
          column,
          values: { value, min: rule.min ?? null, max: rule.max ?? null, ...indicatorNames(ind), ...columnNames(column) },
        }),
      );
    }
  }
  return issues;
}
