import { evaluateComparison, evaluateFormula, fillFigures, parseFormula, type FormulaValues } from '../../../core/formula/index.js';

const CODES = ['A01', 'A02', 'A03', 'A04', 'A05', 'C01', 'C02'];

/** Hand-made figures: 本年 and 上年 by code; a missing code is an empty cell. */
function values(current: Record<string, number>, prior: Record<string, number> = {}): FormulaValues {
  return { codes: CODES, valueOf: (code, column) => (column === 'current' ? current : prior)[code] ?? null };
}

function comparison(text: string) {
  const parsed = parseFormula(text, 'comparison');
  if (!parsed.ok || parsed.formula.kind !== 'comparison') throw new Error(`${text} does not parse`);
  return parsed.formula.comparison;
}

function value(text: string, v: FormulaValues, column: 'current' | 'prior' = 'current'): number | null {
  const parsed = parseFormula(text, 'expression');
  if (!parsed.ok || parsed.formula.kind !== 'expression') throw new Error(`${text} does not parse`);
  return evaluateFormula(parsed.formula.expr, v, column);
}

const holds = (text: string, v: FormulaValues, tolerance = 0, column: 'current' | 'prior' = 'current') =>
  evaluateComparison(comparison(text), v, column, tolerance).holds;

describe('evaluateFormula: every form on hand-made figures', () => {
  const v = values({ A01: 120, A02: 90, A03: 75, A04: 1000, A05: 640, C01: 12.5, C02: 4.25 }, { A01: 100, A02: 80, A03: 80, A04: 800, A05: 600, C01: 10, C02: 0 });

  it.each([
    ['A02 + A01', 210],
    ['A02 - A01', -30],
    ['A02 − A01', -30],
    ['A02 * 2', 180],
    ['A02 × 2', 180],
    ['A02 / 4', 22.5],
    ['A02 ÷ 4', 22.5],
    ['A01 + A02 * 2', 300],
    ['(A01 + A02) * 2', 420],
    ['-A02 + 100', 10],
    ['A02 / A01 * 100', 75],
    ['30%', 0.3],
    ['abs(A02 - A01)', 30],
    ['sum(A01:A03)', 285],
    ['sum(A01, C01:C02)', 136.75],
    ['上年(A04)', 800],
    ['上年(A02 / A01 * 100)', 80],
    ['变化(A04)', 0.25],
    ['变化(A05)', 40 / 600],
    ['abs(A03 - 上年(A03))', 5],
  ])('%s = %d', (text, expected) => {
    expect(value(text, v)).toBeCloseTo(expected, 10);
  });

  it('reads bare codes from the column being checked, and 上年() always from 上年', () => {
    expect(value('A02 - 上年(A02)', v, 'prior')).toBe(0);
    expect(value('A01', v, 'prior')).toBe(100);
  });

  it('gives no figure when one does not exist: an empty cell, a division by zero, 变化 from a 上年 of 0', () => {
    const gaps = values({ A01: 0, A02: 5, C02: 3 }, { C02: 0 });
    expect(value('A02 + A04', gaps)).toBeNull();
    expect(value('A02 / A01', gaps)).toBeNull();
    expect(value('sum(A01:A03)', gaps)).toBeNull();
    expect(value('变化(C02)', gaps)).toBeNull();
    expect(holds('A04 <= A01', gaps)).toBeNull();
  });
});

describe('evaluateComparison: each comparison, with and without tolerance', () => {
  const v = values({ A01: 100, A02: 100.005, C01: 10, C02: 10.02 });

  it.each([
    ['A01 <= A02', true],
    ['A02 <= A01', false],
    ['A01 < A02', true],
    ['A01 < A01', false],
    ['A01 = A01', true],
    ['A01 = A02', false],
    ['A02 >= A01', true],
    ['A01 >= A02', false],
    ['A02 > A01', true],
    ['A01 > A01', false],
    ['A01 <> A02', true],
    ['A01 <> A01', false],
    ['A01 ≤ A02', true],
    ['A01 ≥ A02', false],
    ['A01 ≠ A01', false],
  ])('%s → %s', (text, expected) => {
    expect(holds(text, v)).toBe(expected);
  });

  it('the tolerance (容差) loosens the relation by exactly its amount', () => {
    expect(holds('A02 = A01', v, 0.01)).toBe(true);
    expect(holds('A02 = A01', v, 0.004)).toBe(false);
    expect(holds('A02 <= A01', v, 0.01)).toBe(true);
    expect(holds('C02 = C01', v, 0.02)).toBe(true);
    expect(holds('C02 = C01', v, 0.019)).toBe(false);
    // <> asks for a difference larger than the tolerance.
    expect(holds('A02 <> A01', v, 0.01)).toBe(false);
  });

  it('checks 上年 and 变化 against thresholds in percent', () => {
    const yoy = values({ A04: 1300, A05: 610 }, { A04: 1000, A05: 600 });
    expect(holds('变化(A04) <= 30%', yoy)).toBe(true);
    expect(holds('变化(A04) <= 29.9%', yoy)).toBe(false);
    expect(holds('A04 <= 上年(A04) * 1.2', yoy)).toBe(false);
    expect(holds('A05 >= 上年(A05)', yoy)).toBe(true);
  });

  it('a float sum never trips an equality (0.1 + 0.2 = 0.3)', () => {
    expect(holds('C01 = C02 + A01', values({ C01: 0.3, C02: 0.1, A01: 0.2 }))).toBe(true);
  });
});

describe('fillFigures: the formula as written, each figure after its operand', () => {
  it('quotes codes and functions with their figures, in Chinese and English brackets', () => {
    const text = 'A02 <= A01';
    const v = values({ A01: 2066, A02: 2073 });
    expect(fillFigures(text, comparison(text), v, 'current')).toEqual({ zh: 'A02（2073） <= A01（2066）', en: 'A02 (2073) <= A01 (2066)' });
  });

  it('shows 上年() as its figure, 变化() in percent, and an empty cell as 空', () => {
    const text = '变化(A04) + 上年(A05) <= A01 + 30%';
    const v = values({ A04: 1352, A05: 1 }, { A04: 1000, A05: 640 });
    expect(fillFigures(text, comparison(text), v, 'current').zh).toBe('变化(A04)（35.2%） + 上年(A05)（640） <= A01（空） + 30%');
  });
});
