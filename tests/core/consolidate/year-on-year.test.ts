import { consolidate, formatChange, reconcile, yearOnYear } from '../../../core/consolidate/index.js';
import { indicatorOf } from '../../../core/spec/index.js';
import { standardSpec } from '../../../core/templates/index.js';
import { eastCurrent, eastPrior, input, makeUnit, threeUnits } from './three-units.js';

const ind = (code: string) => indicatorOf(standardSpec, code);

describe('同比 of one figure', () => {
  it('counts: change and growth; 上年 0 gives no growth', () => {
    expect(yearOnYear(ind('A01'), 1100, 1000)).toEqual({ change: 100, growthPercent: 10 });
    expect(yearOnYear(ind('A09'), 3, 0)).toEqual({ change: 3, growthPercent: null });
    expect(yearOnYear(ind('A09'), 0, 0)).toEqual({ change: 0, growthPercent: null });
  });

  it('amounts: exact change (0.3 − 0.1 is 0.2, not 0.19999999999999998)', () => {
    const r = yearOnYear(ind('C01'), 0.3, 0.1);
    expect(r.change).toBe(0.2);
    // 0.20 / 0.10 = 200%
    expect(r.growthPercent).toBe(200);
  });

  it('an empty side gives empty change and growth', () => {
    expect(yearOnYear(ind('A01'), 10, null)).toEqual({ change: null, growthPercent: null });
    expect(yearOnYear(ind('A01'), null, 10)).toEqual({ change: null, growthPercent: null });
  });

  it('rates: change in 百分点 between the rounded rates, no growth', () => {
    // 86.64 prints 86.6 and 85.76 prints 85.8: the table shows 86.6 − 85.8 = 0.8, while the exact 0.88 would say 0.9
    const r = yearOnYear(ind('B03'), 86.64, 85.76);
    expect(r.change).toBe(0.8);
    expect(r.growthPercent).toBeNull();
  });

  it('ratios: change between the rounded ratios, growth from exact values', () => {
    // 2059.8130841 → 2059.81; 1999.0118577 → 1999.01; change 60.80
    const r = yearOnYear(ind('C10'), 2059.8130841, 1999.0118577);
    expect(r.change).toBe(60.8);
    expect(r.growthPercent).toBeCloseTo(((2059.8130841 - 1999.0118577) / 1999.0118577) * 100, 9);
  });
});

describe('同比 in a summary', () => {
  it('rate change of the total is taken from the rounded rates', () => {
    // 本年 2166 / 2500 = 86.64% → 86.6; 上年 2144 / 2500 = 85.76% → 85.8; change 0.8 points (not 0.9)
    const units = [makeUnit('X01', '城东区总工会', '县区', { A01: 2500, A02: 2166 }, { A01: 2500, A02: 2144 })];
    const a03 = consolidate(input(units)).total.figures.A03;
    expect(a03.current).toBeCloseTo(86.64, 10);
    expect(a03.prior).toBeCloseTo(85.76, 10);
    expect(a03.change).toBe(0.8);
    expect(formatChange(ind('A03'), a03)).toBe('提高0.8个百分点');
  });

  it('上年 0 in the total gives no growth; a zero-denominator rate is empty', () => {
    const units = [makeUnit('X01', '城东区总工会', '县区', { A01: 5, A02: 3, A09: 2 }, { A01: 0, A02: 0, A09: 0 })];
    const f = consolidate(input(units)).total.figures;
    expect(f.A09).toMatchObject({ current: 2, prior: 0, change: 2, growthPercent: null });
    // 上年 A02 / A01 = 0 / 0: empty, not 0; so the rate's change is empty too
    expect(f.A03.prior).toBeNull();
    expect(f.A03.change).toBeNull();
  });

  it('an empty 上年 of a unit: the group sums the others, and says so', () => {
    const units = [
      makeUnit('X01', '城东区总工会', '县区', { A01: 100, A02: 80 }, { A01: 90, A02: 70 }),
      makeUnit('X02', '城西区总工会', '县区', { A01: 50, A02: 40 }, { A01: null, A02: 30 }),
    ];
    const summary = consolidate(input(units));
    const t = summary.total.figures;
    // the unit itself: empty 上年, so no change
    const west = summary.byUnit.find((g) => g.key === 'X02')!.figures.A01;
    expect(west).toMatchObject({ current: 50, prior: null, change: null, growthPercent: null });
    // the total's 上年 A01 is 90 (X01 only); A02 is 70 + 30 = 100
    expect(t.A01.prior).toBe(90);
    expect(t.A02.prior).toBe(100);
    expect(t.A01.missing).toEqual({ prior: ['X02'] });
    expect(t.A02.missing).toBeUndefined();
    // the rate built on A01 inherits the gap
    expect(t.A03.missing).toEqual({ prior: ['X02'] });
    expect(summary.byKind[0].figures.A01.missing).toEqual({ prior: ['X02'] });
    expect(summary.incompletePrior).toMatchObject({ A01: ['X02'] });
    expect(summary.notes?.some((n) => n.zh.includes('A01') && n.zh.includes('城西区总工会'))).toBe(true);
    expect(reconcile(summary, units, standardSpec)).toEqual([]);
  });

  it('an empty 上年 in every unit: the group 上年 is empty, not 0', () => {
    const units = [makeUnit('X01', '城东区总工会', '县区', { A01: 100 }, {})];
    const summary = consolidate(input(units));
    expect(summary.total.figures.A01).toMatchObject({ prior: null, change: null, growthPercent: null });
    expect(summary.priorSources.X01).toBe('none');
  });

  it('an empty 本年 of a unit is left out of the sums and listed', () => {
    const units = [
      makeUnit('X01', '城东区总工会', '县区', { A01: 100 }, { A01: 100 }),
      makeUnit('X02', '城西区总工会', '县区', { A01: null }, { A01: 20 }),
    ];
    const summary = consolidate(input(units));
    expect(summary.total.figures.A01.current).toBe(100);
    expect(summary.incompleteCurrent).toMatchObject({ A01: ['X02'] });
    expect(summary.total.figures.A01.missing).toEqual({ current: ['X02'] });
  });
});

