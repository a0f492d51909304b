/**
 * The figures of the bundled samples: a fictional city federation (示例市总工会)
 * and its units, for two consecutive years. Deterministic (seeded), with
 * magnitudes like the county figures in the seeds' work reports.
 */

export interface SampleUnit {
  code: string;
  name: string;
  kind: '县区' | '直属' | '产业';
  /** Size factor: 1 is a mid-sized county. */
  size: number;
}

/** The federation; its 填报人, 联系电话 and 单位负责人 go in the roster's 本级 row (the header of its 汇总 sheet). */
export const FEDERATION = { code: '990100', name: '示例市总工会', preparer: '王芳', phone: '0999-86001234', head: '张伟' };

export const SAMPLE_UNITS: SampleUnit[] = [
  { code: '990101', name: '示例市东城区总工会', kind: '县区', size: 1.3 },
  { code: '990102', name: '示例市西城区总工会', kind: '县区', size: 1.1 },
  { code: '990103', name: '示例市南湖区总工会', kind: '县区', size: 0.9 },
  { code: '990104', name: '示例市北山区总工会', kind: '县区', size: 0.8 },
  { code: '990121', name: '青溪县总工会', kind: '县区', size: 0.6 },
  { code: '990122', name: '白石县总工会', kind: '县区', size: 0.5 },
  { code: '990181', name: '临江市总工会', kind: '县区', size: 0.7 },
  { code: '990190', name: '示例市直机关工会工作委员会', kind: '直属', size: 0.2 },
  { code: '990191', name: '示例高新技术产业开发区工会', kind: '直属', size: 0.45 },
  { code: '990195', name: '示例市教育工会', kind: '产业', size: 0.25 },
  { code: '990196', name: '示例市卫生健康工会', kind: '产业', size: 0.2 },
  { code: '990197', name: '示例市交通运输工会', kind: '产业', size: 0.15 },
];

/** mulberry32: a tiny seeded PRNG, so the samples are the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function seedOf(code: string, year: number): number {
  let h = year;
  for (const ch of code) h = Math.imul(h ^ ch.charCodeAt(0), 2654435761);
  return h >>> 0;
}

/**
 * A unit's entered figures (counts and amounts) for one year. Rates are left to
 * the template's formulas. Every in-table rule holds.
 */
export function unitFigures(unit: SampleUnit, year: number): Record<string, number> {
  // Shares come from the unit alone; each year moves every figure a little, as real figures do.
  const base = prng(seedOf(unit.code, 0));
  const yearly = prng(seedOf(unit.code, year));
  const trend = Math.pow(1.03, year - 2024);
  const between = (lo: number, hi: number) => {
    const share = lo + (hi - lo) * base();
    const jitter = 0.98 + 0.05 * yearly();
    return share * jitter;
  };
  const ratio = (lo: number, hi: number) => Math.min(hi, between(lo, hi));
  const s = unit.size * trend;
  const A01 = Math.round(between(2600, 3200) * s);
  const A02 = Math.round(A01 * ratio(0.86, 0.95));
  const A04 = Math.round(between(240000, 300000) * s);
  const A05 = Math.round(A04 * ratio(0.85, 0.93));
  const A07 = Math.round(between(4000, 9000) * s);
  const A08 = Math.round(A05 * ratio(0.18, 0.3));
  const A09 = Math.round(between(60, 160) * s);
  const B01 = Math.round(A02 * ratio(0.8, 0.88));
  const B02 = Math.round(B01 * ratio(0.9, 0.97));
  const B04 = Math.round(B02 * ratio(0.7, 0.9));
  const B05 = Math.round(B04 * ratio(0.55, 0.75));
  const B06 = Math.round(B02 * ratio(0.92, 1.0));
  const B07 = Math.round(A04 * ratio(0.55, 0.75));
  const B08 = Math.round(A02 * ratio(0.88, 0.96));
  const B10 = Math.round(A02 * ratio(0.86, 0.95));
  const C02 = round2(between(180, 260) * s);
  const C03 = round2(between(50, 90) * s);
  const C04 = round2(between(40, 80) * s);
  const C05 = round2(between(30, 70) * s);
  const C01 = round2(C02 + C03 + C04 + C05);
  const C06 = round2(C01 * ratio(0.1, 0.2));
  const C07 = Math.round(between(5000, 9000) * s);
  const C08 = Math.round(between(300, 600) * s);
  const C09 = Math.round(C08 * ratio(0.15, 0.3));
  return { A01, A02, A04, A05, A07, A08, A09, B01, B02, B04, B05, B06, B07, B08, B10, C01, C02, C03, C04, C05, C06, C07, C08, C09 };
}
