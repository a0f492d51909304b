import { derivedFills } from '../../addin/review/derived-fills.js';
import { extractTemplate, type Extracted } from '../../core/grid/index.js';
import { standardSpec as spec } from '../../core/templates/index.js';
import { memoryWorkbook, standardGrid, type TestCell } from '../support/memory-grid.js';

/** Rows A01 … C10 sit in sheet rows 9 … 38; 本年 D, 上年 E, 增减 F. */
const rowOf = (code: string) => 9 + spec.indicators.findIndex((i) => i.code === code);

function extracted(values: Record<string, [TestCell, TestCell, TestCell?]>): Extracted {
  const result = extractTemplate(spec, memoryWorkbook([standardGrid(spec, { values })]));
  if (!result.ok) throw new Error('not a template');
  return result.extracted;
}

const fillAt = (fills: ReturnType<typeof derivedFills>, cell: string) => fills.find((f) => f.cell === cell)?.value;

describe('derivedFills', () => {
  const x = extracted({
    A01: [200, 0],
    A02: [151, 0],
    A03: [null, null],
    A04: [1000, 900],
    A05: [800, 700],
    A06: [80, null],
    C01: [12.5, 10],
    C07: [3, 0],
    C10: [null, null],
  });
  const fills = derivedFills(spec, x);

  it('computes an empty rate from its numerator and denominator, rounded to its decimals', () => {
    expect(fillAt(fills, `D${rowOf('A03')}`)).toBe(75.5);
    expect(fillAt(fills, `E${rowOf('A06')}`)).toBe(77.8);
    expect(fillAt(fills, `D${rowOf('C10')}`)).toBe(41666.67);
  });

  it('leaves a rate empty when its denominator is 0, never 0', () => {
    expect(fillAt(fills, `E${rowOf('A03')}`)).toBeUndefined();
    expect(fillAt(fills, `E${rowOf('C10')}`)).toBeUndefined();
  });

  it('does not touch a rate the user typed, even a wrong one (the check reports it)', () => {
    expect(fillAt(fills, `D${rowOf('A06')}`)).toBeUndefined();
  });

  it('fills 增减 as 本年 − 上年, in 百分点 for rates, using the computed rates', () => {
    expect(fillAt(fills, `F${rowOf('A04')}`)).toBe(100);
    expect(fillAt(fills, `F${rowOf('C01')}`)).toBe(2.5);
    expect(fillAt(fills, `F${rowOf('A06')}`)).toBe(2.2);
    expect(fillAt(fills, `F${rowOf('A03')}`)).toBeUndefined();
  });

  it('never writes over a formula, even one showing nothing', () => {
    const withFormula = extracted({
      A01: [200, 100],
      A02: [150, 50],
      A03: [{ value: { type: 'string', value: '' }, formula: 'IF(D9=0,"",D10/D9*100)' }, null],
    });
    const out = derivedFills(spec, withFormula);
    expect(fillAt(out, `D${rowOf('A03')}`)).toBeUndefined();
    expect(fillAt(out, `E${rowOf('A03')}`)).toBe(50);
  });
});
