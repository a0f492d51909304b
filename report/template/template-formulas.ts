import { a1 } from '../../core/grid/address.js';
import { indicatorsByCode } from '../../core/spec/spec-lookup.js';
import type { Indicator, TemplateSpec } from '../../core/spec/template-spec.js';
import {
  DIV0_ERROR,
  equalsZero,
  isEmptyText,
  isError,
  roundExcel,
  toNumber,
  type FormulaValue,
} from './formula-values.js';
import type { TemplateLayout } from './template-layout.js';

/** Reads what a cell holds (for a formula cell: its result). */
export type ReadCell = (row: number, col: number) => FormulaValue;

/** One formula cell of the template: its text and how Excel would evaluate it, built from the same references. */
export interface TemplateFormula {
  row: number;
  col: number;
  /** Formula text without the leading `=`. */
  formula: string;
  evaluate(read: ReadCell): FormulaValue;
}

interface Ref {
  row: number;
  col: number;
}

/** `IF(OR(den="",den=0),"",ROUND(num/den*factor,decimals))`: empty, not an error, when the denominator is empty or zero. */
export function guardedQuotient(at: Ref, num: Ref, den: Ref, factor: number, decimals: number): TemplateFormula {
  const n = a1(num.row, num.col);
  const d = a1(den.row, den.col);
  return {
    ...at,
    formula: `IF(OR(${d}="",${d}=0),"",ROUND(${n}/${d}*${factor},${decimals}))`,
    evaluate(read) {
      const denominator = read(den.row, den.col);
      if (isError(denominator)) return denominator;
      if (isEmptyText(denominator) || equalsZero(denominator)) return '';
      const x = toNumber(read(num.row, num.col));
      const y = toNumber(denominator);
      if (isError(x)) return x;
      if (isError(y)) return y;
      if (y === 0) return DIV0_ERROR;
      return roundExcel((x / y) * factor, decimals);
    },
  };
}

/** `IF(OR(cur="",prior=""),"",ROUND(cur-prior,decimals))`: empty unless both years are there. */
export function guardedDifference(at: Ref, current: Ref, prior: Ref, decimals: number): TemplateFormula {
  const c = a1(current.row, current.col);
  const p = a1(prior.row, prior.col);
  return {
    ...at,
    formula: `IF(OR(${c}="",${p}=""),"",ROUND(${c}-${p},${decimals}))`,
    evaluate(read) {
      const cur = read(current.row, current.col);
      const pri = read(prior.row, prior.col);
      if (isError(cur)) return cur;
      if (isError(pri)) return pri;
      if (isEmptyText(cur) || isEmptyText(pri)) return '';
      const x = toNumber(cur);
      const y = toNumber(pri);
      if (isError(x)) return x;
      if (isError(y)) return y;
      return roundExcel(x - y, decimals);
    },
  };
}

/** Derived indicators ordered so that one built on another comes after it. */
function derivationOrder(spec: TemplateSpec): Indicator[] {
  const byCode = indicatorsByCode(spec);
  const ordered: Indicator[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (ind: Indicator, path: string[]) => {
    if (state.get(ind.code) === 'done' || !ind.derive) return;
    if (state.get(ind.code) === 'visiting') {
      // A circular derivation would be a circular reference in Excel: the spec is wrong.
      throw new Error(`circular derivation in spec ${spec.id}: ${[...path, ind.code].join(' → ')}`);
    }
    state.set(ind.code, 'visiting');
    for (const code of [ind.derive.numerator, ind.derive.denominator]) {
      const dep = byCode.get(code);
      if (dep) visit(dep, [...path, ind.code]);
    }
    state.set(ind.code, 'done');
    ordered.push(ind);
  };
  for (const ind of spec.indicators) visit(ind, []);
  return ordered;
}

/**
 * Every formula of the template sheet, in an order that evaluates each after
 * the cells it reads: derived 本年/上年 first, then every row's 增减.
 */
export function templateFormulas(spec: TemplateSpec, layout: TemplateLayout): TemplateFormula[] {
  const formulas: TemplateFormula[] = [];
  const valueCols = [layout.columns.current, layout.columns.prior].filter((c): c is number => c !== undefined);
  for (const ind of derivationOrder(spec)) {
    // Another table's rate sits on its own sheet (a rate's parts are in its own table: the spec checks it).
    if (layout.rows[ind.code] === undefined) continue;
    const derive = ind.derive!;
    for (const col of valueCols) {
      formulas.push(
        guardedQuotient(
          { row: layout.rows[ind.code], col },
          { row: layout.rows[derive.numerator], col },
          { row: layout.rows[derive.denominator], col },
          derive.factor,
          ind.decimals,
        ),
      );
    }
  }
  const { current, prior, change } = layout.columns;
  if (current !== undefined && prior !== undefined && change !== undefined) {
    for (const ind of spec.indicators) {
      const row = layout.rows[ind.code];
      if (row === undefined) continue;
      formulas.push(guardedDifference({ row, col: change }, { row, col: current }, { row, col: prior }, ind.decimals));
    }
  }
  return formulas;
}
