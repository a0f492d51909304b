import { makeIssue } from '../../../core/issues/make-issue.js';
import { check, valuesOf } from '../../../core/rules/index.js';
import { standardSpec } from '../../../core/templates/index.js';
import { buildExtracted, buildValid, cellOf, VALID_CURRENT, VALID_PRIOR } from '../../support/build-extracted.js';

const context = {
  collection: { year: 2024, period: 'annual' as const },
  rosterCodes: new Set(['320102', '320104']),
  lastYear: { values: VALID_PRIOR, source: '玄武区2023年报.xlsx' },
};

describe('check', () => {
  it('finds nothing in a fully valid standard submission, with or without context', () => {
    for (const ctx of [undefined, context]) {
      const result = check(standardSpec, buildValid(), ctx);
      expect(result.issues).toEqual([]);
      expect(result.counts).toEqual({ hard: 0, soft: 0, explained: 0 });
    }
  });

  it('returns the sheet numbers by column', () => {
    const result = check(standardSpec, buildValid());
    expect(result.values.current).toEqual(VALID_CURRENT);
    expect(result.values.prior).toEqual(VALID_PRIOR);
  });

  it('passes extraction issues through and orders hard, soft open, explained, each by row', () => {
    const cellNote = makeIssue({ code: 'compare', severity: 'soft', sheet: 'x', cell: 'D3', values: {} });
    const extracted = buildValid({
      current: {
        A02: 1300, // hard compare on D10 (A02 > A01); also soft historical on A02/A03 rows
        C01: 1234.58, // hard sum-of-parts on D29
        A09: 100, // soft historical on D17, explained
        B07: 190000, // soft compare B07 ≤ A04 on D24 (open)
      },
      notes: { A09: '当年集中新建非公企业工会' },
      issues: [cellNote],
    });
    const { issues, counts } = check(standardSpec, extracted);
    const groups = issues.map((i) => (i.severity === 'hard' ? 0 : i.status === 'open' ? 1 : 2));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    const rowsIn = (g: number) =>
      issues.filter((_, k) => groups[k] === g).map((i) => Number(/\d+$/.exec(i.cell ?? '0')![0]));
    for (const g of [0, 1, 2]) expect(rowsIn(g)).toEqual([...rowsIn(g)].sort((a, b) => a - b));
    expect(issues).toContainEqual(cellNote);
    expect(issues[0]).toMatchObject({ ruleId: 'A02-le-A01', cell: cellOf('A02', 'current') });
    const explained = issues.filter((i) => i.status === 'explained');
    expect(explained.map((i) => i.indicator)).toEqual(['A09']);
    expect(counts).toEqual({
      hard: issues.filter((i) => i.severity === 'hard').length,
      soft: issues.filter((i) => i.severity === 'soft' && i.status === 'open').length,
      explained: 1,
    });
    expect(counts.hard).toBeGreaterThanOrEqual(2);
  });

  it('skips rules whose operands are unknown, leaving the cell notes and required-value to speak', () => {
    const extracted = buildValid({ current: { A01: 'abc', A02: { state: 'error', error: '#REF!' } } });
    const { issues } = check(standardSpec, extracted);
    // No compare (A02 vs A01), no derived check on A03, no historical on A01/A02: only what follows from other cells.
    expect(issues.filter((i) => ['A01', 'A02', 'A03'].includes(i.indicator ?? ''))).toEqual([]);
  });

  it('gives the same result on repeated calls with the cached spec plan', () => {
    const extracted = buildValid({ current: { A02: 1300 } });
    expect(check(standardSpec, extracted)).toEqual(check(standardSpec, extracted));
  });
});

describe('valuesOf', () => {
  it('reads numbers, counts 无 as 0, and leaves empty, invalid, error and uncached cells unknown', () => {
    const extracted = buildExtracted({
      current: {
        A01: 12,
        A02: '无',
        A04: null,
        A05: '十二',
        A07: { state: 'error', error: '#DIV/0!' },
        A08: { state: 'uncached', formula: 'SUM(D1:D2)' },
      },
    });
    const v = valuesOf(extracted, 'current');
    expect([v.A01, v.A02, v.A04, v.A05, v.A07, v.A08]).toEqual([12, 0, null, null, null, null]);
    expect(Object.keys(v)).toHaveLength(standardSpec.indicators.length);
  });
});
