import type { UnitKind, UnitValues } from '../../../core/consolidate/index.js';
import type { ConsolidateInput } from '../../../core/consolidate/index.js';
import { standardSpec } from '../../../core/templates/index.js';

type Values = Record<string, number | null>;

/** A unit as the merge hands it over; derived cells are left out on purpose (they are recomputed). */
export function makeUnit(unitCode: string, unitName: string, kind: UnitKind, current: Values, prior: Values = {}): UnitValues {
  return {
    unitCode,
    unitName,
    kind,
    source: { file: `${unitCode}.xlsx`, sheet: standardSpec.sheetName, sha256: '0'.repeat(64) },
    current,
    prior,
    cells: Object.fromEntries(Object.keys(current).map((c, i) => [c, `D${6 + i}`])),
  };
}

export function input(units: UnitValues[], extra: Partial<ConsolidateInput> = {}): ConsolidateInput {
  return {
    spec: standardSpec,
    year: 2025,
    period: 'annual',
    federation: { code: '3300', name: '某市总工会', scope: '全市' },
    units,
    // A city roster's categories in its order: the subtotals come in this order.
    kinds: ['县区', '直属', '产业'],
    ...extra,
  };
}

// 城东区 (县区): C01 = 100.10 + 50.25 + 30.30 + 19.35 = 200.00
export const eastCurrent: Values = {
  A01: 200, A02: 180, A04: 10000, A05: 9000, A07: 500, A08: 2000, A09: 12,
  B01: 150, B02: 120, B04: 130, B05: 60, B06: 140, B07: 8000, B08: 160, B10: 170,
  C01: 200, C02: 100.1, C03: 50.25, C04: 30.3, C05: 19.35, C06: 40, C07: 1000, C08: 300, C09: 50,
  // typed by hand in the file: must be ignored and recomputed
  A03: 99.9, C10: 1,
};
// C01 上年 = 90 + 45 + 30 + 20 = 185.00
export const eastPrior: Values = {
  A01: 190, A02: 170, A04: 9800, A05: 8700, A07: 400, A08: 1900, A09: 10,
  B01: 140, B02: 110, B04: 120, B05: 50, B06: 130, B07: 7800, B08: 150, B10: 160,
  C01: 185, C02: 90, C03: 45, C04: 30, C05: 20, C06: 35, C07: 950, C08: 310, C09: 40,
};

// 市直机关工会 (直属): C01 = 0.10 + 0.20 + 0 + 0 = 0.30
export const directCurrent: Values = {
  A01: 10, A02: 9, A04: 500, A05: 490, A07: 0, A08: 10, A09: 1,
  B01: 5, B02: 5, B04: 4, B05: 2, B06: 5, B07: 400, B08: 9, B10: 8,
  C01: 0.3, C02: 0.1, C03: 0.2, C04: 0, C05: 0, C06: 0, C07: 3, C08: 2, C09: 1,
};
export const directPrior: Values = {
  A01: 10, A02: 9, A04: 480, A05: 470, A07: 0, A08: 8, A09: 0,
  B01: 5, B02: 4, B04: 4, B05: 2, B06: 5, B07: 380, B08: 9, B10: 8,
  C01: 0.3, C02: 0.2, C03: 0.1, C04: 0, C05: 0, C06: 0, C07: 2, C08: 3, C09: 0,
};

// 市教育工会 (产业): C01 = 10.01 + 5.02 + 3.03 + 2.04 = 20.10
export const industryCurrent: Values = {
  A01: 40, A02: 20, A04: 2000, A05: 1000, A07: 100, A08: 300, A09: 3,
  B01: 20, B02: 8, B04: 10, B05: 5, B06: 9, B07: 900, B08: 12, B10: 15,
  C01: 20.1, C02: 10.01, C03: 5.02, C04: 3.03, C05: 2.04, C06: 0, C07: 67, C08: 20, C09: 5,
};
// C01 上年 = 8 + 4 + 3 + 2 = 17.00
export const industryPrior: Values = {
  A01: 40, A02: 18, A04: 2100, A05: 950, A07: 80, A08: 280, A09: 2,
  B01: 18, B02: 6, B04: 9, B05: 4, B06: 8, B07: 850, B08: 10, B10: 12,
  C01: 17, C02: 8, C03: 4, C04: 3, C05: 2, C06: 0, C07: 60, C08: 25, C09: 4,
};

/** Roster order: 产业 first on purpose, to show byUnit keeps input order and byKind keeps 县区/直属/产业. */
export function threeUnits(): UnitValues[] {
  return [
    makeUnit('P01', '市教育工会', '产业', { ...industryCurrent }, { ...industryPrior }),
    makeUnit('X01', '城东区总工会', '县区', { ...eastCurrent }, { ...eastPrior }),
    makeUnit('Z01', '市直机关工会', '直属', { ...directCurrent }, { ...directPrior }),
  ];
}
