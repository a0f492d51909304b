import { compileCheckFormula, parseFormula } from '../../../core/formula/index.js';
import { indicatorsByCode } from '../../../core/spec/spec-lookup.js';
import { standardSpec } from '../../../core/templates/index.js';

const indicators = indicatorsByCode(standardSpec);

function compile(text: string, row: { tolerance?: number; columns?: ('current' | 'prior')[] } = {}) {
  const parsed = parseFormula(text, 'comparison');
  if (!parsed.ok || parsed.formula.kind !== 'comparison') throw new Error(`${text} does not parse`);
  return compileCheckFormula(text, parsed.formula.comparison, { id: 'r', severity: 'hard', tolerance: row.tolerance ?? 0, columns: row.columns }, indicators);
}

describe('compileCheckFormula: formulas of today’s kinds become those kinds', () => {
  it('a code against a code, or sums of codes, is a compare', () => {
    expect(compile('A02 <= A01')).toEqual({ id: 'r', severity: 'hard', kind: 'compare', left: ['A02'], op: 'le', right: ['A01'], tolerance: 0, columns: ['current', 'prior'] });
    expect(compile('A07 + A08 ≤ A05', { tolerance: 1 })).toMatchObject({ kind: 'compare', left: ['A07', 'A08'], op: 'le', right: ['A05'], tolerance: 1 });
    expect(compile('B01 > A02', { columns: ['current'] })).toMatchObject({ kind: 'compare', op: 'gt', columns: ['current'] });
    expect(compile('C01 = (C02 + C03)')).toMatchObject({ kind: 'compare', op: 'eq', left: ['C01'], right: ['C02', 'C03'] });
  });

  it('a total equal to a plain sum of parts is a sum-of-parts', () => {
    expect(compile('C01 = C02 + C03 + C04 + C05', { tolerance: 0.01 })).toEqual({
      id: 'r',
      severity: 'hard',
      kind: 'sum-of-parts',
      total: 'C01',
      parts: ['C02', 'C03', 'C04', 'C05'],
      tolerance: 0.01,
      columns: ['current', 'prior'],
    });
  });

  it('a rate defined by its own 计算公式 is a derived-consistency', () => {
    expect(compile('A03 = A02 / A01 * 100')).toMatchObject({ kind: 'derived-consistency', appliesTo: { codes: ['A03'] } });
    expect(compile('C10 = C01 * 10000 / C07')).toMatchObject({ kind: 'derived-consistency', appliesTo: { codes: ['C10'] } });
    // Not A03's own definition: a general formula.
    expect(compile('A03 = A05 / A04 * 100')).toMatchObject({ kind: 'formula' });
  });

  it('a change threshold is a historical check: percent for counts and amounts, 百分点 for rates', () => {
    expect(compile('变化(A04) <= 30%')).toEqual({ id: 'r', severity: 'hard', kind: 'historical', appliesTo: { codes: ['A04'] }, maxChangePercent: 30 });
    expect(compile('abs(A03 - 上年(A03)) <= 10')).toEqual({ id: 'r', severity: 'hard', kind: 'historical', appliesTo: { codes: ['A03'] }, maxChangePoints: 10 });
    // A rate does not move in percent of itself: kept as written.
    expect(compile('变化(A03) <= 30%')).toMatchObject({ kind: 'formula' });
  });

  it('anything else is a general formula that keeps its text, tolerance and columns', () => {
    expect(compile('A02 <> A01')).toEqual({ id: 'r', severity: 'hard', kind: 'formula', formula: 'A02 <> A01', tolerance: 0 });
    expect(compile('A07 + A08 <= A05 * 2', { tolerance: 3, columns: ['current'] })).toEqual({
      id: 'r',
      severity: 'hard',
      kind: 'formula',
      formula: 'A07 + A08 <= A05 * 2',
      tolerance: 3,
      columns: ['current'],
    });
    expect(compile('C01 = sum(C02:C05)')).toMatchObject({ kind: 'formula' });
  });
});
