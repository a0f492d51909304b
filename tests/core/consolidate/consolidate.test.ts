import { consolidate, reconcile } from '../../../core/consolidate/index.js';
import { standardSpec } from '../../../core/templates/index.js';
import { input, makeUnit, threeUnits } from './three-units.js';

describe('consolidate: three units, every indicator kind', () => {
  const units = threeUnits();
  const summary = consolidate(input(units));
  const t = summary.total.figures;

  it('sums counts across the units', () => {
    // A01: 200 + 10 + 40 = 250; A02: 180 + 9 + 20 = 209
    expect(t.A01.current).toBe(250);
    expect(t.A02.current).toBe(209);
    // A04: 10000 + 500 + 2000 = 12500; A05: 9000 + 490 + 1000 = 10490
    expect(t.A04.current).toBe(12500);
    expect(t.A05.current).toBe(10490);
    // A07: 500 + 0 + 100; A08: 2000 + 10 + 300; A09: 12 + 1 + 3
    expect([t.A07.current, t.A08.current, t.A09.current]).toEqual([600, 2310, 16]);
    // B01: 150 + 5 + 20 = 175; B02: 120 + 5 + 8 = 133; B08: 160 + 9 + 12 = 181; B10: 170 + 8 + 15 = 193
    expect([t.B01.current, t.B02.current, t.B08.current, t.B10.current]).toEqual([175, 133, 181, 193]);
    // C07: 1000 + 3 + 67 = 1070
    expect(t.C07.current).toBe(1070);
  });

  it('sums amounts exactly (万元, 2 decimals)', () => {
    // C01: 200.00 + 0.30 + 20.10 = 220.40
    expect(t.C01.current).toBe(220.4);
    // C02: 100.10 + 0.10 + 10.01 = 110.21; C03: 50.25 + 0.20 + 5.02 = 55.47
    expect(t.C02.current).toBe(110.21);
    expect(t.C03.current).toBe(55.47);
    // C04: 30.30 + 0 + 3.03 = 33.33; C05: 19.35 + 0 + 2.04 = 21.39
    expect(t.C04.current).toBe(33.33);
    expect(t.C05.current).toBe(21.39);
    // and the parts of the total add up to it: 110.21 + 55.47 + 33.33 + 21.39 = 220.40
    expect(Math.round((t.C02.current! + t.C03.current! + t.C04.current! + t.C05.current!) * 100)).toBe(22040);
  });

  it('recomputes rates from the summed numerator and denominator, never averaging them', () => {
    // A03 = ΣA02 / ΣA01 × 100 = 209 / 250 × 100 = 83.6
    expect(t.A03.current).toBe(83.6);
    // The units' own rates: 180/200 = 90, 9/10 = 90, 20/40 = 50; their average 76.67 is wrong.
    const unitRates = summary.byUnit.map((g) => g.figures.A03.current!);
    expect(unitRates).toEqual([50, 90, 90]);
    const averaged = unitRates.reduce((a, b) => a + b, 0) / unitRates.length;
    expect(averaged).toBeCloseTo(76.667, 3);
    expect(t.A03.current).not.toBeCloseTo(averaged, 0);
    // A06 = 10490 / 12500 × 100 = 83.92
    expect(t.A06.current).toBe(83.92);
    // B03 = 133 / 175 × 100 = 76
    expect(t.B03.current).toBe(76);
    // B09 = ΣB08 / ΣA02 × 100 = 181 / 209 × 100 = 86.6028708…
    expect(t.B09.current).toBeCloseTo(86.6028708, 6);
    // B11 = 193 / 209 × 100 = 92.3444976…
    expect(t.B11.current).toBeCloseTo(92.3444976, 6);
  });

  it('recomputes the ratio C10 from ΣC01 and ΣC07', () => {
    // C10 = 220.40 万元 × 10000 / 1070 人次 = 2,204,000 / 1070 = 2059.8130841… 元/人次
    expect(t.C10.current).toBeCloseTo(2059.8130841, 6);
    // averaging the units' ratios (2000, 1000, 3000) would give 2000
    const unitRatios = summary.byUnit.map((g) => g.figures.C10.current!);
    // 20.10×10000/67 = 3000; 200.00×10000/1000 = 2000; 0.30×10000/3 = 1000
    expect(unitRatios[0]).toBeCloseTo(3000, 9);
    expect(unitRatios[1]).toBeCloseTo(2000, 9);
    expect(unitRatios[2]).toBeCloseTo(1000, 9);
    expect(t.C10.current).not.toBeCloseTo(2000, 0);
  });

  it('ignores rates typed in the files and recomputes them per unit', () => {
    const east = summary.byUnit.find((g) => g.key === 'X01')!;
    // the file said A03 = 99.9 and C10 = 1; 180/200 × 100 = 90; 200.00 × 10000 / 1000 = 2000
    expect(east.figures.A03.current).toBe(90);
    expect(east.figures.C10.current).toBe(2000);
  });

  it('computes 同比 for the total', () => {
    // A01: 250 − (190 + 10 + 40 = 240) = 10; growth 10 / 240 × 100 = 4.1666…%
    expect(t.A01.prior).toBe(240);
    expect(t.A01.change).toBe(10);
    expect(t.A01.growthPercent).toBeCloseTo(4.1666667, 6);
    // C01 上年: 185.00 + 0.30 + 17.00 = 202.30; change 220.40 − 202.30 = 18.10; growth 18.10 / 202.30 = 8.9471…%
    expect(t.C01.prior).toBe(202.3);
    expect(t.C01.change).toBe(18.1);
    expect(t.C01.growthPercent).toBeCloseTo(8.9471083, 6);
    // A03 上年 = (170 + 9 + 18 = 197) / 240 × 100 = 82.0833 → 82.1; 本年 83.6; change 1.5 points, no growth
    expect(t.A03.prior).toBeCloseTo(82.0833333, 6);
    expect(t.A03.change).toBe(1.5);
    expect(t.A03.growthPercent).toBeNull();
    // B03 上年 = (110 + 4 + 6 = 120) / (140 + 5 + 18 = 163) = 73.6196 → 73.6; 本年 76.0; change 2.4
    expect(t.B03.change).toBe(2.4);
    // C10 上年 = 202.30 × 10000 / 1012 = 1999.0118577…; printed 2059.81 and 1999.01 → change 60.80
    expect(t.C10.prior).toBeCloseTo(1999.0118577, 6);
    expect(t.C10.change).toBe(60.8);
    // growth from exact values: 2059.8130841 / 1999.0118577 − 1 = 3.0415…%
    expect(t.C10.growthPercent).toBeCloseTo((2059.8130841 / 1999.0118577 - 1) * 100, 5);
  });

  it('groups units in roster order and subtotals in 县区, 直属, 产业 order', () => {
    expect(summary.byUnit.map((g) => g.key)).toEqual(['P01', 'X01', 'Z01']);
    expect(summary.byKind.map((g) => g.key)).toEqual(['县区', '直属', '产业']);
    expect(summary.byKind.map((g) => g.units)).toEqual([1, 1, 1]);
    expect(summary.total).toMatchObject({ key: '3300', level: 'total', units: 3, label: '全市合计' });
    expect(summary.priorSources).toEqual({ P01: 'prior-column', X01: 'prior-column', Z01: 'prior-column' });
    expect(summary.notes).toBeUndefined();
  });

  it('reconciles', () => {
    expect(reconcile(summary, units, standardSpec)).toEqual([]);
  });
});

