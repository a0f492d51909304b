/**
 * Entered figures of the standard template for one unit, scaled: every
 * in-table rule holds (parts within totals, C01 = ΣC02–C05), so with 上年 =
 * 本年 a filled template checks clean. Used to write whole submissions.
 */
export function enteredFigures(scale: number): Record<string, number> {
  return {
    A01: 100 * scale, A02: 80 * scale, A04: 5000 * scale, A05: 4000 * scale, A07: 100 * scale, A08: 500 * scale, A09: 3 * scale,
    B01: 60 * scale, B02: 50 * scale, B04: 40 * scale, B05: 20 * scale, B06: 45 * scale, B07: 3000 * scale, B08: 70 * scale, B10: 65 * scale,
    C02: 10.1 * scale, C03: 2.2 * scale, C04: 3.3 * scale, C05: 0.4 * scale, C01: Math.round((10.1 + 2.2 + 3.3 + 0.4) * scale * 100) / 100,
    C06: 1.5 * scale, C07: 200 * scale, C08: 30 * scale, C09: 5 * scale,
  };
}
