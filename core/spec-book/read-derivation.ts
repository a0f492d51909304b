import { ratioOf } from '../formula/compile-check-formula.js';
import { parseFormula } from '../formula/parse-formula.js';
import { validateFormula } from '../formula/validate-formula.js';
import type { Indicator, IndicatorKind } from '../spec/template-spec.js';
import { formulaText, type Reader } from './book-cell-reader.js';
import type { BookRow } from './book-table.js';
import { KIND_WORDS } from './spec-book-layout.js';

/** 计算公式 of a rate or ratio: numerator / denominator * factor; entered kinds have none. */
export function readDerivation(r: Reader, row: BookRow, code: string, kind: IndicatorKind | undefined): Indicator['derive'] {
  const text = formulaText(r, row, '计算公式', false) ?? '';
  const derived = kind === 'rate' || kind === 'ratio';
  if (!kind) return undefined;
  if (!derived) {
    if (text !== '') r.problems.add('spec-book.derive-not-allowed', row.sheet, row.cell('计算公式'), { code, kindName: KIND_WORDS[kind] });
    return undefined;
  }
  if (text === '') {
    r.problems.add('spec-book.derive-missing', row.sheet, row.cell('计算公式'), { code, kindName: KIND_WORDS[kind] });
    return undefined;
  }
  const parsed = parseFormula(text, 'expression');
  const faults = parsed.ok ? validateFormula(parsed.formula, r.codes) : [parsed.error];
  for (const f of faults) r.problems.add(f.code, row.sheet, row.cell('计算公式'), f.values);
  if (!parsed.ok || faults.length > 0 || parsed.formula.kind !== 'expression') return undefined;
  const ratio = ratioOf(parsed.formula.expr);
  if (!ratio || ratio.factor <= 0) {
    r.problems.add('spec-book.derive-shape', row.sheet, row.cell('计算公式'), { code });
    return undefined;
  }
  return ratio;
}
