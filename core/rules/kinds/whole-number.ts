import type { Issue } from '../../issues/issue.js';
import type { RuleOf } from '../../spec/template-spec.js';
import { hasAtMostDecimals } from '../decimals.js';
import { columnNames, indicatorNames } from '../display-names.js';
import { selectedBy, valueOf, type RuleInput } from '../rule-input.js';
import { ruleIssue } from '../rule-issue.js';

/** Counts (家, 人, 份) are whole numbers. */
export function checkWholeNumber(rule: RuleOf<'whole-number'>, input: RuleInput): Issue[] {
  const issues: Issue[] = [];
  for (const ind of selectedBy(rule, input)) {
    for (const column of rule.columns) {
      const value = valueOf(input, ind.code, column);
      if (value === null || hasAtMostDecimals(value, 0)) continue;
      issues.push(
        ruleIssue(rule, input, {
          code: 'whole-number',
          indicator: ind.code,
          column,
          values: { value, ...indicatorNames(ind), ...columnNames(column) },
        }),
      );
    }
  }
  return issues;
}
