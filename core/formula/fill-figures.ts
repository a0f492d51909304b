import type { FormulaComparison, FormulaNode } from './formula-ast.js';
import { evaluateFormula, type FormulaColumn, type FormulaValues } from './evaluate-formula.js';

/** A figure as a message shows it: no float noise, no grouping; `空` / `empty` when unknown. */
function shown(value: number | null, asPercent: boolean, empty: string): string {
  if (value === null) return empty;
  const v = asPercent ? value * 100 : value;
  const rounded = Math.round(v * 1e6) / 1e6;
  const text = rounded.toLocaleString('en-US', { maximumFractionDigits: asPercent ? 2 : 6, useGrouping: false });
  return asPercent ? `${text}%` : text;
}

/** Where each operand ends and the figure to put after it: codes, and calls as a whole. */
function operands(node: FormulaNode, values: FormulaValues, column: FormulaColumn, out: { at: number; value: number | null; percent: boolean }[]): void {
  switch (node.type) {
    case 'code':
      out.push({ at: node.end, value: evaluateFormula(node, values, column), percent: false });
      return;
    case 'call':
      out.push({ at: node.end, value: evaluateFormula(node, values, column), percent: node.fn === 'change' });
      return;
    case 'negate':
      return operands(node.arg, values, column, out);
    case 'binary':
      operands(node.left, values, column, out);
      return operands(node.right, values, column, out);
    case 'group':
      return operands(node.expr, values, column, out);
    default:
      return;
  }
}

/**
 * The formula as its author wrote it, with each operand's figure after it:
 * `A02 <= A01` → `A02（2073） <= A01（2066）` (Chinese brackets) or
 * `A02 (2073) <= A01 (2066)` (English).
 * @example fillFigures('A02 <= A01', parsed.comparison, values, 'current').zh
 */
export function fillFigures(text: string, comparison: FormulaComparison, values: FormulaValues, column: FormulaColumn): { zh: string; en: string } {
  const marks: { at: number; value: number | null; percent: boolean }[] = [];
  operands(comparison.left, values, column, marks);
  operands(comparison.right, values, column, marks);
  marks.sort((a, b) => a.at - b.at);
  let zh = '';
  let en = '';
  let from = comparison.start;
  for (const m of marks) {
    const piece = text.slice(from, m.at);
    zh += `${piece}（${shown(m.value, m.percent, '空')}）`;
    en += `${piece} (${shown(m.value, m.percent, 'empty')})`;
    from = m.at;
  }
  const rest = text.slice(from, comparison.end).trimEnd();
  return { zh: zh + rest, en: en + rest };
}
