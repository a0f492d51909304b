import type { Issue } from '../../issues/issue.js';
import type { Indicator, RuleOf } from '../../spec/template-spec.js';
import { columnNames, sideNames } from '../display-names.js';
import { FLOAT_SLACK } from '../float-slack.js';
import { valueOf, type RuleInput } from '../rule-input.js';
import { ruleIssue } from '../rule-issue.js';
import { valueCell } from '../value-cell.js';

/**
 * total = Σ parts within tolerance (帮扶资金合计 = 送温暖 + 金秋助学 + 医疗救助 + 其他).
 * The issue sits on the total's cell; the parts' cells are related.
 */
export function checkSumOfParts(rule: RuleOf<'sum-of-parts'>, input: RuleInput): Issue[] {
  const issues: Issue[] = [];
  const total = input.plan.indicators.get(rule.total);
  for (const column of rule.columns) {
    const t = valueOf(input, rule.total, column);
    if (t === null) continue;
    const partValues: Record<string, number> = {};
    let sum = 0;
    let known = true;
    for (const code of rule.parts) {
      const v = valueOf(input, code, column);
      if (v === null) {
        known = false;
        break;
      }
      partValues[code] = v;
      sum += v;
    }
    if (!known || Math.abs(t - sum) <= rule.tolerance + FLOAT_SLACK) continue;
    issues.push(
      ruleIssue(rule, input, {
        code: 'sum-of-parts',
        indicator: rule.total,
        column,
        related: rule.parts.map((c) => valueCell(input.extracted, c, column)),
        values: {
          total: t,
          sum,
          difference: t - sum,
          tolerance: rule.tolerance,
          ...partValues,
          totalName: total?.name.zh ?? rule.total,
          totalNameEn: total?.name.en ?? rule.total,
          totalCode: rule.total,
          ...sideNames('parts', rule.parts.map((c) => input.plan.indicators.get(c)).filter((i): i is Indicator => i !== undefined)),
          ...columnNames(column),
        },
      }),
    );
  }
  return issues;
}
