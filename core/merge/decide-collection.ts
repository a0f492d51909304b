import type { ExtractedHeader } from '../rules/index.js';

export interface Collection {
  year: number;
  period: 'annual' | 'half';
}

/**
 * The year and period being collected: as given, or else the one most
 * submissions name (`headers`: one per readable submission). Files naming
 * another year or period then fail the header check (year and period must
 * agree across files). Undefined when no year is given and no submission
 * names one (the merge fails with `merge.no-year`).
 */
export function decideCollection(headers: readonly Pick<ExtractedHeader, 'year' | 'period'>[], year?: number, period?: 'annual' | 'half'): Collection | undefined {
  const most = <T>(values: T[]): T | undefined => {
    const counts = new Map<T, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    let best: T | undefined;
    let n = 0;
    for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
    return best;
  };
  const y = year ?? most(headers.flatMap((h) => (h.year ? [h.year] : [])));
  const p = period ?? most(headers.flatMap((h) => (h.period ? [h.period] : []))) ?? 'annual';
  if (!y) return undefined;
  return { year: y, period: p };
}
