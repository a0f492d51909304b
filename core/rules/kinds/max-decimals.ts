import type { Issue } from '../../issues/issue.js';
import type { RuleOf } from '../../spec/template-spec.js';
import { hasAtMostDecimals } from '../decimals.js';
import { columnNames, indicatorNames } from '../display-names.js';
import { selectedBy, valueOf, type RuleInput } from '../rule-input.js';
import { ruleIssue } from '../rule-issue.js';

/** Amounts in 万元 carry at most 2 decimals (to the 100 yuan). */
export function checkMaxDecimals(rule: RuleOf<'max-decimals'>, input: RuleInput): Issue[] {
  const issues: Issue[] = [];
  for (const ind of selectedBy(rule, input)) {
    for (const column of rule.columns) {
      const value = valueOf(input, ind.code, column);
      if (value === null || hasAtMostDecimals(value, rule.decimals)) continue;
      issues.push(
        ruleIssue(rule, input, {
          code: 'max-decimals',
          indicator: ind.code,
          column,
          values: { value, decimals: rule.decimals, ...indicatorNames(ind), ...columnNames(column) },
        }),
      );
    }
  }
  return issues;
}
