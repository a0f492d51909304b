import { consolidate, reconcile, type Summary } from '../../../core/consolidate/index.js';
import { standardSpec } from '../../../core/templates/index.js';
import { input, makeUnit, threeUnits } from './three-units.js';

const clone = (s: Summary): Summary => structuredClone(s);

/** Units whose amounts add up to binary-unfriendly totals: 0.1 + 0.2, 0.7 + 0.1 + 0.2 … */
function pennyUnits() {
  const amounts = (c02: number, c03: number, c04: number, c05: number) => ({
    A01: 10, A02: 5, C07: 7,
    C01: Number((c02 + c03 + c04 + c05).toFixed(2)), C02: c02, C03: c03, C04: c04, C05: c05, C06: 0,
  });
  return [
    makeUnit('X01', '甲区', '县区', amounts(0.1, 0.7, 1.1, 0.01), amounts(0.2, 0.1, 0.3, 0.06)),
    makeUnit('X02', '乙区', '县区', amounts(0.2, 0.1, 2.2, 0.02), amounts(0.1, 0.2, 0.3, 0.07)),
    makeUnit('Z01', '丙直属', '直属', amounts(0.3, 0.2, 3.3, 0.03), amounts(0.7, 0.1, 0.3, 0.08)),
  ];
}

describe('exact amounts', () => {
  it('sums 0.1 + 0.2 style amounts to the exact decimal', () => {
    const units = pennyUnits();
    const summary = consolidate(input(units));
    const t = summary.total.figures;
    // plain float addition gets these wrong:
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
    // C02: 0.1 + 0.2 + 0.3 = 0.60; C03: 0.7 + 0.1 + 0.2 = 1.00; C04: 1.1 + 2.2 + 3.3 = 6.60; C05: 0.01 + 0.02 + 0.03 = 0.06
    expect([t.C02.current, t.C03.current, t.C04.current, t.C05.current]).toEqual([0.6, 1, 6.6, 0.06]);
    // C01 per unit: 1.91, 2.52, 3.83 → 8.26 = 0.60 + 1.00 + 6.60 + 0.06
    expect(t.C01.current).toBe(8.26);
    // 县区 subtotal of C02: 0.1 + 0.2 = 0.30 (not 0.30000000000000004)
    expect(summary.byKind[0].figures.C02.current).toBe(0.3);
    // 上年 C02: 0.2 + 0.1 + 0.7 = 1.00
    expect(t.C02.prior).toBe(1);
    expect(reconcile(summary, units, standardSpec)).toEqual([]);
  });
});

describe('reconcile', () => {
  const units = threeUnits();
  const summary = consolidate(input(units));

  it('detects a tampered total', () => {
    const bad = clone(summary);
    bad.total.figures.C01.current = 220.41;
    const problems = reconcile(bad, units, standardSpec);
    expect(problems).toContainEqual({ code: 'total', indicator: 'C01', column: 'current', group: '3300', expected: 220.4, actual: 220.41 });
  });

  it('detects a total off by a float hair', () => {
    const bad = clone(summary);
    bad.total.figures.C02.current = 110.21000000000001;
    expect(reconcile(bad, units, standardSpec).map((p) => [p.code, p.indicator])).toContainEqual(['total', 'C02']);
  });

  it('detects a tampered subtotal', () => {
    const bad = clone(summary);
    bad.byKind[1].figures.A01.prior = 11; // 直属: its one unit says 10
    const problems = reconcile(bad, units, standardSpec);
    expect(problems).toContainEqual({ code: 'kind-subtotal', indicator: 'A01', column: 'prior', group: '直属', expected: 10, actual: 11 });
    // and the total no longer equals the sum of the subtotals
    expect(problems).toContainEqual({ code: 'total', indicator: 'A01', column: 'prior', group: '3300', expected: 241, actual: 240 });
  });

  it('detects an averaged rate', () => {
    const bad = clone(summary);
    bad.total.figures.A03.current = (50 + 90 + 90) / 3;
    const problems = reconcile(bad, units, standardSpec);
    expect(problems).toContainEqual({ code: 'derived', indicator: 'A03', column: 'current', group: '3300', expected: 83.6, actual: (50 + 90 + 90) / 3 });
  });

  it('detects a unit figure that is not what the unit submitted', () => {
    const changed = threeUnits();
    changed[1].current.A01 = 201;
    const problems = reconcile(summary, changed, standardSpec);
    expect(problems).toContainEqual({ code: 'unit-value', indicator: 'A01', column: 'current', group: 'X01', expected: 201, actual: 200 });
  });

  it('detects a missing unit and a wrong change', () => {
    const bad = clone(summary);
    bad.byUnit = bad.byUnit.filter((g) => g.key !== 'Z01');
    bad.total.figures.A01.change = 11;
    const problems = reconcile(bad, units, standardSpec);
    expect(problems).toContainEqual({ code: 'unit-missing', indicator: '', column: 'units', group: 'Z01', expected: 1, actual: 0 });
    expect(problems).toContainEqual({ code: 'change', indicator: 'A01', column: 'change', group: '3300', expected: 10, actual: 11 });
  });
});
