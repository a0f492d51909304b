import type { Issue } from '../../issues/issue.js';
import type { Indicator, RuleOf } from '../../spec/template-spec.js';
import { columnNames, sideNames } from '../display-names.js';
import { FLOAT_SLACK } from '../float-slack.js';
import { valueOf, type RuleInput } from '../rule-input.js';
import { ruleIssue } from '../rule-issue.js';
import { valueCell } from '../value-cell.js';

type Op = RuleOf<'compare'>['op'];

/** Whether `left op right` holds; the tolerance loosens the relation, the slack absorbs float noise. */
function holds(op: Op, left: number, right: number, tolerance: number): boolean {
  const d = left - right;
  const tol = tolerance + FLOAT_SLACK;
  switch (op) {
    case 'le':
      return d <= tol;
    case 'lt':
      return d < tolerance - FLOAT_SLACK;
    case 'eq':
      return Math.abs(d) <= tol;
    case 'ge':
      return -d <= tol;
    case 'gt':
      return -d < tolerance - FLOAT_SLACK;
  }
}

/** What the sheet shows when the relation fails, and what the rule asks for. */
const WORDING: Record<Op, { relation: string; relationEn: string; requirement: string; requirementEn: string }> = {
  le: { relation: '大于', relationEn: 'more than', requirement: '小于或等于', requirementEn: 'at most' },
  lt: { relation: '不小于', relationEn: 'not less than', requirement: '小于', requirementEn: 'less than' },
  eq: { relation: '不等于', relationEn: 'not equal to', requirement: '等于', requirementEn: 'equal to' },
  ge: { relation: '小于', relationEn: 'less than', requirement: '大于或等于', requirementEn: 'at least' },
  gt: { relation: '不大于', relationEn: 'not more than', requirement: '大于', requirementEn: 'more than' },
};

/** Σ of a side's values, or null when any operand is unknown. */
function sumOf(input: RuleInput, codes: readonly string[], column: 'current' | 'prior'): number | null {
  let sum = 0;
  for (const code of codes) {
    const v = valueOf(input, code, column);
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

/**
 * Σ left op Σ right on each listed column (e.g. 已建会单位数 ≤ 应建会单位数).
 * The issue sits on the first left indicator's cell; the other cells are related.
 */
export function checkCompare(rule: RuleOf<'compare'>, input: RuleInput): Issue[] {
  const issues: Issue[] = [];
  const { indicators } = input.plan;
  const known = (codes: readonly string[]) => codes.map((c) => indicators.get(c)).filter((i): i is Indicator => i !== undefined);
  for (const column of rule.columns) {
    const l = sumOf(input, rule.left, column);
    const r = sumOf(input, rule.right, column);
    if (l === null || r === null || holds(rule.op, l, r, rule.tolerance)) continue;
    const indicator = rule.left[0];
    issues.push(
      ruleIssue(rule, input, {
        code: 'compare',
        indicator,
        column,
        related: [...rule.left.slice(1), ...rule.right].map((c) => valueCell(input.extracted, c, column)),
        values: {
          left: l,
          right: r,
          difference: l - r,
          tolerance: rule.tolerance,
          op: rule.op,
          ...WORDING[rule.op],
          ...sideNames('left', known(rule.left)),
          ...sideNames('right', known(rule.right)),
          ...columnNames(column),
        },
      }),
    );
  }
  return issues;
}
