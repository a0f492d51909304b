import type { Extracted, ExtractedValue } from '../../core/grid/extracted.js';
import type { TemplateSpec } from '../../core/spec/template-spec.js';
import type { CellFill } from '../access/workbook-access.js';

const numberIn = (v: ExtractedValue | undefined): number | undefined =>
  v && v.reading.state === 'number' ? v.reading.value : undefined;

/** Empty and formula-free: a formula (even one showing "") is the user's, never overwritten. */
const isEmpty = (v: ExtractedValue | undefined): v is ExtractedValue => v !== undefined && v.reading.state === 'empty' && !v.formula;

/** Half away from zero at `decimals`, on the decimal string so 0.125 → 0.13 and not 0.12. */
function roundTo(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(value)}e${decimals}`);
  return sign * Number(`${Math.round(shifted)}e-${decimals}`);
}

/**
 * The derived cells the user left empty and that can be computed: rates and
 * ratios from their numerator and denominator (empty when the denominator is
 * 0, never 0), and 增减 = 本年 − 上年 (in 百分点 for rates). A cell that holds
 * anything, even a wrong value or a formula, is left alone: the check reports it instead.
 */
export function derivedFills(spec: TemplateSpec, extracted: Extracted): CellFill[] {
  const fills: CellFill[] = [];
  const sheet = extracted.sheet;
  const known = { current: new Map<string, number>(), prior: new Map<string, number>() };
  for (const [code, row] of Object.entries(extracted.rows)) {
    const c = numberIn(row.current);
    const p = numberIn(row.prior);
    if (c !== undefined) known.current.set(code, c);
    if (p !== undefined) known.prior.set(code, p);
  }
  for (const ind of spec.indicators) {
    const row = extracted.rows[ind.code];
    if (!row || !ind.derive) continue;
    for (const column of ['current', 'prior'] as const) {
      const target = row[column];
      if (!isEmpty(target)) continue;
      const num = known[column].get(ind.derive.numerator);
      const den = known[column].get(ind.derive.denominator);
      if (num === undefined || den === undefined || den === 0) continue;
      const value = roundTo((num / den) * ind.derive.factor, ind.decimals);
      known[column].set(ind.code, value);
      fills.push({ sheet: row.sheet ?? sheet, cell: target.cell, value });
    }
  }
  for (const ind of spec.indicators) {
    const row = extracted.rows[ind.code];
    if (!row || !isEmpty(row.change)) continue;
    const c = known.current.get(ind.code);
    const p = known.prior.get(ind.code);
    if (c === undefined || p === undefined) continue;
    fills.push({ sheet: row.sheet ?? sheet, cell: row.change.cell, value: roundTo(c - p, ind.decimals) });
  }
  return fills;
}
