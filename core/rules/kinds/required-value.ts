import type { Issue } from '../../issues/issue.js';
import type { RuleOf } from '../../spec/template-spec.js';
import { columnNames, indicatorNames } from '../display-names.js';
import { selectedBy, type RuleInput } from '../rule-input.js';
import { ruleIssue } from '../rule-issue.js';

/**
 * An entered indicator must not be left empty: an empty cell cannot tell
 * "none" from "forgotten". Only the `empty` state counts; unreadable cells
 * have their own note, and a missing row is a structure issue.
 */
export function checkRequiredValue(rule: RuleOf<'required-value'>, input: RuleInput): Issue[] {
  const issues: Issue[] = [];
  for (const ind of selectedBy(rule, input)) {
    const row = input.extracted.rows[ind.code];
    if (!row) continue;
    for (const column of rule.columns) {
      if (row[column]?.reading.state !== 'empty') continue;
      issues.push(
        ruleIssue(rule, input, {
          code: 'required-value',
          indicator: ind.code,
          column,
          values: { ...indicatorNames(ind), ...columnNames(column) },
        }),
      );
    }
  }
  return issues;
}
