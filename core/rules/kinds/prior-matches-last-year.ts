import type { Issue } from '../../issues/issue.js';
import type { RuleOf } from '../../spec/template-spec.js';
import { indicatorNames } from '../display-names.js';
import { FLOAT_SLACK } from '../float-slack.js';
import { selectedBy, valueOf, type RuleInput } from '../rule-input.js';
import { ruleIssue } from '../rule-issue.js';

/** This file's 上年 must equal the 本年 the same unit submitted last year, when that file is at hand. */
export function checkPriorMatchesLastYear(rule: RuleOf<'prior-matches-last-year'>, input: RuleInput): Issue[] {
  const lastYear = input.context.lastYear;
  if (!lastYear) return [];
  const issues: Issue[] = [];
  for (const ind of selectedBy(rule, input)) {
    const prior = valueOf(input, ind.code, 'prior');
    const submitted = lastYear.values[ind.code] ?? null;
    if (prior === null || submitted === null) continue;
    if (Math.abs(prior - submitted) <= rule.tolerance + FLOAT_SLACK) continue;
    issues.push(
      ruleIssue(rule, input, {
        code: 'prior-matches-last-year',
        indicator: ind.code,
        column: 'prior',
        values: {
          prior,
          lastYear: submitted,
          difference: prior - submitted,
          tolerance: rule.tolerance,
          source: lastYear.source,
          ...indicatorNames(ind),
        },
      }),
    );
  }
  return issues;
}