describe('consolidate: kind subtotals', () => {
  const units = [
    ...threeUnits(),
    // 城西区 (县区): A01 100, A02 50 → the 县区 subtotal is (180 + 50) / (200 + 100) = 76.67%, not (90 + 50) / 2 = 70%
    makeUnit('X02', '城西区总工会', '县区', { A01: 100, A02: 50, C01: 0.07, C02: 0.07, C07: 0 }, { A01: 100, A02: 40 }),
  ];
  const summary = consolidate(input(units));
  const county = summary.byKind.find((g) => g.key === '县区')!;

  it('sums the units of a kind and recomputes its rates', () => {
    expect(county.units).toBe(2);
    expect(county.figures.A01.current).toBe(300);
    expect(county.figures.A02.current).toBe(230);
    // 230 / 300 × 100 = 76.666…
    expect(county.figures.A03.current).toBeCloseTo(76.6666667, 6);
    expect(county.figures.A03.current).not.toBeCloseTo((90 + 50) / 2, 0);
    // C01: 200.00 + 0.07 = 200.07
    expect(county.figures.C01.current).toBe(200.07);
    // a zero denominator gives an empty ratio for that unit, never 0
    expect(summary.byUnit.find((g) => g.key === 'X02')!.figures.C10.current).toBeNull();
  });

  it('has the total equal to the sum of subtotals', () => {
    const sumOfKinds = summary.byKind.reduce((s, g) => s + g.figures.A01.current!, 0);
    expect(summary.total.figures.A01.current).toBe(sumOfKinds);
    expect(reconcile(summary, units, standardSpec)).toEqual([]);
  });

  it('leaves out kinds without units', () => {
    const only = consolidate(input([makeUnit('X01', '城东区总工会', '县区', { A01: 1, A02: 1 })]));
    expect(only.byKind.map((g) => g.key)).toEqual(['县区']);
  });

  it('gives empty figures for an empty collection', () => {
    const empty = consolidate(input([]));
    expect(empty.total.units).toBe(0);
    expect(empty.total.figures.A01.current).toBeNull();
    expect(empty.total.figures.A03.current).toBeNull();
    expect(empty.byKind).toEqual([]);
  });

  it('refuses a unit given twice (the merge settles duplicates first)', () => {
    const u = makeUnit('X01', '城东区总工会', '县区', { A01: 1 });
    expect(() => consolidate(input([u, u]))).toThrow(/twice/);
  });
});

describe('consolidate: values finer than their decimals', () => {
  it('takes them rounded half away from zero, says so, and still reconciles', () => {
    // a federation spec without the max-decimals check let 1.005 万元 and a 2.5 count through
    const units = [
      makeUnit('X01', '城东区总工会', '县区', { A01: 2.5, C02: 1.005 }),
      makeUnit('X02', '城西区总工会', '县区', { A01: 2, C02: 0.1 }),
    ];
    const summary = consolidate(input(units));
    // 3 + 2 = 5; 1.01 + 0.10 = 1.11
    expect(summary.total.figures.A01.current).toBe(5);
    expect(summary.total.figures.C02.current).toBe(1.11);
    expect(summary.notes?.filter((n) => n.zh.includes('超出'))).toHaveLength(2);
    expect(reconcile(summary, units, standardSpec)).toEqual([]);
  });
});
