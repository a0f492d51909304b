import { CliError } from '../../pipeline/cli/cli-error.js';
import type { ExtractedHeader } from '../rules/index.js';

export interface Collection {
  year: number;
  period: 'annual' | 'half';
}

/**
 * The year and period being collected: as given, or else the one most
 * submissions name (`headers`: one per readable submission). Files naming
 * another year or period then fail the header check (year and period must
 * agree across files).
 */
export function decideCollection(headers: readonly Pick<ExtractedHeader, 'year' | 'period'>[], year?: number, period?: 'annual' | 'half'): Collection {
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
  if (!y) {
    throw new CliError(
      '无法确定统计年度：没有可读取的报表写明年度。请用 --year 指定，例如 --year 2024。',
      'Cannot tell the year: no readable submission names it. Pass --year, e.g. --year 2024.',
    );
  }
  return { year: y, period: p };
}
