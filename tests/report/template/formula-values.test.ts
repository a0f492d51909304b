import { equalsZero, isEmptyText, roundExcel, toNumber } from '../../../report/template/formula-values.js';
import { guardedDifference, guardedQuotient } from '../../../report/template/template-formulas.js';

describe('Excel value semantics for cached results', () => {
  it('rounds half away from zero on 15 significant digits', () => {
    expect(roundExcel(1.005, 2)).toBe(1.01);
    expect(roundExcel(2.5, 0)).toBe(3);
    expect(roundExcel(-2.5, 0)).toBe(-3);
    expect(roundExcel(66.66666, 1)).toBe(66.7);
    expect(roundExcel(-0.04, 1)).toBe(0);
    expect(Object.is(roundExcel(-0.04, 1), -0)).toBe(false);
  });

  it('coerces numeric text as Excel does in arithmetic, and nothing else', () => {
    expect(toNumber(null)).toBe(0);
    expect(toNumber(true)).toBe(1);
    expect(toNumber(' 1,234.5 ')).toBe(1234.5);
    expect(toNumber('12.5%')).toBe(0.125);
    expect(toNumber('无')).toEqual({ error: '#VALUE!' });
    expect(toNumber('')).toEqual({ error: '#VALUE!' });
    expect(toNumber('1,23')).toEqual({ error: '#VALUE!' });
    expect(toNumber({ error: '#N/A' })).toEqual({ error: '#N/A' });
  });

  it('compares like Excel: blank equals "" and 0, text never equals a number', () => {
    expect(isEmptyText(null)).toBe(true);
    expect(isEmptyText('')).toBe(true);
    expect(isEmptyText(' ')).toBe(false);
    expect(equalsZero(null)).toBe(true);
    expect(equalsZero(0)).toBe(true);
    expect(equalsZero('0')).toBe(false);
    expect(equalsZero(false)).toBe(false);
  });
});

describe('template formulas', () => {
  const grid = (cells: Record<string, unknown>) => (row: number, col: number) =>
    (cells[`${row},${col}`] ?? null) as never;

  it('guardedQuotient: text and formula agree on references; errors propagate; text "0" divides by zero', () => {
    const f = guardedQuotient({ row: 5, col: 4 }, { row: 3, col: 4 }, { row: 2, col: 4 }, 100, 1);
    expect(f.formula).toBe('IF(OR(D2="",D2=0),"",ROUND(D3/D2*100,1))');
    expect(f.evaluate(grid({ '2,4': 3, '3,4': 1 }))).toBe(33.3);
    expect(f.evaluate(grid({ '3,4': 1 }))).toBe('');
    expect(f.evaluate(grid({ '2,4': 0, '3,4': 1 }))).toBe('');
    expect(f.evaluate(grid({ '2,4': '0', '3,4': 1 }))).toEqual({ error: '#DIV/0!' });
    expect(f.evaluate(grid({ '2,4': { error: '#REF!' }, '3,4': 1 }))).toEqual({ error: '#REF!' });
    expect(f.evaluate(grid({ '2,4': 4, '3,4': '' }))).toEqual({ error: '#VALUE!' });
  });

  it('guardedDifference: empty unless both years are there', () => {
    const f = guardedDifference({ row: 7, col: 6 }, { row: 7, col: 4 }, { row: 7, col: 5 }, 2);
    expect(f.formula).toBe('IF(OR(D7="",E7=""),"",ROUND(D7-E7,2))');
    expect(f.evaluate(grid({ '7,4': 10.555, '7,5': 0 }))).toBe(10.56);
    expect(f.evaluate(grid({ '7,4': 10 }))).toBe('');
    expect(f.evaluate(grid({ '7,4': '', '7,5': 3 }))).toBe('');
  });
});
