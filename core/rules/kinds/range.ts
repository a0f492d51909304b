import type { Issue } from '../../issues/issue.js';
import type { RuleOf } from '../../spec/template-spec.js';
import { columnNames, indicatorNames } from '../display-names.js';
import { FLOAT_SLACK } from '../float-slack.js';
import { selectedBy, valueOf, type RuleInput } from '../rule-input.js';
import { ruleIssue } from '../rule-issue.js';
import type { Indicator } from '../../spec/template-spec.js';

/** {parts}: what a computed indicator is computed from (已建会企业数和建立集体协商制度企业数), else the formula's cells. */
function partNames(input: RuleInput, ind: Indicator): Record<string, string> {
  const derive = ind.derive;
  if (!derive) return { parts: '公式引用的单元格', partsEn: 'the cells the formula reads' };
  const name = (code: string) => input.plan.indicators.get(code)?.name;
  const num = name(derive.numerator);
  const den = name(derive.denominator);
  return {
    parts: `${num?.zh ?? derive.numerator}（${derive.numerator}）和${den?.zh ?? derive.denominator}（${derive.denominator}）`,
    partsEn: `${num?.en ?? derive.numerator} (${derive.numerator}) and ${den?.en ?? derive.denominator} (${derive.denominator})`,
  };
}

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
      // A formula's result is not typed: its hint points at the cells the formula reads, not at the keyboard.
      const formula = input.extracted.rows[ind.code]?.[column]?.formula !== undefined;
      if (formula) code = `${code}.formula`;
      issues.push(
        ruleIssue(rule, input, {
          code,
          indicator: ind.code,
          column,
          values: { value, min: rule.min ?? null, max: rule.max ?? null, ...indicatorNames(ind), ...columnNames(column), ...(formula ? partNames(input, ind) : {}) },
        }),
      );
    }
  }
  return issues;
}
