import type { Indicator, Rule, Severity, ValueColumn } from '../spec/template-spec.js';
import type { CompareOp, FormulaComparison, FormulaNode } from './formula-ast.js';

/** What a 审核公式 row gives besides its formula. */
export interface CheckFormulaRow {
  id: string;
  severity: Severity;
  tolerance: number;
  /** As written in the row; undefined means the kind's default. */
  columns?: ValueColumn[];
  message?: Rule['message'];
  hint?: Rule['hint'];
}

/** A side that is a bare code or a `+` chain of codes; grouped when wrapped in parentheses. */
function codeSum(node: FormulaNode): { codes: string[]; grouped: boolean } | undefined {
  if (node.type === 'code') return { codes: [node.code], grouped: false };
  if (node.type === 'group') {
    const inner = codeSum(node.expr);
    return inner && { codes: inner.codes, grouped: true };
  }
  if (node.type === 'binary' && node.op === '+') {
    const l = codeSum(node.left);
    const r = codeSum(node.right);
    if (l && r && !l.grouped && !r.grouped) return { codes: [...l.codes, ...r.codes], grouped: false };
  }
  return undefined;
}

const isCode = (n: FormulaNode, code?: string): n is Extract<FormulaNode, { type: 'code' }> =>
  n.type === 'code' && (code === undefined || n.code === code);
const isNumber = (n: FormulaNode): n is Extract<FormulaNode, { type: 'number' }> => n.type === 'number';

/** N / D * F, N * F / D, F * N / D or N / D (F = 1), as numerator, denominator and factor. */
export function ratioOf(node: FormulaNode): { numerator: string; denominator: string; factor: number } | undefined {
  if (node.type !== 'binary') return undefined;
  if (node.op === '/' && isCode(node.right)) {
    const den = node.right.code;
    if (isCode(node.left)) return { numerator: node.left.code, denominator: den, factor: 1 };
    const top = node.left;
    if (top.type === 'binary' && top.op === '*') {
      if (isCode(top.left) && isNumber(top.right) && !top.right.percent) return { numerator: top.left.code, denominator: den, factor: top.right.value };
      if (isNumber(top.left) && !top.left.percent && isCode(top.right)) return { numerator: top.right.code, denominator: den, factor: top.left.value };
    }
    return undefined;
  }
  if (node.op === '*' && isNumber(node.right) && !node.right.percent && node.left.type === 'binary' && node.left.op === '/') {
    const { left, right } = node.left;
    if (isCode(left) && isCode(right)) return { numerator: left.code, denominator: right.code, factor: node.right.value };
  }
  return undefined;
}

const COMPARE_OPS: Partial<Record<CompareOp, 'le' | 'lt' | 'eq' | 'ge' | 'gt'>> = { le: 'le', lt: 'lt', eq: 'eq', ge: 'ge', gt: 'gt' };

/**
 * The rule a 审核公式 stands for. Formulas of today's kinds compile to them, so
 * their messages are the ones users know:
 * - `C01 = C02 + C03 + C04 + C05` → sum-of-parts;
 * - `A02 <= A01`, `A07 + A08 <= A05`, `C01 = (C02 + C03)` → compare;
 * - `A03 = A02 / A01 * 100`, when that is A03's own 计算公式 → derived-consistency;
 * - `变化(A04) <= 30%` on a count or amount → historical (percent);
 * - `abs(A03 - 上年(A03)) <= 10` on a rate → historical (百分点);
 * everything else is a general `formula` rule that keeps the text.
 * @example compileCheckFormula('A02 <= A01', parsed.comparison, row, indicators).kind // 'compare'
 */
export function compileCheckFormula(text: string, c: FormulaComparison, row: CheckFormulaRow, indicators: ReadonlyMap<string, Indicator>): Rule {
  const base = { id: row.id, severity: row.severity, ...(row.message ? { message: row.message } : {}), ...(row.hint ? { hint: row.hint } : {}) };
  const columns = row.columns ?? ['current', 'prior'];
  const op = COMPARE_OPS[c.op];
  const left = codeSum(c.left);
  const right = codeSum(c.right);
  if (op && left && right) {
    if (op === 'eq' && left.codes.length === 1 && !left.grouped && right.codes.length >= 2 && !right.grouped) {
      return { ...base, kind: 'sum-of-parts', total: left.codes[0], parts: right.codes, tolerance: row.tolerance, columns };
    }
    return { ...base, kind: 'compare', left: left.codes, op, right: right.codes, tolerance: row.tolerance, columns };
  }
  if (row.tolerance === 0) {
    const derived = derivedRule(c, indicators);
    if (derived) return { ...base, kind: 'derived-consistency', appliesTo: { codes: [derived] }, columns };
    if (row.columns === undefined) {
      const historical = historicalRule(c, indicators);
      if (historical) return { ...base, kind: 'historical', ...historical };
    }
  }
  return { ...base, kind: 'formula', formula: text, tolerance: row.tolerance, ...(row.columns ? { columns: row.columns } : {}) };
}

/** `X = N / D * F` where that is X's own 计算公式: the code X. */
function derivedRule(c: FormulaComparison, indicators: ReadonlyMap<string, Indicator>): string | undefined {
  if (c.op !== 'eq' || !isCode(c.left)) return undefined;
  const derive = indicators.get(c.left.code)?.derive;
  const ratio = ratioOf(c.right);
  if (!derive || !ratio) return undefined;
  const same = derive.numerator === ratio.numerator && derive.denominator === ratio.denominator && derive.factor === ratio.factor;
  return same ? c.left.code : undefined;
}

function historicalRule(c: FormulaComparison, indicators: ReadonlyMap<string, Indicator>): { appliesTo: { codes: string[] }; maxChangePercent?: number; maxChangePoints?: number } | undefined {
  if (c.op !== 'le' || !isNumber(c.right) || c.right.value <= 0) return undefined;
  const l = c.left;
  if (l.type !== 'call') return undefined;
  // 变化(X) <= N%: counts and amounts move in percent.
  if (l.fn === 'change' && c.right.percent && l.args.length === 1 && isCode(l.args[0])) {
    const kind = indicators.get(l.args[0].code)?.kind;
    if (kind === 'count' || kind === 'amount') return { appliesTo: { codes: [l.args[0].code] }, maxChangePercent: c.right.value };
  }
  // abs(X - 上年(X)) <= N: rates move in 百分点.
  const arg = l.args[0];
  if (l.fn === 'abs' && !c.right.percent && l.args.length === 1 && arg.type === 'binary' && arg.op === '-' && isCode(arg.left)) {
    const code = arg.left.code;
    const prior = arg.right;
    if (prior.type === 'call' && prior.fn === 'prior' && prior.args.length === 1 && isCode(prior.args[0], code) && indicators.get(code)?.kind === 'rate') {
      return { appliesTo: { codes: [code] }, maxChangePoints: c.right.value };
    }
  }
  return undefined;
}
