import * as aq from 'arquero';
import type { GroupSums } from './build-figures.js';

/** One additive value of one unit, in integers of the indicator's last decimal place. Numbers only. */
export interface LongRow {
  unit: string;
  kind: string;
  code: string;
  column: 'current' | 'prior';
  value: number | null;
}

/**
 * Sums the long table by group (`kind`, or everything as one group when `by` is null) with
 * arquero. The values are integers, so the sums are exact; an empty value is left out of a sum
 * and its unit listed in `missing`; a group where every unit is empty sums to null, not 0.
 */
export function sumGroups(rows: readonly LongRow[], by: 'kind' | null): Map<string, GroupSums> {
  const table = aq.table({
    group: rows.map((r) => (by === 'kind' ? r.kind : '')),
    code: rows.map((r) => r.code),
    column: rows.map((r) => r.column),
    value: rows.map((r) => r.value),
  });
  const rolled = table
    .groupby('group', 'code', 'column')
    .rollup({ sum: aq.op.sum('value') })
    .objects() as { group: string; code: string; column: 'current' | 'prior'; sum: number | null | undefined }[];

  const groups = new Map<string, GroupSums>();
  const groupOf = (key: string): GroupSums => {
    let g = groups.get(key);
    if (!g) {
      g = { current: {}, prior: {}, missing: { current: {}, prior: {} } };
      groups.set(key, g);
    }
    return g;
  };
  for (const r of rolled) {
    // Sums of safe integers stay exact only while they stay safe.
    // arquero's sum of no valid value is undefined: an empty figure, not 0.
    const sum = r.sum ?? null;
    if (sum !== null && !Number.isSafeInteger(sum)) throw new RangeError(`sum of ${r.code} is too large to be exact`);
    groupOf(r.group)[r.column][r.code] = sum === 0 ? 0 : sum;
  }
  for (const r of rows) {
    if (r.value !== null) continue;
    const missing = groupOf(by === 'kind' ? r.kind : '').missing!;
    (missing[r.column][r.code] ??= []).push(r.unit);
  }
  return groups;
}

/**
 * The kind subtotals (one arquero pass over the long table) and the total, as
 * the exact integer sum of the subtotals: the same figures as summing the
 * table again, at half the cost for a national merge. The total's `missing`
 * lists the units in table order, as a pass over the whole table would.
 */
export function sumKindsAndTotal(rows: readonly LongRow[]): { byKind: Map<string, GroupSums>; total: GroupSums } {
  const byKind = sumGroups(rows, 'kind');
  const total: GroupSums = { current: {}, prior: {}, missing: { current: {}, prior: {} } };
  for (const kind of byKind.values()) {
    for (const column of ['current', 'prior'] as const) {
      for (const [code, sum] of Object.entries(kind[column])) {
        const before = total[column][code];
        if (sum === null) {
          if (before === undefined) total[column][code] = null;
          continue;
        }
        const next = (before ?? 0) + sum;
        if (!Number.isSafeInteger(next)) throw new RangeError(`sum of ${code} is too large to be exact`);
        total[column][code] = next === 0 ? 0 : next;
      }
    }
  }
  for (const r of rows) {
    if (r.value !== null) continue;
    (total.missing![r.column][r.code] ??= []).push(r.unit);
  }
  return { byKind, total };
}