describe('上年 from last year', () => {
  it("last year's file overrides the unit's 上年 column", () => {
    const units = threeUnits();
    // 城东区's file of last year said A01 = 195 (its 上年 column says 190), and C01 = 186.50
    const fromFile = Object.fromEntries(Object.entries(eastPrior).map(([c, v]) => [c, v]));
    fromFile.A01 = 195;
    fromFile.C01 = 186.5;
    const summary = consolidate(input(units, { lastYear: { byUnit: { X01: fromFile } } }));
    expect(summary.priorSources).toEqual({ P01: 'prior-column', X01: 'last-year-file', Z01: 'prior-column' });
    const east = summary.byUnit.find((g) => g.key === 'X01')!.figures;
    expect(east.A01.prior).toBe(195);
    // A03 上年 recomputed from the file: 170 / 195 × 100 = 87.1794…
    expect(east.A03.prior).toBeCloseTo(87.1794872, 6);
    // total A01 上年: 195 + 10 + 40 = 245; C01: 186.50 + 0.30 + 17.00 = 203.80
    expect(summary.total.figures.A01.prior).toBe(245);
    expect(summary.total.figures.C01.prior).toBe(203.8);
    expect(summary.totalPriorSource).toBe('last-year-file');
    expect(reconcile(summary, units, standardSpec)).toEqual([]);
  });

  it("a code last year's file lacks falls back to the 上年 column (noted); an explicit null stays empty", () => {
    const units = [makeUnit('X01', '城东区总工会', '县区', { ...eastCurrent }, { ...eastPrior })];
    const fromFile: Record<string, number | null> = { ...eastPrior, A01: null };
    delete fromFile.A09;
    const summary = consolidate(input(units, { lastYear: { byUnit: { X01: fromFile } } }));
    const f = summary.total.figures;
    expect(f.A01.prior).toBeNull();
    expect(f.A09.prior).toBe(10); // from the 上年 column
    expect(summary.notes?.some((n) => n.zh.includes('A09') && n.zh.includes('上年报表缺少'))).toBe(true);
  });

  it("last year's summary gives the total's 上年 when no unit file is at hand", () => {
    const units = threeUnits();
    const summary = consolidate(input(units, { lastYear: { total: { A01: 300, A02: 250, C01: 123.45, C07: 1000 } } }));
    const t = summary.total.figures;
    expect(summary.totalPriorSource).toBe('last-year-summary');
    expect(t.A01.prior).toBe(300);
    // 建会率 上年 = 250 / 300 × 100 = 83.333… → 83.3; 本年 83.6; change 0.3 points
    expect(t.A03.prior).toBeCloseTo(83.3333333, 6);
    expect(t.A03.change).toBe(0.3);
    // C01: 220.40 − 123.45 = 96.95; growth 96.95 / 123.45 = 78.5338…%
    expect(t.C01.change).toBe(96.95);
    expect(t.C01.growthPercent).toBeCloseTo(78.5338194, 6);
    // a code last year's summary lacks is empty for the total
    expect(t.A04.prior).toBeNull();
    // the subtotals keep the units' 上年 columns: 县区 A01 上年 = 190
    expect(summary.byKind[0].figures.A01.prior).toBe(190);
    expect(summary.notes?.[0].zh).toContain('上年汇总表');
    // the total's 上年 does not add up from the subtotals, and reconcile knows why
    expect(reconcile(summary, units, standardSpec)).toEqual([]);
  });

  it("last year's summary is not used once any unit file is at hand", () => {
    const units = threeUnits();
    const summary = consolidate(
      input(units, { lastYear: { total: { A01: 300 }, byUnit: { X01: { ...eastPrior } } } }),
    );
    expect(summary.totalPriorSource).toBe('last-year-file');
    expect(summary.total.figures.A01.prior).toBe(240);
  });
});
