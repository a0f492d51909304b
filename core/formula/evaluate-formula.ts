import type { CompareOp, FormulaComparison, FormulaNode } from './formula-ast.js';
import { expandRange } from './validate-formula.js';

export type FormulaColumn = 'current' | 'prior';

/** What evaluation reads: a figure by code and column (null when unknown), and the spec's code order for ranges. */
export interface FormulaValues {
  valueOf(code: string, column: FormulaColumn): number | null;
  codes: readonly string[];
}

/** Slack added to every tolerance so binary floating point (0.1 + 0.2) never trips a check. */
const FLOAT_SLACK = 1e-9;

/**
 * The value of an expression on one value column: bare codes read that column,
 * 上年(x) reads x on the 上年 column, 变化(x) is |本年 − 上年| / 上年 of x (a
 * fraction: 30% is 0.3). Unknown operands, a division by zero and 变化 from a
 * 上年 of 0 or less give null: the figure does not exist, so no check fires.
 * @example evaluateFormula(parse('A02 / A01 * 100'), values, 'current') // 92.3
 */
export function evaluateFormula(node: FormulaNode, values: FormulaValues, column: FormulaColumn): number | null {
  const ev = (n: FormulaNode, col: FormulaColumn = column) => evaluateFormula(n, values, col);
  switch (node.type) {
    case 'number':
      return node.percent ? node.value / 100 : node.value;
    case 'code':
      return values.valueOf(node.code, column);
    case 'group':
      return ev(node.expr);
    case 'negate': {
      const v = ev(node.arg);
      return v === null ? null : -v;
    }
    case 'binary': {
      const l = ev(node.left);
      const r = ev(node.right);
      if (l === null || r === null) return null;
      if (node.op === '+') return l + r;
      if (node.op === '-') return l - r;
      if (node.op === '*') return l * r;
      return r === 0 ? null : l / r;
    }
    case 'range':
      return sumOf(expandRange(node.from, node.to, values.codes).map((c) => values.valueOf(c, column)));
    case 'call': {
      if (node.fn === 'sum') return sumOf(node.args.map((a) => ev(a)));
      const arg = node.args[0];
      if (!arg) return null;
      if (node.fn === 'abs') {
        const v = ev(arg);
        return v === null ? null : Math.abs(v);
      }
      if (node.fn === 'prior') return ev(arg, 'prior');
      if (node.fn === 'change') {
        const now = ev(arg, 'current');
        const before = ev(arg, 'prior');
        // Growth from 0 (or a negative base) has no percent.
        if (now === null || before === null || before <= 0) return null;
        return Math.abs(now - before) / before;
      }
      return null;
    }
  }
}

function sumOf(parts: (number | null)[]): number | null {
  let sum = 0;
  for (const p of parts) {
    if (p === null) return null;
    sum += p;
  }
  return sum;
}

/** Whether `left op right` holds; the tolerance loosens the relation, as in the compare rule. */
export function comparisonHolds(op: CompareOp, left: number, right: number, tolerance: number): boolean {
  const d = left - right;
  switch (op) {
    case 'le':
      return d <= tolerance + FLOAT_SLACK;
    case 'lt':
      return d < tolerance - FLOAT_SLACK;
    case 'eq':
      return Math.abs(d) <= tolerance + FLOAT_SLACK;
    case 'ge':
      return -d <= tolerance + FLOAT_SLACK;
    case 'gt':
      return -d < tolerance - FLOAT_SLACK;
    case 'ne':
      return Math.abs(d) > tolerance + FLOAT_SLACK;
  }
}

export interface ComparisonOutcome {
  left: number | null;
  right: number | null;
  /** null when a side is unknown: the check does not apply. */
  holds: boolean | null;
}

/**
 * Evaluates a check formula on one column.
 * @example evaluateComparison(parsed.comparison, values, 'current', 0).holds // false when A02 > A01
 */
export function evaluateComparison(c: FormulaComparison, values: FormulaValues, column: FormulaColumn, tolerance: number): ComparisonOutcome {
  const left = evaluateFormula(c.left, values, column);
  const right = evaluateFormula(c.right, values, column);
  if (left === null || right === null) return { left, right, holds: null };
  return { left, right, holds: comparisonHolds(c.op, left, right, tolerance) };
}
