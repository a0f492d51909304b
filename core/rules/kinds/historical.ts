import type { Issue } from '../../issues/issue.js';
import type { Indicator, RuleOf, ValueColumn } from '../../spec/template-spec.js';
import { roundTo } from '../decimals.js';
import { indicatorNames } from '../display-names.js';
import { FLOAT_SLACK } from '../float-slack.js';
import { selectedBy, valueOf, type RuleInput } from '../rule-input.js';
import { ruleIssue } from '../rule-issue.js';
import { valueCell } from '../value-cell.js';

/**
 * A derived indicator's value for comparison: recomputed from its parts when
 * they are known (the typed figure may be rounded or stale), else as typed;
 * null when the denominator is 0 (the rate does not exist).
 */
function comparable(input: RuleInput, ind: Indicator, column: ValueColumn): number | null {
  const derive = ind.derive;
  if (derive) {
    const num = valueOf(input, derive.numerator, column);
    const den = valueOf(input, derive.denominator, column);
    if (den === 0) return null;
    if (num !== null && den !== null) return (num / den) * derive.factor;
  }
  return valueOf(input, ind.code, column);
}

function checkOne(rule: RuleOf<'historical'>, input: RuleInput, ind: Indicator): Issue | undefined {
  const current = comparable(input, ind, 'current');
  const prior = comparable(input, ind, 'prior');
  if (current === null || prior === null) return undefined;
  const shared = {
    indicator: ind.code,
    column: 'current' as const,
    related: [valueCell(input.extracted, ind.code, 'prior')],
  };
  const names = indicatorNames(ind);
  // Recomputed rates and ratios are shown to the indicator's decimals; typed figures as typed.
  const shown = (v: number) => (ind.derive ? roundTo(v, ind.decimals) : v);
  if (ind.kind === 'rate') {
    // Rates move in 百分点, never in percent of themselves.
    if (rule.maxChangePoints === undefined) return undefined;
    const points = current - prior;
    if (Math.abs(points) <= rule.maxChangePoints + FLOAT_SLACK) return undefined;
    return ruleIssue(rule, input, {
      ...shared,
      code: 'historical.points',
      values: {
        current: shown(current),
        prior: shown(prior),
        changePoints: roundTo(points, 2),
        changePointsAbs: roundTo(Math.abs(points), 2),
        threshold: rule.maxChangePoints,
        direction: points > 0 ? '提高' : '下降',
        directionEn: points > 0 ? 'up' : 'down',
        ...names,
      },
    });
  }
  // Growth from 0 is undefined: 上年 must be positive to speak of percent.
  if (rule.maxChangePercent === undefined || prior <= 0) return undefined;
  const percent = ((current - prior) / prior) * 100;
  if (Math.abs(percent) <= rule.maxChangePercent + FLOAT_SLACK) return undefined;
  return ruleIssue(rule, input, {
    ...shared,
    code: 'historical.percent',
    values: {
      current: shown(current),
      prior: shown(prior),
      change: shown(current - prior),
      changePercent: roundTo(percent, 2),
      changePercentAbs: roundTo(Math.abs(percent), 2),
      threshold: rule.maxChangePercent,
      direction: percent > 0 ? '增长' : '下降',
      directionEn: percent > 0 ? 'up' : 'down',
      ...names,
    },
  });
}

/** 本年 against 上年 in the same file (历史审核): a large move needs a 说明. */
export function checkHistorical(rule: RuleOf<'historical'>, input: RuleInput): Issue[] {
  const issues: Issue[] = [];
  for (const ind of selectedBy(rule, input)) {
    const issue = checkOne(rule, input, ind);
    if (issue) issues.push(issue);
  }
  return issues;
}
